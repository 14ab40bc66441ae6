/**
 * Calibration before alarms: the rules that compare with the runner's usual (spike guard,
 * weekly increase, monotony) need a usual first. Imported history counts like logged history.
 */
import type { DayNumber } from "./dates";
import type { History } from "./history";
import {
  MONOTONY_BASELINE_DAYS,
  MONOTONY_DAYS,
  SOURCES,
  SPIKE_BASELINE_MIN_RUNS,
  SPIKE_LOOKBACK_DAYS,
  WEEKLY_BASELINE_MIN_WEEKS_WITH_RUNS,
  WEEKLY_BASELINE_WEEKS,
} from "./thresholds";
import type { BaselineRule, SuggestionDraft } from "./types";

/** Runs in the 30 days before `day` (day − 30 … day − 1): the spike guard's baseline. */
function runsBefore(history: History, day: DayNumber): number {
  return history.recentRuns.filter((run) => run.day >= day - SPIKE_LOOKBACK_DAYS && run.day <= day - 1).length;
}

/** Has the spike guard a usual to compare a run of `day` with? At least 4 runs in the 30 days before. */
export function spikeBaselineFormed(history: History, day: DayNumber): boolean {
  return runsBefore(history, day) >= SPIKE_BASELINE_MIN_RUNS;
}

/** The weekly increase needs runs in at least 3 of the 4 weeks before today (today − 28 … today − 1). */
export function weeklyBaselineFormed(history: History): boolean {
  let weeks = 0;
  for (let week = 0; week < WEEKLY_BASELINE_WEEKS; week++) {
    const to = history.today - 1 - 7 * week;
    if (history.recentRuns.some((run) => run.day >= to - 6 && run.day <= to)) weeks++;
  }
  return weeks >= WEEKLY_BASELINE_MIN_WEEKS_WITH_RUNS;
}

/** Monotony is a 7-day measure: it needs a first run at today − 6 or earlier. */
export function monotonyBaselineFormed(history: History): boolean {
  return history.firstRunDay !== null && history.today - history.firstRunDay >= MONOTONY_BASELINE_DAYS - 1;
}

/** The baseline rules without a baseline yet (see LoadMetrics.baselineForming). */
export function baselinesForming(history: History): BaselineRule[] {
  const forming: BaselineRule[] = [];
  if (!spikeBaselineFormed(history, history.today)) forming.push("spike");
  if (!weeklyBaselineFormed(history)) forming.push("weekly-increase");
  if (!monotonyBaselineFormed(history)) forming.push("monotony");
  return forming;
}

const BASELINE_WORDS: Readonly<Record<BaselineRule, string>> = {
  spike: `the spike guard compares a run with your longest of the 30 days before it, and needs at least ${SPIKE_BASELINE_MIN_RUNS} runs in those 30 days`,
  "weekly-increase": `the weekly increase compares two weeks with the two before, and needs runs in at least ${WEEKLY_BASELINE_MIN_WEEKS_WITH_RUNS} of the last ${WEEKLY_BASELINE_WEEKS} weeks`,
  monotony: `monotony is measured over ${MONOTONY_DAYS} days, and needs ${MONOTONY_BASELINE_DAYS} days of history`,
};

/**
 * Information, not a warning: a rule that compares with the runner's usual would have warned, but
 * there is no usual yet (as ACWR's "calibrating"). Imported history counts towards the usual.
 */
export function baselineFormingSuggestion(history: History, heldBack: readonly BaselineRule[]): SuggestionDraft | null {
  if (heldBack.length === 0) return null;
  const runs = runsBefore(history, history.today + 1);
  return {
    id: "load/baseline-forming",
    kind: "load",
    priority: "low",
    title: "Your baseline is still forming",
    detail:
      "Some load checks compare your training with your own usual, and you do not have a usual yet: " +
      `${heldBack.map((rule) => BASELINE_WORDS[rule]).join("; ")}. ` +
      "Until then they stay quiet rather than warn on too little data; build up gradually meanwhile. Importing your past runs gives you a baseline at once.",
    regions: [],
    because: [`You have ${runs} ${runs === 1 ? "run" : "runs"} logged in the last 30 days.`],
    evidence: [SOURCES.frandsen2025, SOURCES.nielsen2014, SOURCES.foster1998],
  };
}

