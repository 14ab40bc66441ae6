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
}
