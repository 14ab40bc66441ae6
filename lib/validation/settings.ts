import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";

export const UNITS = ["km", "mi"] as const;
/** Fluids in millilitres or US fluid ounces; not set → follow the distance units (mi → fl oz). */
export const FLUID_UNIT_SETTINGS = ["ml", "floz"] as const;
/** Temperatures in °C or °F; not set → follow the distance units (mi → °F). */
export const TEMPERATURE_UNIT_SETTINGS = ["c", "f"] as const;
/** Routine massage: none (0) or every 2, 3 or 4 weeks. */
export const MASSAGE_CADENCE_WEEKS = [0, 2, 3, 4] as const;
export const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

/** Plausible maximum heart rates of adults, in bpm. */
export const MAX_HEART_RATE_BOUNDS = { min: 120, max: 230 } as const;

/** True for an IANA time zone name this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(value: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+\-]+)*$/.test(value) && value !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** A form's text (or the API's number) → a number; blank → undefined; "70,5" is read as 70.5; words stay NaN (and get the schema's message). */
function toNumber(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const text = v.trim();
  return text === "" ? undefined : Number(text.replace(",", "."));
}
const optionalNumber = (schema: z.ZodNumber) => z.preprocess(toNumber, schema.optional());
function blankToUndefined(v: unknown): unknown {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "") ? undefined : v;
}

/** The settings fields (one schema for the settings page, its action and the profile API). */
export const settingsFieldsSchema = z
  .object({
    units: z.enum(UNITS, { error: "Choose kilometres or miles." }),
    timeZone: z
      .string({ error: "Choose your time zone." })
      .trim()
      .min(1, "Choose your time zone.")
      .max(64)
      .refine(isTimeZone, { message: "That is not a time zone we know. Pick one from the list, like Europe/Berlin." }),
    bodyMassKg: optionalNumber(
      z
        .number({ error: "Enter your body mass as a number." })
        .min(25, "Body mass must be between 25 and 250 kg.")
        .max(250, "Body mass must be between 25 and 250 kg."),
    ),
    // Bounds: the oldest runners' measured maxima sit near 120 bpm, and no adult's reaches 230
    // (Tanaka 2001 meta-analysis, JACC 37:153, spread of measured HRmax around 208 − 0.7 × age).
    maxHeartRate: optionalNumber(
      z
        .number({ error: "Enter your maximum heart rate as a whole number of beats per minute." })
        .int("Enter your maximum heart rate as a whole number of beats per minute.")
        .min(MAX_HEART_RATE_BOUNDS.min, `Maximum heart rate must be between ${MAX_HEART_RATE_BOUNDS.min} and ${MAX_HEART_RATE_BOUNDS.max} bpm.`)
        .max(MAX_HEART_RATE_BOUNDS.max, `Maximum heart rate must be between ${MAX_HEART_RATE_BOUNDS.min} and ${MAX_HEART_RATE_BOUNDS.max} bpm.`),
    ),
    name: z.string().trim().max(80, "Use at most 80 characters.").refine((t) => !hasControlCharacter(t), controlCharacterMessage("Name")).optional(),
    // Blank (the form's "same as distances") or null (the API) → follow the distance units.
    fluidUnits: z.preprocess(blankToUndefined, z.enum(FLUID_UNIT_SETTINGS, { error: "Choose millilitres or US fluid ounces." }).optional()),
    temperatureUnits: z.preprocess(blankToUndefined, z.enum(TEMPERATURE_UNIT_SETTINGS, { error: "Choose °C or °F." }).optional()),
    massageEveryWeeks: z.preprocess(
      toNumber,
      z
        .number({ error: "Choose none, or every 2, 3 or 4 weeks." })
        .refine((weeks) => (MASSAGE_CADENCE_WEEKS as readonly number[]).includes(weeks), { message: "Choose none, or every 2, 3 or 4 weeks." })
        .optional(),
    ),
    massageWeekday: optionalNumber(
      z.number({ error: "Choose a weekday." }).int("Choose a weekday.").min(0, "Choose a weekday.").max(6, "Choose a weekday."),
    ),
  })
  .strict();

/** The whole settings, as the settings page sends them: routine sessions need their weekday. */
export const settingsSchema = settingsFieldsSchema.superRefine((value, context) => {
    if ((value.massageEveryWeeks ?? 0) > 0 && value.massageWeekday === undefined) {
      context.addIssue({ code: "custom", path: ["massageWeekday"], message: "Choose the weekday that suits your routine sessions." });
    }
});

/**
 * PATCH /api/v1/profile: any of the settings fields (null clears an optional one); the result,
 * merged over the current settings, is checked with settingsSchema itself.
 */
export const profilePatchSchema = settingsFieldsSchema.partial();
export type SettingsInput = z.infer<typeof settingsSchema>;
