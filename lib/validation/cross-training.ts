/**
 * Cross-training sessions (rides, swims, rows, walks, …): one schema per input, shared by the
 * manual-entry form, its server action and the JSON API. Fields are the runs' where they apply
 * (metres, seconds, ISO 8601 instants, CR-10 RPE, bpm), plus `sport`; distance is optional.
 */
import { z } from "zod";
import { instantOfLocal } from "../format/dates";
import { metresFromUnits, type Units } from "../format/units";
import { isIsoDate } from "../rules/dates";
import { durationTextSchema, MAX_DISTANCE_M, MAX_DURATION_SEC, MAX_HEART_RATE, MAX_NOTES_LENGTH, MAX_RUNS_PAGE, DEFAULT_RUNS_PAGE, MIN_HEART_RATE } from "./run";

/** The sports the form offers, with their words; the API takes these or any other lower-case sport name. */
export const CROSS_TRAINING_SPORT_LABELS: Readonly<Record<string, string>> = {
  cycling: "Cycling",
  swimming: "Swimming",
  rowing: "Rowing",
  walking: "Walking",
  hiking: "Hiking",
  elliptical: "Elliptical",
  stair_climbing: "Stair climbing",
  strength_training: "Strength training",
  cross_country_skiing: "Cross-country skiing",
  fitness_equipment: "Gym equipment",
  yoga: "Yoga",
  other: "Other",
};
export const CROSS_TRAINING_SPORTS = Object.keys(CROSS_TRAINING_SPORT_LABELS);

