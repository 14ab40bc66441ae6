/**
 * The load of every session, runs and cross-training alike: sRPE = RPE × minutes (Foster 2001).
 * A session without an RPE gets one estimated from its average heart rate as a share of the
 * runner's maximum (ACSM 11th ed. relative intensity table, mapped to CR-10 with Borg 1998),
 * and without a heart rate the documented default by kind. Estimated loads are marked, so the
 * app shows them as "≈ 210" and the plan names them in its reasons.
 */
import { dayNumberOf } from "./dates";
import {
  DEFAULT_CROSS_TRAINING_RPE,
  DEFAULT_RPE_BY_KIND,
  DEFAULT_RPE_WITHOUT_KIND,
  HR_INTENSITY_BANDS,
  MAX_HEART_RATE_LOOKBACK_DAYS,
} from "./thresholds";
import type { ISODate, PlanInput, RunKind } from "./types";

/** Where a session's RPE came from: the runner (or file), their heart rate, or the default by kind. */
export type EffortBasis = "rpe" | "heart-rate" | "default";

export interface Effort {
  /** CR-10, 0–10. */
  rpe: number;
  basis: EffortBasis;
  /** The ACSM band ("vigorous") when basis is "heart-rate". */
  band?: string;
}

/**
 * CR-10 RPE for an average heart rate (bpm) at a share of the maximum (bpm), by the ACSM 11th ed.
 * relative intensity bands (HR_INTENSITY_BANDS in thresholds.ts). Throws RangeError for a
 * maximum that is not a positive number.
 */
export function rpeFromHeartRate(avgHeartRate: number, maxHeartRate: number): { rpe: number; band: string; percentOfMax: number } {
  if (!(maxHeartRate > 0)) throw new RangeError("maxHeartRate must be a positive number of bpm");
  const percentOfMax = (avgHeartRate * 100) / maxHeartRate;
  // The last band starts at 0 %, so find always matches a non-negative share.
  const band = HR_INTENSITY_BANDS.find((b) => percentOfMax >= b.fromPercentMax) ?? HR_INTENSITY_BANDS[4];
  return { rpe: band.rpe, band: band.band, percentOfMax };
}

/** The RPE a run without one is given by kind (Foster 2001 defaults in thresholds.ts). */
export function defaultRunRpe(kind: RunKind | undefined | null): number {
  return kind === undefined || kind === null ? DEFAULT_RPE_WITHOUT_KIND : DEFAULT_RPE_BY_KIND[kind];
}

/**
 * A session's effort: its own RPE when it has one; else estimated from its average heart rate
 * when a maximum heart rate is known; else `fallbackRpe` (the default by kind). Heart rates in bpm.
 */
export function effortOf(
  session: { rpe?: number | null; avgHeartRate?: number | null },
  maxHeartRate: number | null,
  fallbackRpe: number,
): Effort {
  if (session.rpe !== undefined && session.rpe !== null) return { rpe: session.rpe, basis: "rpe" };
  if (session.avgHeartRate !== undefined && session.avgHeartRate !== null && session.avgHeartRate > 0 && maxHeartRate !== null && maxHeartRate > 0) {
    const { rpe, band } = rpeFromHeartRate(session.avgHeartRate, maxHeartRate);
    return { rpe, basis: "heart-rate", band };
  }
  return { rpe: fallbackRpe, basis: "default" };
}

/**
 * The maximum heart rate (bpm) estimates use: the profile's, else the highest heart rate (max, or
 * average when a session has no max) of the runs and cross-training dated in the last
 * MAX_HEART_RATE_LOOKBACK_DAYS (180) days up to today; null when there is none.
 */
export function maxHeartRateFor(input: Pick<PlanInput, "today" | "runs" | "crossTraining" | "profile">): number | null {
  if (input.profile.maxHeartRate !== undefined) return input.profile.maxHeartRate;
  const to = dayNumberOf(input.today);
  const from = to - MAX_HEART_RATE_LOOKBACK_DAYS;
  let highest: number | null = null;
  for (const session of [...input.runs, ...(input.crossTraining ?? [])]) {
    const seen = session.maxHeartRate ?? session.avgHeartRate;
    if (seen === undefined) continue;
    const day = dayNumberOf(session.date);
    if (day < from || day > to) continue;
    if (highest === null || seen > highest) highest = seen;
  }
  return highest;
}

export interface SessionLoad {
  date: ISODate;
  /** True for a run; false for cross-training. */
  isRun: boolean;
  /** "running" for a run; the cross-training sport otherwise. */
  sport: string;
  durationMin: number;
  effort: Effort;
  /** sRPE: effort.rpe × minutes. */
  load: number;
  /** The RPE was not the runner's own (heart rate or default): shown as "≈". */
  estimated: boolean;
}

/** Every session's load, runs first then cross-training, each in input order. */
export function sessionLoadsOf(input: Pick<PlanInput, "today" | "runs" | "crossTraining" | "profile">): SessionLoad[] {
  const maxHeartRate = maxHeartRateFor(input);
  const sessions: SessionLoad[] = [];
  for (const run of input.runs) {
    const effort = effortOf(run, maxHeartRate, defaultRunRpe(run.kind));
    sessions.push({ date: run.date, isRun: true, sport: "running", durationMin: run.durationMin, effort, load: effort.rpe * run.durationMin, estimated: effort.basis !== "rpe" });
  }
  for (const session of input.crossTraining ?? []) {
    const effort = effortOf(session, maxHeartRate, DEFAULT_CROSS_TRAINING_RPE);
    sessions.push({ date: session.date, isRun: false, sport: session.sport, durationMin: session.durationMin, effort, load: effort.rpe * session.durationMin, estimated: effort.basis !== "rpe" });
  }
  return sessions;
}
