/**
 * Readiness from the morning check-in: each measure against the runner's own recent normal,
 * never population norms, and never a made-up score. Pure: the check-ins and "today" come in as
 * data. Every number and its source is in thresholds.ts.
 */
import { dayNumberOf, type DayNumber } from "./dates";
import {
  HOOPER_BASELINE_DAYS,
  HOOPER_MIN_READINGS,
  HOOPER_SD_ABOVE,
  HRV_BASELINE_DAYS,
  HRV_BASELINE_MIN_READINGS,
  HRV_ROLLING_DAYS,
  HRV_ROLLING_MIN_READINGS,
  HRV_SWC_FRACTION_OF_SD,
  READINESS_SOURCES,
  RESTING_HR_BASELINE_DAYS,
  RESTING_HR_MIN_READINGS,
  RESTING_HR_RISE_BPM,
  SHORT_SLEEP_HOURS,
  SHORT_SLEEP_NIGHTS,
} from "./thresholds";
import type { ReadinessFactor, ReadinessStatus, SuggestionDraft as Suggestion, WellnessDay } from "./types";

/** The check-ins by day number; of two for the same day, the later in the input counts. */
export type WellnessByDay = ReadonlyMap<DayNumber, WellnessDay>;

export function wellnessByDay(days: readonly WellnessDay[] | undefined, today: DayNumber): WellnessByDay {
  const byDay = new Map<DayNumber, WellnessDay>();
  for (const entry of days ?? []) {
    const day = dayNumberOf(entry.date);
    if (day <= today) byDay.set(day, entry);
  }
  return byDay;
}

export type WellnessMeasure = (entry: WellnessDay) => number | undefined;

/** The four Hooper items summed (4–28), only when all four were answered. */
export const hooperSum: WellnessMeasure = (entry) =>
  entry.sleep === undefined || entry.stress === undefined || entry.fatigue === undefined || entry.soreness === undefined
    ? undefined
    : entry.sleep + entry.stress + entry.fatigue + entry.soreness;

/** ln rMSSD (Plews 2013 works on the natural log, which makes the day-to-day spread symmetric). */
export const lnRmssd: WellnessMeasure = (entry) => (entry.hrvRmssdMs === undefined ? undefined : Math.log(entry.hrvRmssdMs));

export interface Baseline {
  mean: number;
  /** Sample SD (n − 1); 0 with one reading. */
  sd: number;
  readings: number;
}

/**
 * Mean and SD of a measure over the days `fromDay` … `toDay` (both included), or null with fewer
 * than `minReadings` readings. Days without a reading are skipped, not counted as 0.
 */
export function baselineBetween(byDay: WellnessByDay, measure: WellnessMeasure, fromDay: DayNumber, toDay: DayNumber, minReadings: number): Baseline | null {
  const values: number[] = [];
  for (let day = fromDay; day <= toDay; day++) {
    const entry = byDay.get(day);
    const value = entry === undefined ? undefined : measure(entry);
    if (value !== undefined && Number.isFinite(value)) values.push(value);
  }
  if (values.length < Math.max(1, minReadings)) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const variance = values.length < 2 ? 0 : values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1);
  return { mean, sd: Math.sqrt(variance), readings: values.length };
}

/** How many readings the window holds (for "calibrating: 6 of 10 readings"). */
function readingsBetween(byDay: WellnessByDay, measure: WellnessMeasure, fromDay: DayNumber, toDay: DayNumber): number {
  return baselineBetween(byDay, measure, fromDay, toDay, 0)?.readings ?? 0;
}

const one = (value: number) => value.toFixed(1);
const two = (value: number) => value.toFixed(2);

export interface ReadinessAssessment {
  status: ReadinessStatus;
  factors: ReadinessFactor[];
  suggestions: Suggestion[];
}

