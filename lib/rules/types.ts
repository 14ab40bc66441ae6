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
  sweatRateLPerH?: number;
}

export interface PlanInput {
  today: ISODate;
  runs: RunEntry[];
  soreness: SorenessEntry[];
  races: RaceEntry[];
  massages: MassageEntry[];
  profile: RunnerProfile;
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
}

export interface ProposedMassage {
  date: ISODate;
  depth: MassageDepth;
  regions: Region[];
  reason: string;
}

export interface HydrationPlan {
  preRunMl?: { min: number; max: number };
  duringMlPerHour?: { min: number; max: number };
  postRunMl?: number;
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
}

export interface RecoveryPlan {
  today: ISODate;
  /** Highest priority first; within a priority, see-professional first. */
  suggestions: Suggestion[];
  /** From today to today + 13, in date order. */
  massageDays: ProposedMassage[];
  hydration: HydrationPlan;
  metrics: LoadMetrics;
  /** The morning check-in against the runner's baselines, and today's training advice. */
  readiness: Readiness;
}
