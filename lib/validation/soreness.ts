import { z } from "zod";
import { addDaysIso } from "@/lib/format/dates";
import { rawSweatRateLPerH } from "@/lib/format/sweat-rate";
import { isIsoDate, REGIONS, SIDES } from "@/lib/rules";
import { levelFieldName, sharpFieldName } from "./soreness-fields";

// One schema per input, shared by the soreness forms, their server actions and the JSON API.

/** How far back and ahead a day may be logged, relative to the runner's own today. */
export const LOG_DAYS_BACK = 365;
export const LOG_DAYS_AHEAD = 1;

/** A form's text (or the API's number) → a number; blank → undefined. "70,5" is read as 70.5. */
function toNumber(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v !== "string") return v;
  const text = v.trim();
  return text === "" ? undefined : Number(text.replace(",", "."));
}
const number = (schema: z.ZodNumber) => z.preprocess(toNumber, schema);
const optionalNumber = (schema: z.ZodNumber) => z.preprocess(toNumber, schema.optional());

export const isoDaySchema = z
  .string({ error: "Enter the date as YYYY-MM-DD." })
  .refine((v) => isIsoDate(v), { message: "Enter a real date as YYYY-MM-DD." });

/**
 * A day the runner may log for: within the last year, or at most one day ahead of their today
 * (a runner ahead of UTC, or logging late at night). Only the caller knows the runner's today
 * (their time zone), so this is checked after parsing. null when the day is fine.
 */
export function loggableDayProblem(date: string, today: string): string | null {
  if (date > addDaysIso(today, LOG_DAYS_AHEAD)) return "That day is still to come. Choose today or an earlier day.";
  if (date < addDaysIso(today, -LOG_DAYS_BACK)) return "That day is more than a year ago.";
  return null;
}

const regionSchema = z.enum(REGIONS, { error: `Choose a region: ${REGIONS.join(", ")}.` });
const sideSchema = z.enum(SIDES, { error: "Choose a side: left, right or both." });
const levelSchema = z
  .number({ error: "Give the soreness as a whole number from 0 (none) to 10 (worst imaginable)." })
  .int("Give the soreness as a whole number from 0 (none) to 10 (worst imaginable).")
  .min(0, "Soreness goes from 0 (none) to 10 (worst imaginable).")
  .max(10, "Soreness goes from 0 (none) to 10 (worst imaginable).");
const sharpSchema = z.boolean({ error: "sharp is true (sharp or stabbing) or false (a dull ache)." });

/** One soreness entry, as the API takes it: POST /api/v1/soreness. */
export const sorenessEntrySchema = z
  .object({ date: isoDaySchema, region: regionSchema, side: sideSchema, level: levelSchema, sharp: sharpSchema.optional() })
  .strict();
export type SorenessEntryInput = z.infer<typeof sorenessEntrySchema>;

/** GET /api/v1/soreness?from&to — at most about a year at once. */
export const MAX_RANGE_DAYS = 366;
export const sorenessRangeSchema = z
  .object({ from: isoDaySchema.optional(), to: isoDaySchema.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: "from must be on or before to.", path: ["from"] })
  .refine((q) => !q.from || !q.to || q.from >= addDaysIso(q.to, -(MAX_RANGE_DAYS - 1)), {
    message: `Ask for at most ${MAX_RANGE_DAYS} days at once.`,
    path: ["from"],
  });
export type SorenessRange = z.infer<typeof sorenessRangeSchema>;

// ── The body map and list form: one date, many spots ──────────────────────────────────────────

export { levelFieldName, sharpFieldName, WELLNESS_ITEMS, type WellnessItem } from "./soreness-fields";

export const sorenessSpotSchema = z.object({ region: regionSchema, side: sideSchema, level: levelSchema, sharp: z.boolean() }).strict();
export type SorenessSpot = z.infer<typeof sorenessSpotSchema>;

export const sorenessFormSchema = z
  .object({
    date: isoDaySchema,
    // Empty is allowed: it clears a day whose spots were all cleared on the form.
    spots: z.array(sorenessSpotSchema).max(REGIONS.length * SIDES.length),
  })
  .strict();
export type SorenessFormInput = z.infer<typeof sorenessFormSchema>;

/**
 * The body map / list form's FormData → { date, spots } for sorenessFormSchema. A spot is
 * logged when its level field holds a value; a level that is not a whole number 0–10 is passed
 * on as it is, so the schema names it. Unknown field names are ignored (Next adds its own).
 */