/** "stair_climbing" → "Stair climbing"; an unknown sport name in plain words. */
export function sportLabel(sport: string): string {
  const known = CROSS_TRAINING_SPORT_LABELS[sport];
  if (known) return known;
  const words = sport.replaceAll("_", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

const SPORT_MESSAGE = "Sport must be a lower-case sport name like cycling, swimming or rowing (letters, digits and _).";
const sport = z
  .string({ error: SPORT_MESSAGE })
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, SPORT_MESSAGE);
const subSport = z.string({ error: "Sub-sport must be text." }).trim().toLowerCase().regex(/^[a-z0-9_]{1,40}$/, "Sub-sport must be a lower-case name like indoor_cycling.");
const rpe = z
  .number({ error: "Effort (RPE) must be a whole number from 0 to 10." })
  .int("Effort (RPE) must be a whole number from 0 to 10.")
  .min(0, "Effort (RPE) must be a whole number from 0 to 10.")
  .max(10, "Effort (RPE) must be a whole number from 0 to 10.");
const bpm = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of beats per minute.` })
    .int(`${what} must be a whole number of beats per minute.`)
    .min(MIN_HEART_RATE, `${what} must be between ${MIN_HEART_RATE} and ${MAX_HEART_RATE} bpm.`)
    .max(MAX_HEART_RATE, `${what} must be between ${MIN_HEART_RATE} and ${MAX_HEART_RATE} bpm.`);
const notes = z.string({ error: "Notes must be text." }).max(MAX_NOTES_LENGTH, `Notes can be at most ${MAX_NOTES_LENGTH} characters.`);
const distanceM = z
  .number({ error: "Distance must be a whole number of metres." })
  .int("Distance must be a whole number of metres.")
  .positive("Distance must be more than 0.")
  .max(MAX_DISTANCE_M, `Distance can be at most ${MAX_DISTANCE_M} m.`);
const seconds = (what: string) =>
  z
    .number({ error: `${what} must be a whole number of seconds.` })
    .int(`${what} must be a whole number of seconds.`)
    .positive(`${what} must be more than 0.`)
    .max(MAX_DURATION_SEC, `${what} can be at most 7 days.`);
const startedAt = z
  .iso.datetime({ offset: true, error: "Start time must be an ISO 8601 time with its offset, like 2025-05-04T07:30:00+02:00." })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() >= EARLIEST && d.getTime() < LATEST, "Start time must be between 1970 and 2100.");

const movingWithinElapsed = (p: { durationSec?: number | undefined; elapsedSec?: number | null | undefined }) =>
  p.durationSec === undefined || p.elapsedSec === undefined || p.elapsedSec === null || p.elapsedSec >= p.durationSec;
const MOVING_MESSAGE = "Elapsed time (start to finish, pauses included) cannot be shorter than the moving time.";

/** POST /api/v1/cross-training (and what the form becomes). durationSec is the moving time. */
export const crossTrainingCreateSchema = z
  .object({
    sport,
    subSport: subSport.optional(),
    startedAt,
    durationSec: seconds("Duration"),
    elapsedSec: seconds("Elapsed time").optional(),
    distanceM: distanceM.optional(),
    avgHeartRate: bpm("Average heart rate").optional(),
    maxHeartRate: bpm("Maximum heart rate").optional(),
    rpe: rpe.optional(),
    notes: notes.optional(),
  })
  .strict()
  .refine(movingWithinElapsed, { message: MOVING_MESSAGE, path: ["elapsedSec"] });
export type CrossTrainingCreateInput = z.output<typeof crossTrainingCreateSchema>;

/** PATCH /api/v1/cross-training/{id}: any field (null clears an optional one) and the version read. */
export const crossTrainingPatchSchema = z
  .object({
    version: z.number({ error: "Send the session's version as you read it (optimistic concurrency)." }).int().positive(),
    sport: sport.optional(),
    subSport: subSport.nullable().optional(),
    startedAt: startedAt.optional(),
    durationSec: seconds("Duration").optional(),
    elapsedSec: seconds("Elapsed time").nullable().optional(),
    distanceM: distanceM.nullable().optional(),
    avgHeartRate: bpm("Average heart rate").nullable().optional(),
    maxHeartRate: bpm("Maximum heart rate").nullable().optional(),
    rpe: rpe.nullable().optional(),
    notes: notes.nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((k) => k !== "version"), { message: "Send at least one field to change.", path: ["_form"] })
  .refine(movingWithinElapsed, { message: MOVING_MESSAGE, path: ["elapsedSec"] });
export type CrossTrainingPatchInput = z.output<typeof crossTrainingPatchSchema>;

const isoDate = z.string().refine(isIsoDate, "Use a real date written YYYY-MM-DD.");

/** GET /api/v1/cross-training: newest first, by local-date range and sport; `cursor` from nextCursor. */
export const crossTrainingListQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    sport: sport.optional(),
    cursor: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/, "That page link is not valid. Start again from the newest sessions.").optional(),
    limit: z.coerce
      .number({ error: `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.` })
      .int(`limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .min(1, `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .max(MAX_RUNS_PAGE, `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .default(DEFAULT_RUNS_PAGE),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The start date must be on or before the end date.", path: ["to"] });
export type CrossTrainingListQuery = z.output<typeof crossTrainingListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// The manual-entry form: the runner's units and time zone in, the create input out.

export const CROSS_TRAINING_FORM_FIELDS = ["sport", "date", "time", "duration", "rpe", "distance", "heartRate", "notes"] as const;

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const isDecimal = (v: string) => /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(v);

export function crossTrainingFormSchema(units: Units, timeZone: string) {
  const unitName = units === "mi" ? "miles" : "km";
  return z
    .object({
      sport: z.string({ error: "Choose the sport." }).trim().min(1, { error: "Choose the sport.", abort: true }).pipe(sport),
      date: z.string({ error: "Enter the date." }).trim().min(1, { error: "Enter the date.", abort: true }).refine(isIsoDate, "Enter a real date, like 2025-05-04."),
      time: z.string({ error: "Enter the start time." }).trim().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "Enter the start time as HH:MM, like 07:30."),
      duration: durationTextSchema("Enter how long the session lasted.")
        .pipe(seconds("Duration")),
      rpe: z.preprocess(blank, z.coerce.number().pipe(rpe).optional()),
      distance: z.preprocess(
        blank,
        z
          .string()
          .refine(isDecimal, { error: `Enter the distance as a number of ${unitName}, like 20.5.`, abort: true })
          .transform((d) => metresFromUnits(Number(d.replace(",", ".")), units))
          .pipe(distanceM)
          .optional(),
      ),
      heartRate: z.preprocess((v) => {
        const t = blank(v);
        return typeof t === "string" && /^\d+$/.test(t) ? Number(t) : t;
      }, bpm("Average heart rate").optional()),
      notes: z.preprocess(blank, notes.optional()),
    })
    .transform((f): CrossTrainingCreateInput => ({
      sport: f.sport,
      startedAt: instantOfLocal(f.date, f.time, timeZone),
      durationSec: f.duration,
      ...(f.rpe !== undefined ? { rpe: f.rpe } : {}),
      ...(f.distance !== undefined ? { distanceM: f.distance } : {}),
      ...(f.heartRate !== undefined ? { avgHeartRate: f.heartRate } : {}),
      ...(f.notes !== undefined ? { notes: f.notes } : {}),
    }));
}

/** Settings: the cross-training sports the runner keeps out of their session load. */
export const loadExclusionsSchema = z
  .object({ sports: z.array(sport, { error: "Choose sports from the list." }).max(50, "Choose at most 50 sports.") })
  .strict();
export type LoadExclusionsInput = z.output<typeof loadExclusionsSchema>;
