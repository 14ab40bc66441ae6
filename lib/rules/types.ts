/**
 * The contract of the recovery rules engine: what comes in (PlanInput) and what goes out
 * (RecoveryPlan). The app, the JSON API and external tests use exactly these names.
 */

/** A runner's local calendar day, "YYYY-MM-DD". */
export type ISODate = string;

/** Body regions in the order the UI lists them (front to back, feet to lower back). */
export const REGIONS = [
  "calves",
  "shins",
  "achilles",
  "feet",
  "hamstrings",
  "quadriceps",
  "knees",
  "it-band",
  "hips",
  "glutes",
  "lower-back",
] as const;
export type Region = (typeof REGIONS)[number];

export const SIDES = ["left", "right", "both"] as const;
export type Side = (typeof SIDES)[number];

export const RUN_KINDS = ["easy", "long", "tempo", "intervals", "race", "recovery"] as const;
export type RunKind = (typeof RUN_KINDS)[number];

export const MASSAGE_DEPTHS = ["light", "deep", "self"] as const;
export type MassageDepth = (typeof MASSAGE_DEPTHS)[number];

export const RACE_PRIORITIES = ["A", "B", "C"] as const;
export type RacePriority = (typeof RACE_PRIORITIES)[number];

/** The units the plan's wording shows distances in (the runner's setting); numbers in the plan stay km. */
export const DISTANCE_UNITS = ["km", "mi"] as const;
export type DistanceUnits = (typeof DISTANCE_UNITS)[number];

/** Fluids in millilitres or US fluid ounces (the runner's setting; default follows the distance units). */
export const FLUID_UNITS = ["ml", "floz"] as const;
export type FluidUnits = (typeof FLUID_UNITS)[number];

/** Temperatures in °C or °F (the runner's setting; default follows the distance units). */
export const TEMPERATURE_UNITS = ["c", "f"] as const;
export type TemperatureUnits = (typeof TEMPERATURE_UNITS)[number];

export const MASSAGE_STATUSES = ["booked", "done"] as const;
export type MassageStatus = (typeof MASSAGE_STATUSES)[number];

export interface RunEntry {
  date: ISODate;
  distanceKm: number;
  durationMin: number;
  /** Borg CR-10 effort, 0–10. Missing → a default by kind (see thresholds.ts). */
  rpe?: number;
  kind?: RunKind;
  temperatureC?: number;
  /** Average heart rate in bpm: without an RPE, the load is estimated from it (see session-load.ts). */
  avgHeartRate?: number;
  /** Highest heart rate of the session in bpm: stands in for the runner's maximum when the profile has none. */
  maxHeartRate?: number;
}

/**
 * A ride, swim, row, walk or other non-running session. It counts in the session load (sRPE,
 * acute/chronic EWMA, monotony), never in running distance, the spike guard or the weekly increase.
 */
export interface CrossTrainingEntry {
  date: ISODate;
  /** Lower-case words: "cycling", "swimming", "rowing", "walking", … */
  sport: string;
  durationMin: number;
  /** Borg CR-10 effort, 0–10. Missing → estimated from heart rate, else DEFAULT_CROSS_TRAINING_RPE. */
  rpe?: number;
  avgHeartRate?: number;
  maxHeartRate?: number;
  distanceKm?: number;
}

export interface SorenessEntry {
  date: ISODate;
  region: Region;
  side: Side;
  /** 0–10 */
  level: number;
  /** Sharp or stabbing, as opposed to a dull ache. */
  sharp?: boolean;
}

export interface RaceEntry {
  date: ISODate;
  distanceKm: number;
  name?: string;
  priority?: RacePriority;
  /** The stored race's id (optional): proposal reasons carry it, so a renamed race reads right. */
  id?: string;
}

/** Routine massage sessions: every 2, 3 or 4 weeks on a weekday (0 = Sunday … 6 = Saturday). */
export interface RoutineMassage {
  everyWeeks: 2 | 3 | 4;
  weekday: number;
}

export interface MassageEntry {
  date: ISODate;
  depth: MassageDepth;
  regions?: Region[];
  /** Missing means booked. */
  status?: MassageStatus;
}

export interface RunnerProfile {
  bodyMassKg?: number;
  /** bpm; without it the highest heart rate of the last 180 days in the input stands in. */
  maxHeartRate?: number;
  sweatRateLPerH?: number;
}

export interface PlanInput {
  today: ISODate;
  runs: RunEntry[];
  soreness: SorenessEntry[];
  races: RaceEntry[];
  massages: MassageEntry[];
  profile: RunnerProfile;
  /** Cross-training sessions (missing = none): load only, never running distance. */
  crossTraining?: CrossTrainingEntry[];
  /** The morning check-ins (issue 15); optional, none means "no check-in yet". */
  wellness?: WellnessDay[];
}

/**
 * One morning check-in. Every measure is optional; of two entries for the same date, the later
 * in the input counts. Hooper items are 1 (very, very good / low) to 7 (very, very bad / high).
 */
export interface WellnessDay {
  date: ISODate;
  /** Morning resting heart rate, beats per minute. */
  restingHrBpm?: number;
  /** HRV as rMSSD, milliseconds (as phone apps and chest straps report it). */
  hrvRmssdMs?: number;
  /** Hours slept the night before `date`. */
  sleepHours?: number;
  sleep?: number;
  stress?: number;
  fatigue?: number;
  soreness?: number;
}

export const READINESS_FACTOR_IDS = ["resting-hr", "hrv", "hooper", "sleep"] as const;
export type ReadinessFactorId = (typeof READINESS_FACTOR_IDS)[number];

