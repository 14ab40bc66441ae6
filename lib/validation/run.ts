/**
 * Runs: one schema per input, shared by the quick-entry form, its server action and the JSON API.
 * The API speaks database units (metres, seconds, ISO 8601 instants); the form speaks the
 * runner's units and is turned into the very same create input here, exactly once.
 */
import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";
import { instantOfLocal } from "../format/dates";
import { metresFromUnits, parseDuration, type Units } from "../format/units";
import { RUN_KINDS } from "../rules/types";
import { isIsoDate, utcMilliseconds } from "../rules/dates";
import { runPlausibility } from "./run-plausibility";

export { RUN_KINDS };
export type RunKind = (typeof RUN_KINDS)[number];

export const MAX_DISTANCE_M = 1_000_000; // 1,000 km: longer than any multi-day ultra logged as one run
export const MAX_DURATION_SEC = 7 * 24 * 3600; // a week
export const MAX_NOTES_LENGTH = 2000;
export const MIN_TEMPERATURE_C = -50;
export const MAX_TEMPERATURE_C = 60;
export const MIN_HEART_RATE = 25;
export const MAX_HEART_RATE = 250;
export const MAX_RUNS_PAGE = 100;
export const DEFAULT_RUNS_PAGE = 20;

/** Borg CR-10 words as Foster 2001 printed them beside the numbers. */
export const RPE_WORDS: Readonly<Record<number, string>> = {
  0: "rest",
  1: "very easy",
  2: "easy",
  3: "moderate",
  4: "somewhat hard",
  5: "hard",
  7: "very hard",
  10: "maximal",
};

export const RUN_KIND_LABELS: Readonly<Record<RunKind, string>> = {
  easy: "Easy",
  long: "Long run",
  tempo: "Tempo",
  intervals: "Intervals",
  race: "Race",
  recovery: "Recovery",
};

// Earliest and latest instants a run may have: keeps dates sane without reading a clock here.
const EARLIEST_RUN = utcMilliseconds(1970, 0, 1);
const LATEST_RUN = utcMilliseconds(2100, 0, 1);

const runKind = z.enum(RUN_KINDS, { error: `Kind must be one of: ${RUN_KINDS.join(", ")}.` });
const rpe = z
  .number({ error: "Effort (RPE) must be a whole number from 0 to 10." })
  .int("Effort (RPE) must be a whole number from 0 to 10.")
  .min(0, "Effort (RPE) must be a whole number from 0 to 10.")
  .max(10, "Effort (RPE) must be a whole number from 0 to 10.");
const temperatureC = z
  .number({ error: "Temperature must be a number of °C." })
  .min(MIN_TEMPERATURE_C, `Temperature must be between ${MIN_TEMPERATURE_C} and ${MAX_TEMPERATURE_C} °C.`)
  .max(MAX_TEMPERATURE_C, `Temperature must be between ${MIN_TEMPERATURE_C} and ${MAX_TEMPERATURE_C} °C.`);
const heartRate = z
  .number({ error: "Average heart rate must be a whole number of beats per minute." })
  .int("Average heart rate must be a whole number of beats per minute.")
  .min(MIN_HEART_RATE, `Average heart rate must be between ${MIN_HEART_RATE} and ${MAX_HEART_RATE} bpm.`)
  .max(MAX_HEART_RATE, `Average heart rate must be between ${MIN_HEART_RATE} and ${MAX_HEART_RATE} bpm.`);
const notes = z
  .string({ error: "Notes must be text." })
  .max(MAX_NOTES_LENGTH, `Notes can be at most ${MAX_NOTES_LENGTH} characters.`)
  .refine((t) => !hasControlCharacter(t), controlCharacterMessage("Notes"));
const distanceM = z
  .number({ error: "Distance must be a whole number of metres." })
  .int("Distance must be a whole number of metres.")
  .positive("Distance must be more than 0.")
  .max(MAX_DISTANCE_M, `Distance can be at most ${MAX_DISTANCE_M} m.`);
const durationSec = z
  .number({ error: "Duration must be a whole number of seconds." })
  .int("Duration must be a whole number of seconds.")
  .positive("Duration must be more than 0.")
  .max(MAX_DURATION_SEC, "Duration can be at most 7 days.");
const startedAt = z
  .iso.datetime({ offset: true, error: "Start time must be an ISO 8601 time with its offset, like 2025-05-04T07:30:00+02:00." })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() >= EARLIEST_RUN && d.getTime() < LATEST_RUN, "Start time must be between 1970 and 2100.");

/** POST /api/v1/runs (and what the form becomes). */
export const runCreateSchema = z
  .object({
    startedAt,
    distanceM,
    durationSec,
    rpe: rpe.optional(),
    kind: runKind.optional(),
    temperatureC: temperatureC.optional(),
    avgHeartRate: heartRate.optional(),
    notes: notes.optional(),
  })
  .strict()
  .superRefine((run, ctx) => {
    // Hard limits only; soft ones become the answer's `warnings` (see run-plausibility.ts).
    for (const issue of runPlausibility(run).errors) ctx.addIssue({ code: "custom", message: issue.message, path: [issue.field] });
  });
