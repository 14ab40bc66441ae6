/**
 * Training load: sRPE per day (Foster 2001), EWMA acute and chronic load and their ratio
 * (Williams 2017, Gabbett 2016), monotony and strain (Foster 1998), the single-session spike
 * (Frandsen 2025) and the two-week distance increase (Nielsen 2014).
 */
import type { DayNumber } from "./dates";
import { loadOn, type History, type RunOnDay } from "./history";
import {
  ACUTE_EWMA_DAYS,
  ACWR_HIGH,
  ACWR_TYPICAL_HIGH,
  ACWR_TYPICAL_LOW,
  CALIBRATION_DAYS,
  CHRONIC_EWMA_DAYS,
  MONOTONY_DAYS,
  MONOTONY_HIGH,
  SOURCES,
  SPIKE_LOOKBACK_DAYS,
  SPIKE_RECENT_DAYS,
  SPIKE_STRONGEST_FRACTION,
  SPIKE_STRONG_FRACTION,
  SPIKE_WARN_FRACTION,
  TEN_PERCENT_RULE_FRACTION,
  WEEKLY_INCREASE_FRACTION,
  WEEKLY_INCREASE_PERIOD_DAYS,
} from "./thresholds";
import type { BaselineRule, LoadMetrics, SuggestionDraft } from "./types";
import { baselineFormingSuggestion, baselinesForming, monotonyBaselineFormed, spikeBaselineFormed, weeklyBaselineFormed } from "./baselines";
import { dateOf, dayInWords, distanceInWords, exceedsBy, increaseInWords, onDay, percent, twoDecimals, type Voice } from "./wording";

/** EWMA of the daily loads from the first run to today (Williams 2017), starting from 0 before the first run. */
export function ewma(dailyLoads: Float64Array, days: number): number {
  const lambda = 2 / (days + 1);
  let value = 0;
  for (let index = 0; index < dailyLoads.length; index++) {
    value = lambda * dailyLoads[index]! + (1 - lambda) * value;
  }
  return value;
}

export interface WeekLoads {
  loads: number[];
  total: number;
  mean: number;
  sd: number;
  /** Every day of the window has the same load above 0. */
  sameNonZeroEveryDay: boolean;
}

/** The loads of today − 6 … today (rest days 0), with mean and population SD. */
export function weekLoads(history: History): WeekLoads {
  const loads: number[] = [];
  for (let day = history.today - MONOTONY_DAYS + 1; day <= history.today; day++) loads.push(loadOn(history, day));
  const total = loads.reduce((sum, load) => sum + load, 0);
  const first = loads[0] ?? 0;
  const allEqual = loads.every((load) => load === first);
  const mean = total / loads.length;
  // Identical loads have SD 0 exactly; computing it could leave a rounding residue.
  const sd = allEqual ? 0 : Math.sqrt(loads.reduce((sum, load) => sum + (load - mean) ** 2, 0) / loads.length);
  return { loads, total, mean, sd, sameNonZeroEveryDay: allEqual && first > 0 };
}

function sumDistance(runs: readonly RunOnDay[], fromDay: DayNumber, toDay: DayNumber): { km: number; count: number } {
  let distance = 0;
  let count = 0;
  for (const run of runs) {
    if (run.day >= fromDay && run.day <= toDay) {
      distance += run.distanceKm;
      count++;
    }
  }
  return { km: distance, count };
}

/** The longest run dated fromDay … toDay, or null when there is none. */
export function longestRunBetween(runs: readonly RunOnDay[], fromDay: DayNumber, toDay: DayNumber): RunOnDay | null {
  let longest: RunOnDay | null = null;
  for (const run of runs) {
    if (run.day >= fromDay && run.day <= toDay && (longest === null || run.distanceKm > longest.distanceKm)) longest = run;
  }
  return longest;
}

