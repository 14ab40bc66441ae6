import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";
import { isIsoDate } from "../rules/dates";
import { RACE_PRIORITIES } from "../rules/types";
import { metresFromUnits, type Units } from "../format/units";

export const MAX_RACE_DISTANCE_M = 1_000_000;

export const raceNameSchema = z
  .string({ error: "Name the race, e.g. “Berlin Marathon”." })
  .trim()
  .min(1, "Name the race, e.g. “Berlin Marathon”.")
  .max(100, "Use at most 100 characters.")
  .refine((t) => !hasControlCharacter(t), controlCharacterMessage("The race name"));

export const raceDateSchema = z
  .string({ error: "Enter the race date." })
  .trim()
  .refine(isIsoDate, { message: "Enter a real date as YYYY-MM-DD." });

export const racePrioritySchema = z.enum(RACE_PRIORITIES, { error: "Choose priority A, B or C." });

const distanceMSchema = z
  .number({ error: "Enter the distance in metres, as a whole number." })
  .int("Enter the distance in whole metres.")
  .positive("The distance must be more than 0.")
  .max(MAX_RACE_DISTANCE_M, "A race is at most 1,000 km.");

/** A race as the API takes it: distance in metres. Priority A unless given. */
export const raceSchema = z
  .object({
    name: raceNameSchema,
    date: raceDateSchema,
    distanceM: distanceMSchema,
    priority: racePrioritySchema.default("A"),
  })
  .strict();
export type RaceInput = z.output<typeof raceSchema>;

/** PATCH /api/v1/races/{id}: any of the fields, at least one. */
export const racePatchSchema = z
  .object({
    name: raceNameSchema.optional(),
    date: raceDateSchema.optional(),
    distanceM: distanceMSchema.optional(),
    priority: racePrioritySchema.optional(),
  })
  .strict()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: "Send at least one field to change." });
export type RacePatch = z.output<typeof racePatchSchema>;

export const RACE_FORM_FIELDS = ["name", "date", "distance", "priority"] as const;

/**
 * The race form: the distance is typed in the runner's unit ("42.195" km or "26.2" mi, a comma
 * works as the decimal mark) and converted to metres here, once; the result is a RaceInput.
 */
export function raceFormSchema(units: Units) {
  return z
    .object({
      name: raceNameSchema,
      date: raceDateSchema,
      distance: z
        .string({ error: `Enter the distance in ${units}.` })
        .trim()
        .min(1, `Enter the distance in ${units}.`)
        .transform((text) => Number(text.replace(",", ".")))
        .pipe(
          z
            .number({ error: `Enter the distance in ${units}, e.g. ${units === "km" ? "21.1" : "13.1"}.` })
            .positive("The distance must be more than 0.")
            .max(MAX_RACE_DISTANCE_M / (units === "mi" ? 1609.344 : 1000), "A race is at most 1,000 km."),
        ),
      priority: racePrioritySchema.default("A"),
    })
    .transform(({ distance, ...rest }): RaceInput => ({ ...rest, distanceM: metresFromUnits(distance, units) }));
}

/** GET /api/v1/races?from&to — both optional. */
export const raceListQuerySchema = z
  .object({ from: raceDateSchema.optional(), to: raceDateSchema.optional() })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: "`from` must not be after `to`.", path: ["to"] });