export function sorenessFormValues(formData: FormData): { date: unknown; spots: unknown[] } {
  const spots: unknown[] = [];
  for (const region of REGIONS) {
    for (const side of SIDES) {
      const raw = formData.get(levelFieldName(region, side));
      if (typeof raw !== "string" || raw.trim() === "") continue;
      const level = /^\d{1,2}$/.test(raw.trim()) ? Number(raw.trim()) : raw;
      spots.push({ region, side, level, sharp: formData.get(sharpFieldName(region, side)) !== null });
    }
  }
  return { date: formData.get("date") ?? undefined, spots };
}

/** Editing one logged entry on the page: a new level and sharpness. */
export const sorenessUpdateSchema = z
  .object({
    id: z.uuid({ error: "That entry was not found." }),
    level: number(levelSchema),
    sharp: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .strict();

export const idSchema = z.uuid({ error: "Not found." });

// ── Daily wellness (Hooper 1995): four items, 1 (very, very good / low) to 7 (very, very bad / high) ──

const hooperItem = (what: string) =>
  number(
    z
      .number({ error: `Rate your ${what} from 1 to 7.` })
      .int(`Rate your ${what} from 1 to 7.`)
      .min(1, `Rate your ${what} from 1 to 7.`)
      .max(7, `Rate your ${what} from 1 to 7.`),
  );

export const wellnessSchema = z
  .object({
    date: isoDaySchema,
    sleep: hooperItem("sleep"),
    stress: hooperItem("stress"),
    fatigue: hooperItem("fatigue"),
    soreness: hooperItem("muscle soreness"),
  })
  .strict();
export type WellnessInput = z.infer<typeof wellnessSchema>;

// ── Sweat-rate test ───────────────────────────────────────────────────────────────────────────


const massKg = (when: string) =>
  number(
    z
      .number({ error: `Enter your body mass ${when} the run in kg.` })
      .min(25, `Body mass ${when} the run must be between 25 and 250 kg.`)
      .max(250, `Body mass ${when} the run must be between 25 and 250 kg.`),
  );

/** Typical runners sweat 0.75–2.5 L/h (ACSM 2007); above 5 L/h is a typing error. */
export const MAX_SWEAT_RATE_L_PER_H = 5;

export const sweatRateTestSchema = z
  .object({
    date: isoDaySchema,
    massBeforeKg: massKg("before"),
    massAfterKg: massKg("after"),
    fluidMl: number(
      z
        .number({ error: "Enter what you drank during the run in mL (0 if nothing)." })
        .int("Enter what you drank in whole mL.")
        .min(0, "What you drank is between 0 and 10000 mL.")
        .max(10_000, "What you drank is between 0 and 10000 mL."),
    ),
    urineMl: optionalNumber(
      z
        .number({ error: "Enter urine passed during the run in mL (0 if none)." })
        .int("Enter urine in whole mL.")
        .min(0, "Urine is between 0 and 5000 mL.")
        .max(5_000, "Urine is between 0 and 5000 mL."),
    ).transform((v) => v ?? 0),
    durationMin: number(
      z
        .number({ error: "Enter how long you ran, in minutes." })
        .min(10, "The run must last between 10 and 600 minutes.")
        .max(600, "The run must last between 10 and 600 minutes."),
    ),
    temperatureC: optionalNumber(
      z
        .number({ error: "Enter the temperature in °C." })
        .min(-30, "Temperature must be between −30 and 50 °C.")
        .max(50, "Temperature must be between −30 and 50 °C."),
    ),
  })
  .strict()
  .transform(({ durationMin, ...rest }) => ({ ...rest, durationSec: Math.round(durationMin * 60) }))
  .superRefine((test, ctx) => {
    const rate = rawSweatRateLPerH(test);
    // A rate that rounds to 0.00 would tell the plan "drink nothing"; above 5 L/h is not a real runner.
    if (!(rate >= 0.005) || rate > MAX_SWEAT_RATE_L_PER_H) {
      ctx.addIssue({
        code: "custom",
        path: ["massAfterKg"],
        message: `These numbers give a sweat rate of ${rate.toFixed(2)} L/h; a real one is above 0 and at most ${MAX_SWEAT_RATE_L_PER_H} L/h. Check both weights (kg), what you drank (mL) and the duration (minutes).`,
      });
    }
  });
export type SweatRateTestInput = z.output<typeof sweatRateTestSchema>;