function restingHr(byDay: WellnessByDay, today: DayNumber): { factor: ReadinessFactor; suggestion: Suggestion | null } {
  const name = "Resting heart rate";
  const bpm = byDay.get(today)?.restingHrBpm;
  if (bpm === undefined) return { factor: { id: "resting-hr", status: "missing", name, detail: "No resting heart rate this morning." }, suggestion: null };
  const from = today - RESTING_HR_BASELINE_DAYS;
  const baseline = baselineBetween(byDay, (e) => e.restingHrBpm, from, today - 1, RESTING_HR_MIN_READINGS);
  if (baseline === null) {
    const have = readingsBetween(byDay, (e) => e.restingHrBpm, from, today - 1);
    return {
      factor: { id: "resting-hr", status: "calibrating", name, detail: `${bpm} bpm this morning. Calibrating: ${have} of the ${RESTING_HR_MIN_READINGS} readings in 30 days your baseline needs.` },
      suggestion: null,
    };
  }
  const rise = bpm - baseline.mean;
  const numbers = `${bpm} bpm this morning; your 30-day mean is ${one(baseline.mean)} bpm (${baseline.readings} readings)`;
  if (rise < RESTING_HR_RISE_BPM) {
    return { factor: { id: "resting-hr", status: "as-usual", name, detail: `${numbers}: within ${RESTING_HR_RISE_BPM} bpm of it.` }, suggestion: null };
  }
  const because = `${numbers}: ${one(rise)} bpm above it, at least ${RESTING_HR_RISE_BPM} bpm.`;
  return {
    factor: { id: "resting-hr", status: "below-usual", name, detail: because },
    suggestion: {
      id: "readiness/resting-hr",
      kind: "rest",
      priority: "medium",
      title: "Your resting heart rate is up: consider an easy day",
      detail:
        "A morning heart rate well above your usual can mean you have not recovered yet, are getting ill, or slept badly. " +
        "Make today an easy run (RPE 2–3) or a rest day, and check again tomorrow morning.",
      regions: [],
      because: [because],
      evidence: [READINESS_SOURCES.buchheit2014],
    },
  };
}

function hrv(byDay: WellnessByDay, today: DayNumber): { factor: ReadinessFactor; suggestion: Suggestion | null } {
  const name = "HRV (rMSSD)";
  const ms = byDay.get(today)?.hrvRmssdMs;
  const rolling = baselineBetween(byDay, lnRmssd, today - HRV_ROLLING_DAYS + 1, today, HRV_ROLLING_MIN_READINGS);
  if (ms === undefined && rolling === null) return { factor: { id: "hrv", status: "missing", name, detail: "No HRV reading this morning." }, suggestion: null };
  const from = today - HRV_BASELINE_DAYS;
  const baseline = baselineBetween(byDay, lnRmssd, from, today - 1, HRV_BASELINE_MIN_READINGS);
  const todayText = ms === undefined ? "No HRV reading this morning" : `${one(ms)} ms this morning (ln ${two(Math.log(ms))})`;
  if (baseline === null || rolling === null) {
    const need =
      baseline === null
        ? `${readingsBetween(byDay, lnRmssd, from, today - 1)} of the ${HRV_BASELINE_MIN_READINGS} readings in 60 days your baseline needs`
        : `${readingsBetween(byDay, lnRmssd, today - HRV_ROLLING_DAYS + 1, today)} of the ${HRV_ROLLING_MIN_READINGS} readings in 7 days the trend needs`;
    return { factor: { id: "hrv", status: "calibrating", name, detail: `${todayText}. Calibrating: ${need}.` }, suggestion: null };
  }
  const limit = baseline.mean - HRV_SWC_FRACTION_OF_SD * baseline.sd;
  const numbers =
    `${todayText}. Your 7-day mean ln rMSSD is ${two(rolling.mean)} (${rolling.readings} readings); ` +
    `your 60-day mean is ${two(baseline.mean)} with an SD of ${two(baseline.sd)}, so the smallest worthwhile change puts the line at ${two(limit)}`;
  if (!(rolling.mean < limit)) {
    return { factor: { id: "hrv", status: "as-usual", name, detail: `${numbers}: your trend is at or above it.` }, suggestion: null };
  }
  const because = `${numbers}: your trend is below it.`;
  return {
    factor: { id: "hrv", status: "below-usual", name, detail: because },
    suggestion: {
      id: "readiness/hrv",
      kind: "rest",
      priority: "medium",
      title: "Your HRV trend is below your usual: make today easy or a rest day",
      detail:
        "A week-long dip in HRV below your normal range suggests your body is still dealing with training or other stress. " +
        "An easy run (RPE 2–3) or a rest day may help it come back; hold hard sessions until the trend returns to your usual.",
      regions: [],
      because: [because],
      evidence: [READINESS_SOURCES.plews2013, READINESS_SOURCES.kiviniemi2007],
    },
  };
}

