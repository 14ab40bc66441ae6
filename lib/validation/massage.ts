import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";
import { isIsoDate } from "../rules/dates";
import { MASSAGE_DEPTHS, REGIONS } from "../rules/types";

/** The life cycle of a massage day: the planner proposes; the runner accepts, books, does or dismisses. */
export const MASSAGE_LIFE_CYCLE = ["proposed", "accepted", "booked", "done", "dismissed"] as const;
export type MassageLifeCycleStatus = (typeof MASSAGE_LIFE_CYCLE)[number];

/** Statuses a runner can create a session in directly (booking it without a proposal). */
export const DIRECT_MASSAGE_STATUSES = ["booked", "accepted", "done"] as const;

/**
 * Which status may follow which. Only the planner proposes, so nothing goes (back) to
 * "proposed"; done and dismissed are final. Staying in a status is how a session is moved or
 * edited (accepted → accepted with a new date). Moving a proposal accepts it.
 */
export const MASSAGE_TRANSITIONS: Readonly<Record<MassageLifeCycleStatus, readonly MassageLifeCycleStatus[]>> = {
  proposed: ["accepted", "booked", "done", "dismissed"],
  accepted: ["accepted", "booked", "done", "dismissed"],
  booked: ["booked", "accepted", "done", "dismissed"],
  done: ["done"],
  dismissed: [],
};

export function canMoveMassage(from: MassageLifeCycleStatus, to: MassageLifeCycleStatus): boolean {
  return MASSAGE_TRANSITIONS[from].includes(to);
}

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const massageDateSchema = z
  .string({ error: "Enter the date." })
  .trim()
  // An emptied date picker: say what to do, not the format (the picker writes the format itself).
  .min(1, { error: "Choose the day of the massage.", abort: true })
  .refine(isIsoDate, { message: "Enter a real date as YYYY-MM-DD." });

export const massageDepthSchema = z.enum(MASSAGE_DEPTHS, { error: "Choose light, deep tissue or self-massage." });

/** Regions worked on; empty means the whole body (or not said). Duplicates are dropped. */
export const massageRegionsSchema = z
  .array(z.enum(REGIONS, { error: `Choose regions from: ${REGIONS.join(", ")}.` }), { error: "Regions must be a list." })
  .max(REGIONS.length)
  .transform((regions) => REGIONS.filter((region) => regions.includes(region)));

/** Local wall-clock time "HH:MM" (24 h), in the runner's time zone. */
export const localTimeSchema = z
  .string()
  .trim()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, "Enter the time as HH:MM, e.g. 17:30.");

const optionalText = (max: number, what: string) =>
  z.preprocess(
    emptyToUndefined,
    z.string().trim().max(max, `${what}: use at most ${max} characters.`).refine((t) => !hasControlCharacter(t), controlCharacterMessage(what)).optional(),
  );

const bookingFields = {
  therapist: optionalText(100, "Therapist"),
  time: z.preprocess(emptyToUndefined, localTimeSchema.optional()),
  place: optionalText(200, "Place"),
  notes: optionalText(2000, "Notes"),
};

/** A session the runner books (or logs) directly: POST /api/v1/massages and the booking form. */
export const massageCreateSchema = z
  .object({
    date: massageDateSchema,
    depth: massageDepthSchema,
    regions: massageRegionsSchema.default([]),
    status: z.enum(DIRECT_MASSAGE_STATUSES, { error: "A new session is booked, accepted or done." }).default("booked"),
    ...bookingFields,
  })
  .strict();
export type MassageCreateInput = z.output<typeof massageCreateSchema>;

const nullableText = (max: number, what: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.string().trim().max(max, `${what}: use at most ${max} characters.`).refine((t) => !hasControlCharacter(t), controlCharacterMessage(what)).nullable().optional(),
  );

/**
 * PATCH /api/v1/massages/{id} and the calendar's buttons: the status it goes to, and optionally
 * a new date (a move), depth, regions or booking details. `null` (or "") clears a detail.
 * `version` (optional) refuses the change with 409 when someone changed the session meanwhile.
 */
export const massagePatchSchema = z
  .object({
    status: z.enum(MASSAGE_LIFE_CYCLE, { error: `Status must be one of: ${MASSAGE_LIFE_CYCLE.join(", ")}.` }),
    date: massageDateSchema.optional(),
    depth: massageDepthSchema.optional(),
    regions: massageRegionsSchema.optional(),
    therapist: nullableText(100, "Therapist"),
    time: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? null : value),
      localTimeSchema.nullable().optional(),
    ),
    place: nullableText(200, "Place"),
    notes: nullableText(2000, "Notes"),
    version: z.number().int().positive().optional(),
  })
  .strict();
export type MassagePatch = z.output<typeof massagePatchSchema>;

/** GET /api/v1/massages?from&to — both optional, at most a year apart. */
export const massageListQuerySchema = z
  .object({
    from: massageDateSchema.optional(),
    to: massageDateSchema.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "`from` must not be after `to`.", path: ["to"] });
export type MassageListQuery = z.output<typeof massageListQuerySchema>;

export const MASSAGE_FORM_FIELDS = ["date", "depth", "status", "therapist", "time", "place", "notes"] as const;

/** FormData of the booking form → the raw object the schemas take (regions are checkboxes). */
export function massageFormObject(formData: FormData, fields: readonly string[] = MASSAGE_FORM_FIELDS): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of fields) {
    const value = formData.get(name);
    if (typeof value === "string") out[name] = value;
  }
  const regions = formData.getAll("regions").filter((value): value is string => typeof value === "string");
  if (regions.length > 0 || formData.has("regions-present")) out.regions = regions;
  return out;
}