export type RunCreateInput = z.output<typeof runCreateSchema>;

/** PATCH /api/v1/runs/{id}: any of the fields (null clears an optional one) and the version read. */
export const runPatchSchema = z
  .object({
    version: z.number({ error: "Send the run's version as you read it (optimistic concurrency)." }).int().positive(),
    startedAt: startedAt.optional(),
    distanceM: distanceM.optional(),
    durationSec: durationSec.optional(),
    rpe: rpe.nullable().optional(),
    kind: runKind.nullable().optional(),
    temperatureC: temperatureC.nullable().optional(),
    avgHeartRate: heartRate.nullable().optional(),
    notes: notes.nullable().optional(),
  })
  .strict()
  .refine((p) => Object.keys(p).some((k) => k !== "version"), { message: "Send at least one field to change.", path: ["_form"] });
export type RunPatchInput = z.output<typeof runPatchSchema>;

const isoDate = z.string().refine(isIsoDate, "Use a real date written YYYY-MM-DD.");

/** Opaque page cursor: base64url of "<startedAt ISO>|<id>". */
export interface RunCursor {
  startedAt: Date;
  id: string;
}

export function encodeRunCursor(cursor: RunCursor): string {
  // ASCII only (an ISO instant and a UUID), so btoa is enough, in the browser too.
  return btoa(`${cursor.startedAt.toISOString()}|${cursor.id}`).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
}

export function decodeRunCursor(text: string): RunCursor | null {
  if (!/^[A-Za-z0-9_-]{1,200}$/.test(text)) return null;
  let plain: string;
  try {
    plain = atob(text.replaceAll("-", "+").replaceAll("_", "/"));
  } catch {
    return null;
  }
  const [iso, id, ...rest] = plain.split("|");
  if (rest.length || !iso || !id) return null;
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso)) return null;
  if (!z.uuid().safeParse(id).success) return null;
  const startedAtValue = new Date(iso);
  return Number.isFinite(startedAtValue.getTime()) ? { startedAt: startedAtValue, id } : null;
}

/** GET /api/v1/runs and the run list page's filters. */
export const runListQuerySchema = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    kind: runKind.optional(),
    cursor: z
      .string()
      .transform((c, ctx) => {
        const decoded = decodeRunCursor(c);
        if (!decoded) {
          ctx.addIssue({ code: "custom", message: "That page link is not valid. Start again from the newest runs." });
          return z.NEVER;
        }
        return decoded;
      })
      .optional(),
    limit: z.coerce
      .number({ error: `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.` })
      .int(`limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .min(1, `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .max(MAX_RUNS_PAGE, `limit must be a whole number from 1 to ${MAX_RUNS_PAGE}.`)
      .default(DEFAULT_RUNS_PAGE),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "The start date must be on or before the end date.", path: ["to"] });
export type RunListQuery = z.output<typeof runListQuerySchema>;

// ---------------------------------------------------------------------------------------------
// The quick-entry form: the runner's units and time zone in, the create input out.

export const RUN_FORM_FIELDS = ["date", "time", "distance", "duration", "rpe", "kind", "temperature", "heartRate", "notes"] as const;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v);
const decimal = (v: string) => Number(v.replace(",", "."));
const isDecimal = (v: string) => /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(v);

/**
 * A duration typed in a form ("1:02:30", "48:10" or minutes, "45") → whole seconds; `missing` is
 * the message for an empty field. Shared by the run and cross-training forms.
 */
export function durationTextSchema(missing: string) {
  return z
    .string({ error: missing })
    .trim()
    .min(1, { error: missing, abort: true })
    .transform((t, ctx) => {
      const seconds = parseDuration(t);
      if (seconds === null) {
        ctx.addIssue({ code: "custom", message: "Enter the time as h:mm:ss, mm:ss or minutes, like 1:02:30, 48:10 or 45." });
        return z.NEVER;
      }
      return seconds;
    });
}

