import { z } from "zod";
import { isoDaySchema } from "./soreness";
import { CHECK_IN_FIELDS } from "./wellness-fields";

// The morning check-in (issue 15): one schema shared by the check-in form, its server action and
// POST /api/v1/wellness. Every measure is optional, but a check-in holds at least one.

/** A form's text (or the API's number) → a number; blank → undefined. "5,5" is read as 5.5. */
function toNumber(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const text = v.trim();
  return text === "" ? undefined : Number(text.replace(",", "."));
}
const optional = (schema: z.ZodNumber) => z.preprocess(toNumber, schema.optional());

const hooperItem = (what: string) => {
  const message = `Rate your ${what} from 1 to 7.`;
  return optional(z.number({ error: message }).int(message).min(1, message).max(7, message));
};

/** The check-in's measures; new questions (issue 16's "did the massage help?") are added here and in wellness-fields.ts. */
export const checkInShape = {
  date: isoDaySchema,
  // A resting heart rate below 25 or above 220 bpm is a typing error, not a morning pulse.
  restingHrBpm: optional(
    z
      .number({ error: "Enter your resting heart rate in beats per minute." })
      .int("Enter your resting heart rate as whole beats per minute.")
      .min(25, "A resting heart rate is between 25 and 220 bpm.")
      .max(220, "A resting heart rate is between 25 and 220 bpm."),
  ),
  // Phone apps and chest straps report rMSSD of about 5–300 ms; 1–500 leaves room for outliers.
  hrvRmssdMs: optional(
    z
      .number({ error: "Enter your HRV as rMSSD in milliseconds." })
      .min(1, "HRV (rMSSD) is between 1 and 500 ms; some apps show a score instead — enter the rMSSD in ms.")
      .max(500, "HRV (rMSSD) is between 1 and 500 ms; some apps show a score instead — enter the rMSSD in ms."),
  ),
  sleepHours: optional(
    z
      .number({ error: "Enter the hours you slept, e.g. 7.5." })
      .min(0, "Hours slept are between 0 and 16.")
      .max(16, "Hours slept are between 0 and 16."),
  ),
  sleep: hooperItem("sleep quality"),
  stress: hooperItem("stress"),
  fatigue: hooperItem("fatigue"),
  soreness: hooperItem("muscle soreness"),
};

export const checkInSchema = z
  .object(checkInShape)
  .strict()
  .refine((input) => CHECK_IN_FIELDS.some((name) => name !== "date" && input[name as keyof typeof input] !== undefined), {
    message: "Answer at least one question: resting heart rate, HRV, hours slept or one of the four ratings.",
    path: ["_form"],
  });
export type CheckInInput = z.infer<typeof checkInSchema>;

/** GET /api/v1/wellness?from&to — at most about a year at once (default: the last 12 weeks). */
export const wellnessRangeSchema = z
  .object({ from: isoDaySchema.optional(), to: isoDaySchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to.", path: ["from"] });

/** An HRV app export is a few hundred bytes a day: 5 MiB is decades of mornings. */
export const MAX_HRV_CSV_BYTES = 5 * 1024 * 1024;