function finiteOrNull(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function computeLoadMetrics(history: History): LoadMetrics {
  const { today, firstRunDay, recentRuns } = history;
  const calibrating = firstRunDay === null || today - firstRunDay < CALIBRATION_DAYS;
  const acuteLoad = ewma(history.dailyLoads, ACUTE_EWMA_DAYS);
  const chronicLoad = ewma(history.dailyLoads, CHRONIC_EWMA_DAYS);
  const week = weekLoads(history);
  const monotony = week.total > 0 && week.sd > 0 ? finiteOrNull(week.mean / week.sd) : null;
  return {
    dailyLoad: loadOn(history, today),
    acuteLoad,
    chronicLoad,
    acwr: calibrating || chronicLoad <= 0 ? null : finiteOrNull(acuteLoad / chronicLoad),
    calibrating,
    monotony,
    strain: monotony === null ? null : finiteOrNull(week.total * monotony),
    weekDistanceKm: sumDistance(recentRuns, today - 6, today).km,
    longestRunLast30DaysKm: longestRunBetween(recentRuns, today - SPIKE_LOOKBACK_DAYS, today - 1)?.distanceKm ?? 0,
    baselineForming: baselinesForming(history),
  };
}

function spikeTier(fraction: number): string {
  if (fraction > SPIKE_STRONGEST_FRACTION) {
    return "More than double is the biggest kind of spike: in that study it came with the highest injury rate (hazard ratio 2.28).";
  }
  if (fraction > SPIKE_STRONG_FRACTION) {
    return "More than 30 % longer is a large spike (hazard ratio 1.52 in that study).";
  }
  return "More than 10 % longer is already a spike (hazard ratio 1.64 in that study).";
}

function spikeSuggestion(history: History, voice: Voice, requireBaseline = true): SuggestionDraft | null {
  const units = voice.units;
  const { today, recentRuns } = history;
  let worst: { run: RunOnDay; before: RunOnDay; fraction: number } | null = null;
  for (const run of recentRuns) {
    if (run.day < today - SPIKE_RECENT_DAYS || run.day > today) continue;
    if (requireBaseline && !spikeBaselineFormed(history, run.day)) continue;
    const before = longestRunBetween(recentRuns, run.day - SPIKE_LOOKBACK_DAYS, run.day - 1);
    if (before === null || !exceedsBy(run.distanceKm, before.distanceKm, SPIKE_WARN_FRACTION)) continue;
    // A previous longest of (nearly) 0 km makes any distance an unbounded spike: "far more than 100 %".
    const ratio = run.distanceKm / before.distanceKm;
    const fraction = Number.isFinite(ratio) ? ratio - 1 : Number.MAX_SAFE_INTEGER;
    if (worst === null || fraction > worst.fraction) worst = { run, before, fraction };
  }
  if (worst === null) return null;
  const { run, before, fraction } = worst;
  const howMuch = increaseInWords(fraction + 1);
  const when = run.day === today ? "Today's" : "Yesterday's";
  return {
    id: "load/spike",
    kind: "load",
    priority: "high",
    title: `${when} run was ${howMuch} longer than your longest in the previous 30 days`,
    detail:
      `Your ${distanceInWords(run.distanceKm, units)} run was ${howMuch} longer than your longest run of the 30 days before it. ` +
      `${spikeTier(fraction)} Keep your next runs easy and no longer than ${distanceInWords(before.distanceKm, units)} for the coming week, ` +
      `then build the long run in steps of no more than 10 %. This is a warning sign from a study of 5,205 runners, not a diagnosis.`,
    regions: [],
    because: [
      `Your ${distanceInWords(run.distanceKm, units)} ${run.kind === "long" ? "long run" : run.kind === "race" ? "race" : "run"} (${dayInWords(run.day, today)}) is ${howMuch} longer than your longest run of the previous 30 days (${distanceInWords(before.distanceKm, units)} ${onDay(before.day, today)}).`,
    ],
    evidence: [SOURCES.frandsen2025],
  };
}

function weeklyIncreaseSuggestion(history: History, voice: Voice): SuggestionDraft | null {
  const { today, recentRuns } = history;
  const units = voice.units;
  const period = WEEKLY_INCREASE_PERIOD_DAYS;
  const recent = sumDistance(recentRuns, today - period + 1, today);
  const before = sumDistance(recentRuns, today - 2 * period + 1, today - period);
  if (before.count === 0 || before.km <= 0 || !exceedsBy(recent.km, before.km, WEEKLY_INCREASE_FRACTION)) return null;
  const increase = increaseInWords(recent.km / before.km);
  return {
    id: "load/weekly-increase",
    kind: "load",
    priority: "medium",
    title: `Your distance is up ${increase} on the previous two weeks`,
    detail:
      `Hold your weekly distance steady (or drop it a little) for the next week before adding more. ` +
      `Increases of more than 30 % over two weeks were linked with more distance-related injuries; ` +
      `the "${percent(TEN_PERCENT_RULE_FRACTION)} a week" rule is only a soft guide.`,
    regions: [],
    because: [
      `You ran ${distanceInWords(recent.km, units)} from ${dateOf(today - period + 1, today)} to today, ${increase} more than the ${distanceInWords(before.km, units)} of the 14 days before (${dateOf(today - 2 * period + 1, today)} to ${dateOf(today - period, today)}).`,
    ],
    evidence: [SOURCES.nielsen2014, SOURCES.buist2008],
  };
}

/**
 * The reason line that marks estimated loads between fromDay and toDay (null when every session
 * there has the runner's own RPE), and the sources of the estimates.
 */
export function estimatedLoadReason(history: History, fromDay: DayNumber, toDay: DayNumber): { because: string; evidence: string[] } | null {
  const estimated = history.estimatedSessions.filter((session) => session.day >= fromDay && session.day <= toDay);
  if (estimated.length === 0) return null;
  const fromHeartRate = estimated.filter((session) => session.basis === "heart-rate").length;
  const byDefault = estimated.length - fromHeartRate;
  const parts = [
    fromHeartRate > 0 ? `${fromHeartRate} from average heart rate as a share of your maximum` : null,
    byDefault > 0 ? `${byDefault} from the usual effort of that kind of session` : null,
  ].filter((part): part is string => part !== null);
  const sessions = estimated.length === 1 ? "1 session has" : `${estimated.length} sessions have`;
  return {
    because: `Estimated (≈): ${sessions} no effort rating (RPE) of yours, so the load counts an estimate — ${parts.join(", ")}. Rate them for a truer load.`,
    evidence: fromHeartRate > 0 ? [SOURCES.acsm2021, SOURCES.borg1998] : [SOURCES.foster2001],
  };
}

function withEstimateNote(suggestion: SuggestionDraft, note: { because: string; evidence: string[] } | null): SuggestionDraft {
  if (note === null) return suggestion;
  return {
    ...suggestion,
    because: [...suggestion.because, note.because],
    evidence: [...suggestion.evidence, ...note.evidence.filter((source) => !suggestion.evidence.includes(source))],
  };
}

function acwrSuggestion(metrics: LoadMetrics): SuggestionDraft | null {
  if (metrics.calibrating || metrics.acwr === null || metrics.acwr < ACWR_HIGH) return null;
  return {
    id: "load/acwr-high",
    kind: "load",
    priority: "medium",
    title: `Your last week's load is high next to your usual (ratio ${twoDecimals(metrics.acwr)})`,
    detail:
      `For context only — this ratio does not predict injury. Your recent training is well above what you are used to ` +
      `(a typical range is ${ACWR_TYPICAL_LOW}–${ACWR_TYPICAL_HIGH}). Check how you feel; if legs are heavy, make the next day easy or a rest day.`,
    regions: [],
    because: [
      `Your acute load (7-day average) is ${metrics.acuteLoad.toFixed(0)} and your chronic load (28-day average) is ${metrics.chronicLoad.toFixed(0)}: a ratio of ${twoDecimals(metrics.acwr)}.`,
    ],
    evidence: [SOURCES.williams2017, SOURCES.gabbett2016, SOURCES.impellizzeri2020],
  };
}

function monotonySuggestion(history: History, metrics: LoadMetrics): SuggestionDraft | null {
  const week = weekLoads(history);
  const high = metrics.monotony !== null && metrics.monotony > MONOTONY_HIGH;
  if (!high && !week.sameNonZeroEveryDay) return null;
  const because = week.sameNonZeroEveryDay
    ? `Your load was the same ${week.loads[0]?.toFixed(0) ?? "0"} (RPE × minutes) on each of the last 7 days: no variation at all.`
    : `Your daily loads of the last 7 days (${week.loads.map((load) => load.toFixed(0)).join(", ")}) average ${week.mean.toFixed(0)} with little variation: monotony ${twoDecimals(metrics.monotony ?? 0)}, above ${MONOTONY_HIGH.toFixed(1)}, strain ${(metrics.strain ?? 0).toFixed(0)}.`;
  return {
    id: "load/monotony",
    kind: "load",
    priority: "medium",
    title: "Your days have been too alike: make tomorrow an easy or rest day",
    detail:
      "Alternate hard and easy days. Make the next day a rest day or a short, easy run (RPE 2–3), " +
      "so that the week has real variation between harder and easier days.",
    regions: [],
    because: [because],
    evidence: [SOURCES.foster1998],
  };
}

/**
 * The load suggestions, worded in the runner's voice. The spike guard, the weekly increase and
 * monotony warn only once their baseline has formed (see LoadMetrics.baselineForming); before
 * that, one low-priority card says the baseline is still forming.
 */
export function loadSuggestions(history: History, metrics: LoadMetrics, voice: Voice): SuggestionDraft[] {
  const heldBack: BaselineRule[] = [];
  const gate = (rule: BaselineRule, formed: boolean, suggestion: SuggestionDraft | null): SuggestionDraft | null => {
    if (suggestion === null || formed) return suggestion;
    heldBack.push(rule);
    return null;
  };
  const { today } = history;
  const acwr = acwrSuggestion(metrics);
  const monotony = gate("monotony", monotonyBaselineFormed(history), monotonySuggestion(history, metrics));
  const spike = spikeSuggestion(history, voice);
  const suggestions = [
    spike ?? gate("spike", false, spikeSuggestion(history, voice, false)),
    gate("weekly-increase", weeklyBaselineFormed(history), weeklyIncreaseSuggestion(history, voice)),
    acwr && withEstimateNote(acwr, estimatedLoadReason(history, today - CHRONIC_EWMA_DAYS + 1, today)),
    monotony && withEstimateNote(monotony, estimatedLoadReason(history, today - MONOTONY_DAYS + 1, today)),
  ];
  return [...suggestions, baselineFormingSuggestion(history, heldBack)].filter((suggestion): suggestion is SuggestionDraft => suggestion !== null);
}
