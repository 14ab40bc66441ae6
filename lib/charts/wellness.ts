/**
 * The check-in history page's series: each measure over the last 12 weeks with the runner's
 * personal baseline band on each day (mean ± SD of the baseline window before that day, the
 * same windows and minimum readings the readiness rules use; none while calibrating). Pure.
 */
import { addDays, type WellnessDay } from "@/lib/rules";
import { dayNumberOf } from "@/lib/rules/dates";
import { baselineBetween, lnRmssd, wellnessByDay, type WellnessMeasure } from "@/lib/rules/readiness";
import {
  HOOPER_BASELINE_DAYS,
  HOOPER_MIN_READINGS,
  HRV_BASELINE_DAYS,
  HRV_BASELINE_MIN_READINGS,
  HRV_SWC_FRACTION_OF_SD,
  RESTING_HR_BASELINE_DAYS,
  RESTING_HR_MIN_READINGS,
} from "@/lib/rules/thresholds";

export interface WellnessPoint {
  date: string;
  value: number | null;
  band: { low: number; high: number } | null;
}

export interface WellnessSeries {
  id: "restingHrBpm" | "hrvRmssdMs" | "sleepHours" | "sleep" | "stress" | "fatigue" | "soreness";
  title: string;
  unit: string;
  /** The y-axis range the chart shows. */
  min: number;
  max: number;
  /** "Higher is worse" for the axis note. */
  bandNote: string;
  points: WellnessPoint[];
}

interface Spec {
  id: WellnessSeries["id"];
  title: string;
  unit: string;
  min: number;
  max: number;
  measure: WellnessMeasure;
  days: number;
  minReadings: number;
  /** Band from the baseline in the measure's own scale. */
  band: (mean: number, sd: number) => { low: number; high: number };
  bandNote: string;
}

const meanSd = (mean: number, sd: number) => ({ low: mean - sd, high: mean + sd });
const item = (id: "sleep" | "stress" | "fatigue" | "soreness", title: string): Spec => ({
  id,
  title,
  unit: "1–7",
  min: 1,
  max: 7,
  measure: (e) => e[id],
  days: HOOPER_BASELINE_DAYS,
  minReadings: HOOPER_MIN_READINGS,
  band: meanSd,
  bandNote: "band: your 28-day mean ± 1 SD (Hooper 1995); 1 is best, 7 worst",
});

const SPECS: readonly Spec[] = [
  {
    id: "restingHrBpm",
    title: "Resting heart rate",
    unit: "bpm",
    min: 30,
    max: 100,
    measure: (e) => e.restingHrBpm,
    days: RESTING_HR_BASELINE_DAYS,
    minReadings: RESTING_HR_MIN_READINGS,
    band: meanSd,
    bandNote: "band: your 30-day mean ± 1 SD; 5 bpm or more above the mean suggests an easy day (Buchheit 2014)",
  },
  {
    id: "hrvRmssdMs",
    title: "HRV (rMSSD)",
    unit: "ms",
    min: 0,
    max: 150,
    measure: lnRmssd,
    days: HRV_BASELINE_DAYS,
    minReadings: HRV_BASELINE_MIN_READINGS,
    // Plews 2013: the normal range is the 60-day mean of ln rMSSD ± the smallest worthwhile change (0.5 SD), shown back in ms.
    band: (mean, sd) => ({ low: Math.exp(mean - HRV_SWC_FRACTION_OF_SD * sd), high: Math.exp(mean + HRV_SWC_FRACTION_OF_SD * sd) }),
    bandNote: "band: your 60-day mean of ln rMSSD ± 0.5 SD, in ms (Plews 2013)",
  },
  {
    id: "sleepHours",
    title: "Hours slept",
    unit: "h",
    min: 0,
    max: 12,
    measure: (e) => e.sleepHours,
    days: HOOPER_BASELINE_DAYS,
    minReadings: HOOPER_MIN_READINGS,
    band: meanSd,
    bandNote: "band: your 28-day mean ± 1 SD; under 6 h two nights running gives a sleep note",
  },
  item("sleep", "Sleep quality"),
  item("stress", "Stress"),
  item("fatigue", "Fatigue"),
  item("soreness", "Muscle soreness"),
];

/** Each measure from `from` to `to` (both included); `days` may start up to 60 days before `from` for the baselines. */
export function wellnessHistory(days: readonly WellnessDay[], from: string, to: string): WellnessSeries[] {
  const byDay = wellnessByDay(days, dayNumberOf(to));
  const dates: string[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) dates.push(date);
  return SPECS.map((spec) => ({
    id: spec.id,
    title: spec.title,
    unit: spec.unit,
    min: spec.min,
    max: spec.max,
    bandNote: spec.bandNote,
    points: dates.map((date) => {
      const day = dayNumberOf(date);
      const entry = byDay.get(day);
      const value = entry === undefined ? null : (spec.id === "hrvRmssdMs" ? entry.hrvRmssdMs : spec.measure(entry)) ?? null;
      const baseline = baselineBetween(byDay, spec.measure, day - spec.days, day - 1, spec.minReadings);
      return { date, value, band: baseline === null ? null : spec.band(baseline.mean, baseline.sd) };
    }),
  }));
}