export function runFormSchema(units: Units, timeZone: string) {
  const unitName = units === "mi" ? "miles" : "km";
  const maxInUnits = MAX_DISTANCE_M / (units === "mi" ? 1609.344 : 1000);
  return z
    .object({
      date: z.string({ error: "Enter the date of the run." }).trim().min(1, { error: "Enter the date of the run.", abort: true }).refine(isIsoDate, "Enter a real date, like 2025-05-04."),
      time: z
        .string({ error: "Enter the start time." })
        .trim()
        .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "Enter the start time as HH:MM, like 07:30."),
      distance: z
        .string({ error: `Enter the distance in ${unitName}.` })
        .trim()
        .min(1, { error: `Enter the distance in ${unitName}.`, abort: true })
        .refine(isDecimal, { error: `Enter the distance as a number of ${unitName}, like 10.5.`, abort: true })
        .transform(decimal)
        .refine((d) => d > 0, "Distance must be more than 0.")
        .refine((d) => d <= maxInUnits, `Distance can be at most ${Math.floor(maxInUnits)} ${unitName}.`)
        .transform((d) => metresFromUnits(d, units))
        .refine((m) => m > 0, "Distance must be more than 0."),
      duration: durationTextSchema("Enter how long you ran.")
        .refine((s) => s > 0, "Duration must be more than 0.")
        .refine((s) => s <= MAX_DURATION_SEC, "Duration can be at most 7 days."),
      rpe: z.preprocess(blankToUndefined, z.coerce.number().pipe(rpe).optional()),
      kind: z.preprocess(blankToUndefined, runKind.optional()),
      temperature: z.preprocess(
        (v) => {
          const t = blankToUndefined(v);
          return typeof t === "string" && isDecimal(t) ? decimal(t) : t;
        },
        temperatureC.optional(),
      ),
      heartRate: z.preprocess(
        (v) => {
          const t = blankToUndefined(v);
          return typeof t === "string" && /^\d+$/.test(t) ? Number(t) : t;
        },
        heartRate.optional(),
      ),
      notes: z.preprocess(blankToUndefined, notes.optional()),
    })
    .transform((f): RunCreateInput => {
      const input: RunCreateInput = {
        startedAt: instantOfLocal(f.date, f.time, timeZone),
        distanceM: f.distance,
        durationSec: f.duration,
      };
      if (f.rpe !== undefined) input.rpe = f.rpe;
      if (f.kind !== undefined) input.kind = f.kind;
      if (f.temperature !== undefined) input.temperatureC = f.temperature;
      if (f.heartRate !== undefined) input.avgHeartRate = f.heartRate;
      if (f.notes !== undefined) input.notes = f.notes;
      return input;
    })
    .superRefine((run, ctx) => {
      const formField = { distanceM: "distance", durationSec: "duration" } as const;
      for (const issue of runPlausibility(run).errors) ctx.addIssue({ code: "custom", message: issue.message, path: [formField[issue.field]] });
    });
}

/** Idempotency nonce of one rendering of the form: a UUID. */
export const formNonceSchema = z.uuid();

// ---------------------------------------------------------------------------------------------
// Import: what a runner adds to a file that lacks it (some GPX have no timestamps, some treadmill
// files no distance). Multipart fields of POST /api/v1/runs/import, used when one file is sent.

const numberField = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && /^\s*\d+\s*$/.test(v) ? Number(v) : v), schema);

export const importDetailsSchema = z
  .object({
    startedAt: startedAt.optional(),
    durationSec: numberField(durationSec).optional(),
    distanceM: numberField(distanceM).optional(),
  })
  .strict();
export type ImportDetails = z.output<typeof importDetailsSchema>;

export const IMPORT_DETAILS_FORM_FIELDS = ["date", "time", "duration", "distance"] as const;

/**
 * The "this file needs details" mini-form: only what the file lacks (`missing`: the date and
 * start, the duration, the distance) in the runner's units and zone, into the multipart fields
 * above (as strings). `true`/`false` is the older form: date, time and duration, with or
 * without the distance. Whether the whole run is plausible is the server's check (it knows the
 * file's values).
 */
export function importDetailsFormSchema(units: Units, timeZone: string, needs: boolean | readonly ("startedAt" | "durationSec" | "distanceM")[]) {
  const missing = typeof needs === "boolean" ? ["startedAt", "durationSec", ...(needs ? ["distanceM"] : [])] : [...needs];
  const asked = new Set(missing.flatMap((m) => (m === "startedAt" ? ["date", "time"] : m === "durationSec" ? ["duration"] : ["distance"])));
  const full = runFormSchema(units, timeZone);
  return z
    .object({ date: z.string().optional(), time: z.string().optional(), duration: z.string().optional(), distance: z.string().optional() })
    .transform((f, ctx) => {
      // Fields not asked for get harmless stand-ins; only the asked fields' own errors count.
      const parsed = full.safeParse({
        date: asked.has("date") ? (f.date ?? "") : "2000-01-01",
        time: asked.has("time") ? (f.time ?? "") : "00:00",
        duration: asked.has("duration") ? (f.duration ?? "") : "30",
        distance: asked.has("distance") ? (f.distance ?? "") : "5",
      });
      const issues = parsed.success ? [] : parsed.error.issues.filter((i) => asked.has(String(i.path[0])) && !/\/km/.test(i.message));
      if (issues.length || !parsed.success) {
        for (const issue of issues) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
        if (issues.length) return z.NEVER;
      }
      const fields: Record<string, string> = {};
      const data = parsed.success ? parsed.data : null;
      const value = <K extends keyof RunCreateInput>(key: K) => data?.[key];
      if (missing.includes("startedAt")) fields.startedAt = (value("startedAt") ?? instantOfLocal(f.date ?? "", f.time ?? "", timeZone)).toISOString();
      if (missing.includes("durationSec")) fields.durationSec = String(value("durationSec") ?? parseDuration(f.duration ?? ""));
      if (missing.includes("distanceM")) fields.distanceM = String(value("distanceM") ?? metresFromUnits(Number((f.distance ?? "").replace(",", ".")), units));
      return fields;
    });
}

/** One import request carries at most this many files and bytes (each file up to 25 MiB). */
export const MAX_IMPORT_FILES = 50;
export const MAX_IMPORT_REQUEST_BYTES = 100 * 1024 * 1024;
