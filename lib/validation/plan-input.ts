/**
 * The zod schema of the rules engine's input (PlanInput), shared by the JSON API, the forms and
 * planRecovery itself, which parses every input with it. Measured in bench/plan-recovery.ts:
 * zod costs about 0.3 × one JSON round trip of ten years of history, well inside the engine's
 * 5 × budget, so there is one set of rules, not two.
 */
import { z } from "zod";
import { isIsoDate } from "../rules/dates";
import { PlanInputError, formatFieldPath } from "../rules/errors";
import { DEFAULT_MASSAGE_TIMING, type MassageTiming } from "../rules/thresholds";
import {
  DISTANCE_UNITS,
  FLUID_UNITS,
  MASSAGE_DEPTHS,
  MASSAGE_STATUSES,
  RACE_PRIORITIES,
  REGIONS,
  RUN_KINDS,
  SIDES,
  TEMPERATURE_UNITS,
  type DistanceUnits,
  type FluidUnits,
  type PlanInput,
  type RoutineMassage,
  type TemperatureUnits,
} from "../rules/types";

export const ISO_DATE_MESSAGE = "must be a real calendar date written YYYY-MM-DD";

export const isoDateSchema = z.string().refine(isIsoDate, { message: ISO_DATE_MESSAGE });
const scaleOfTen = z.number().min(0).max(10);
// Generous upper bounds, far beyond any real run, so that no sum or product can overflow.
export const MAX_DISTANCE_KM = 5000;
export const MAX_DURATION_MIN = 100_000;
const distanceKm = z.number().min(0).max(MAX_DISTANCE_KM);
const durationMin = z.number().min(0).max(MAX_DURATION_MIN);
// bpm; wide bounds (a bradycardic athlete to a sensor's ceiling), only so no estimate divides by 0.
const heartRate = z.number().min(20).max(300);

export const regionSchema = z.enum(REGIONS);
export const sideSchema = z.enum(SIDES);
export const runKindSchema = z.enum(RUN_KINDS);
export const massageDepthSchema = z.enum(MASSAGE_DEPTHS);

export const runEntrySchema = z.object({
  date: isoDateSchema,
  distanceKm,
  durationMin,
  rpe: scaleOfTen.optional(),
  kind: runKindSchema.optional(),
  temperatureC: z.number().min(-80).max(70).optional(),
  avgHeartRate: heartRate.optional(),
  maxHeartRate: heartRate.optional(),
});

export const crossTrainingEntrySchema = z.object({
  date: isoDateSchema,
  sport: z.string().min(1).max(64),
  durationMin,
  rpe: scaleOfTen.optional(),
  avgHeartRate: heartRate.optional(),
  maxHeartRate: heartRate.optional(),
  distanceKm: distanceKm.optional(),
});

export const sorenessEntrySchema = z.object({
  date: isoDateSchema,
  region: regionSchema,
  side: sideSchema,
  level: scaleOfTen,
  sharp: z.boolean().optional(),
});

export const raceEntrySchema = z.object({
  date: isoDateSchema,
  distanceKm,
  name: z.string().optional(),
  priority: z.enum(RACE_PRIORITIES).optional(),
  /** The stored race's id, carried into proposal reasons so a renamed race reads right. */
  id: z.string().max(64).optional(),
});

export const massageEntrySchema = z.object({
  date: isoDateSchema,
  depth: massageDepthSchema,
  regions: z.array(regionSchema).optional(),
  status: z.enum(MASSAGE_STATUSES).optional(),
});

export const runnerProfileSchema = z.object({
  bodyMassKg: z.number().positive().max(500).optional(),
  maxHeartRate: heartRate.optional(),
  sweatRateLPerH: z.number().positive().max(10).optional(),
});

const hooperItem = z.number().int().min(1).max(7);
/** One morning check-in (issue 15): bpm, ms, hours and Hooper items 1–7, each optional. */
export const wellnessDaySchema = z.object({
  date: isoDateSchema,
  restingHrBpm: z.number().min(20).max(250).optional(),
  hrvRmssdMs: z.number().positive().max(1000).optional(),
  sleepHours: z.number().min(0).max(24).optional(),
  sleep: hooperItem.optional(),
  stress: hooperItem.optional(),
  fatigue: hooperItem.optional(),
  soreness: hooperItem.optional(),
});