function hooper(byDay: WellnessByDay, today: DayNumber): { factor: ReadinessFactor; suggestion: Suggestion | null } {
  const name = "How you feel (Hooper items)";
  const entry = byDay.get(today);
  const sum = entry === undefined ? undefined : hooperSum(entry);
  if (sum === undefined) return { factor: { id: "hooper", status: "missing", name, detail: "Not all four questions answered this morning." }, suggestion: null };
  const from = today - HOOPER_BASELINE_DAYS;
  const baseline = baselineBetween(byDay, hooperSum, from, today - 1, HOOPER_MIN_READINGS);
  if (baseline === null) {
    const have = readingsBetween(byDay, hooperSum, from, today - 1);
    return {
      factor: { id: "hooper", status: "calibrating", name, detail: `Sum ${sum} of 28 this morning. Calibrating: ${have} of the ${HOOPER_MIN_READINGS} check-ins in 28 days your baseline needs.` },
      suggestion: null,
    };
  }
  const limit = baseline.mean + HOOPER_SD_ABOVE * baseline.sd;
  const numbers = `Sum ${sum} of 28 this morning (sleep ${entry?.sleep}, stress ${entry?.stress}, fatigue ${entry?.fatigue}, soreness ${entry?.soreness}); your 28-day mean is ${one(baseline.mean)} with an SD of ${one(baseline.sd)}, so your usual goes up to ${one(limit)}`;
  if (!(sum > limit)) return { factor: { id: "hooper", status: "as-usual", name, detail: `${numbers}.` }, suggestion: null };
  const because = `${numbers}: today is above it.`;
  return {
    factor: { id: "hooper", status: "below-usual", name, detail: because },
    suggestion: {
      id: "readiness/hooper",
      kind: "rest",
      priority: "medium",
      title: "Your body says you are not recovered",
      detail: "Your answers this morning are worse than your usual. Keep today easy or rest, and see how you feel tomorrow.",
      regions: [],
      because: [because],
      evidence: [READINESS_SOURCES.hooper1995],
    },
  };
}

function sleepNote(byDay: WellnessByDay, today: DayNumber): { factor: ReadinessFactor; suggestion: Suggestion | null } {
  const name = "Sleep";
  const nights: number[] = [];
  for (let back = 0; back < SHORT_SLEEP_NIGHTS; back++) {
    const hours = byDay.get(today - back)?.sleepHours;
    if (hours === undefined) break;
    nights.push(hours);
  }
  if (nights.length === 0) return { factor: { id: "sleep", status: "missing", name, detail: "No hours of sleep logged this morning." }, suggestion: null };
  const hoursText = nights.map((h) => `${one(h)} h`).join(" last night, then ");
  const short = nights.length === SHORT_SLEEP_NIGHTS && nights.every((h) => h < SHORT_SLEEP_HOURS);
  if (!short) return { factor: { id: "sleep", status: "as-usual", name, detail: `${one(nights[0] ?? 0)} h last night.` }, suggestion: null };
  const because = `${hoursText} the night before: under ${SHORT_SLEEP_HOURS} h on ${SHORT_SLEEP_NIGHTS} nights running.`;
  return {
    factor: { id: "sleep", status: "below-usual", name, detail: because },
    suggestion: {
      id: "readiness/sleep",
      kind: "rest",
      priority: "low",
      title: "Two short nights: sleep is when your body repairs",
      detail: "An early night may help more than anything else today. Keep today's session easy if you feel flat.",
      regions: [],
      because: [because],
      evidence: [READINESS_SOURCES.fullagar2015],
    },
  };
}

/**
 * Today's readiness from the check-ins: "no-check-in" without an entry today, "calibrating"
 * when none of today's measures has a baseline yet, "below-usual" when any factor is below the
 * runner's usual (each with its numbers), else "as-usual". The sleep note needs no baseline.
 */
export function assessReadiness(days: readonly WellnessDay[] | undefined, today: DayNumber): ReadinessAssessment {
  const byDay = wellnessByDay(days, today);
  if (!byDay.has(today)) return { status: "no-check-in", factors: [], suggestions: [] };
  const results = [restingHr(byDay, today), hrv(byDay, today), hooper(byDay, today), sleepNote(byDay, today)];
  const factors = results.map((r) => r.factor);
  const suggestions = results.flatMap((r) => (r.suggestion === null ? [] : [r.suggestion]));
  // The sleep note is a note: an absolute number, not the runner's own baseline.
  const below = factors.some((f) => f.status === "below-usual" && f.id !== "sleep");
  const baselined = factors.some((f) => f.status === "as-usual" && f.id !== "sleep");
  const status: ReadinessStatus = below ? "below-usual" : baselined ? "as-usual" : "calibrating";
  return { status, factors, suggestions };
}