/**
 * How one measure compares with the runner's own baseline: "calibrating" until the baseline has
 * enough readings, "missing" when today has no reading, "note" for the sleep note.
 */
export type ReadinessFactorStatus = "missing" | "calibrating" | "as-usual" | "below-usual";

export interface ReadinessFactor {
  id: ReadinessFactorId;
  status: ReadinessFactorStatus;
  /** "Resting heart rate". */
  name: string;
  /** The numbers in words: today's value, the baseline and the threshold, or how many readings are missing. */
  detail: string;
}

/** "as usual" / "below your usual" from the runner's own baselines; never a score. */
export type ReadinessStatus = "no-check-in" | "calibrating" | "as-usual" | "below-usual";
/** Today's training advice, from load and readiness together: as planned, easy, or rest. */
export type TodaysTraining = "as-planned" | "easy" | "rest";

export interface Readiness {
  status: ReadinessStatus;
  factors: ReadinessFactor[];
  todaysTraining: TodaysTraining;
}

export type SuggestionKind = "see-professional" | "load" | "rest" | "massage" | "stretch" | "hydration";
export type SuggestionPriority = "high" | "medium" | "low";

export interface Suggestion {
  /** Stable rule id, e.g. "load/spike" or "stretch/calves". */
  id: string;
  kind: SuggestionKind;
  priority: SuggestionPriority;
  /** One line a runner understands. */
  title: string;
  /** What to do, how long, when. */
  detail: string;
  /** May be empty. */
  regions: Region[];
  /** The runner's own data that triggered it, in words with numbers. */
  because: string[];
  /** The sources, e.g. "Frandsen et al. 2025, BJSM". */
  evidence: string[];
  /** The day the advice is for ("YYYY-MM-DD"); one card per kind and day. */
  day: ISODate;
  /** Every rule merged into this card, e.g. ["stretch/warm-up", "stretch/calves"]; [id] when alone. */
  rules: string[];
}

/** A suggestion as a rule makes it; planRecovery fills in the day (today by default) and merges cards. */
export type SuggestionDraft = Omit<Suggestion, "day" | "rules"> & { day?: ISODate; rules?: string[] };

/** The race a proposal is planned around, as data (worded when shown). */
export interface RaceRef {
  date: ISODate;
  distanceKm: number;
  name?: string;
  id?: string;
}

/**
 * Why the planner proposed a massage day, as data — rule, dates, distances, race — so a stored
 * proposal can be worded afresh when shown (after a move, a change of units or a renamed race).
 * `rule` is also the proposal key's kind (lib/calendar/proposals.ts).
 */
export type ProposalReason =
  | { rule: "after-race-light"; race: RaceRef; fromDays: number; toDays: number; deepFromDate: ISODate }
  | { rule: "before-race-light"; race: RaceRef; days: number }
  | { rule: "after-long-run"; runDate: ISODate; distanceKm: number }
  | { rule: "before-race-deep"; race: RaceRef; fromDays: number; toDays: number }
  | { rule: "after-race-deep"; race: RaceRef; days: number; soreRegions: Region[] }
  | { rule: "routine"; everyWeeks: number; weekday: number };
export type ProposalRule = ProposalReason["rule"];

export interface ProposedMassage {
  date: ISODate;
  depth: MassageDepth;
  regions: Region[];
  /** `why` in words, in the runner's units, dates as a runner says them. */
  reason: string;
  /** The reason as data, one entry per rule that asked for this day. */
  why: ProposalReason[];
}

export interface HydrationPlan {
  /** Not set while a red flag says stop running or after a race: no run to prepare for. */
  preRunMl?: { min: number; max: number };
  duringMlPerHour?: { min: number; max: number };
  postRunMl?: number;
  /** The same amounts in the runner's fluid units, rounded as people measure (50 mL / 2 fl oz). */
  inWords?: { preRun?: string; duringPerHour?: string; postRun?: string };
  notes: string[];
}

export interface LoadMetrics {
  /** Today's sRPE load: RPE × minutes, summed over today's runs. */
  dailyLoad: number;
  /** EWMA of daily load, N = 7. */
  acuteLoad: number;
  /** EWMA of daily load, N = 28. */
  chronicLoad: number;
  /** acute ÷ chronic; null while calibrating (or with no chronic load). */
  acwr: number | null;
  /** Fewer than 28 days between the first run and today. */
  calibrating: boolean;
  /** Mean ÷ SD of the last 7 days' loads (rest days 0); null with no load or no variation. */
  monotony: number | null;
  /** Weekly load × monotony; null when monotony is. */
  strain: number | null;
  /** Distance of today − 6 … today. */
  weekDistanceKm: number;
  /** Longest run of today − 30 … today − 1 (0 when none). */
  longestRunLast30DaysKm: number;
  /**
   * The rules that compare with the runner's usual and have no usual yet: "spike" (fewer than 4
   * runs in the 30 days before), "weekly-increase" (runs in fewer than 3 of the 4 weeks before),
   * "monotony" (fewer than 7 days of history). Empty once every baseline has formed.
   */
  baselineForming: BaselineRule[];
}

export type BaselineRule = "spike" | "weekly-increase" | "monotony";

export interface RecoveryPlan {
  today: ISODate;
  /** Highest priority first; within a priority, see-professional first. */
  suggestions: Suggestion[];
  /**
   * In date order: the race plans of races up to 26 weeks ahead (deep before, flush before, light
   * after, deep after), routine sessions (options.routineMassage), and today … today + 13 otherwise.
   */
  massageDays: ProposedMassage[];
  hydration: HydrationPlan;
  metrics: LoadMetrics;
  /** The morning check-in against the runner's baselines, and today's training advice. */
  readiness: Readiness;
}