export const planInputSchema = z.object({
  today: isoDateSchema,
  runs: z.array(runEntrySchema),
  soreness: z.array(sorenessEntrySchema),
  races: z.array(raceEntrySchema),
  massages: z.array(massageEntrySchema),
  profile: runnerProfileSchema,
  crossTraining: z.array(crossTrainingEntrySchema).optional(),
  wellness: z.array(wellnessDaySchema).optional(),
});

export const MAX_TIMING_DAYS = 28;
const timingDays = z.number().int().min(1).max(MAX_TIMING_DAYS);

/** Overrides of the race massage-timing defaults, in whole days (see MassageTiming). */
export const massageTimingSchema = z.object({
  deepLastDaysBeforeRace: timingDays.optional(),
  deepEarliestDaysBeforeRace: timingDays.optional(),
  lightDaysBeforeRace: timingDays.optional(),
  lightFirstDaysAfterRace: timingDays.optional(),
  deepFirstDaysAfterRace: timingDays.optional(),
});

export const planOptionsSchema = z.object({
  massageTiming: massageTimingSchema.optional(),
  /** The units the plan's text shows distances in (the runner's setting); default km. */
  units: z.enum(DISTANCE_UNITS).optional(),
  /** Fluids in mL or US fl oz; default follows units (mi → fl oz). */
  fluidUnits: z.enum(FLUID_UNITS).optional(),
  /** Temperatures in °C or °F; default follows units (mi → °F). */
  temperatureUnits: z.enum(TEMPERATURE_UNITS).optional(),
  /** Routine massage sessions: every 2, 3 or 4 weeks (0 or missing: none) on a weekday (0 = Sunday … 6 = Saturday). */
  routineMassage: z
    .object({ everyWeeks: z.union([z.literal(0), z.literal(2), z.literal(3), z.literal(4)]), weekday: z.number().int().min(0).max(6) })
    .optional(),
});

function throwFirstIssue(error: z.ZodError, prefix: ReadonlyArray<PropertyKey>): never {
  const first = error.issues[0];
  throw new PlanInputError(formatFieldPath([...prefix, ...(first?.path ?? [])]), first?.message ?? "invalid input");
}

/** Parses with zod; throws PlanInputError naming the first issue's path ("runs[3].rpe"). */
export function parsePlanInput(value: unknown): PlanInput {
  const result = planInputSchema.safeParse(value);
  if (!result.success) throwFirstIssue(result.error, []);
  return result.data;
}

/** planRecovery's options with the defaults filled in. */
export interface ParsedPlanOptions {
  massageTiming: MassageTiming;
  units: DistanceUnits;
  fluidUnits: FluidUnits;
  temperatureUnits: TemperatureUnits;
  routineMassage: RoutineMassage | null;
}

/**
 * Parses planRecovery's options: merges the massage timing over the defaults and defaults the
 * units to km; errors name "options.…" (e.g. "options.units").
 */
export function parsePlanOptions(options: unknown): ParsedPlanOptions {
  const result = planOptionsSchema.safeParse(options ?? {});
  if (!result.success) throwFirstIssue(result.error, ["options"]);
  const timing: MassageTiming = { ...DEFAULT_MASSAGE_TIMING };
  for (const [key, days] of Object.entries(result.data.massageTiming ?? {})) {
    if (days !== undefined) timing[key as keyof MassageTiming] = days;
  }
  if (timing.deepEarliestDaysBeforeRace < timing.deepLastDaysBeforeRace) {
    throw new PlanInputError(
      "options.massageTiming.deepEarliestDaysBeforeRace",
      "must be at least deepLastDaysBeforeRace (the pre-race deep window runs from the earliest to the last day)",
    );
  }
  const units = result.data.units ?? "km";
  const routine = result.data.routineMassage;
  return {
    massageTiming: timing,
    units,
    fluidUnits: result.data.fluidUnits ?? (units === "mi" ? "floz" : "ml"),
    temperatureUnits: result.data.temperatureUnits ?? (units === "mi" ? "f" : "c"),
    routineMassage: routine === undefined || routine.everyWeeks === 0 ? null : { everyWeeks: routine.everyWeeks, weekday: routine.weekday },
  };
}
