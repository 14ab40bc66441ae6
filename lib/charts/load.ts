/**
 * Daily training load (sRPE = RPE × minutes, Foster 2001) with its acute (N = 7) and chronic
 * (N = 28) EWMA lines and their ratio (Williams 2017), for the load chart. The same defaults and
 * constants as the rules engine, so the last point equals the plan's load metrics.
 */
import type { ISODate, RunEntry } from "@/lib/rules";
import {
  ACUTE_EWMA_DAYS,
  CALIBRATION_DAYS,
  CHRONIC_EWMA_DAYS,
  DEFAULT_RPE_BY_KIND,
  DEFAULT_RPE_WITHOUT_KIND,
} from "@/lib/rules/thresholds";
import { dateOfDay, dayOf } from "./days";

export { ACWR_HIGH, ACWR_TYPICAL_HIGH, ACWR_TYPICAL_LOW } from "@/lib/rules/thresholds";

export interface LoadDay {
  date: ISODate;
  /** RPE × minutes, summed over the day's runs. */
  load: number;
  acute: number;
  chronic: number;
  /** acute ÷ chronic; null while calibrating or with no chronic load. */
  acwr: number | null;
  /** Fewer than 28 days of history on this day: the ratio means little yet. */
  calibrating: boolean;
  /** Some of the day's load is estimated (no RPE of the runner's own): shown as "≈". */
  estimated: boolean;
}

/** A session for the chart: a run, or any session whose (possibly estimated) RPE is known. */
export type LoadSession = Pick<RunEntry, "date" | "durationMin" | "rpe" | "kind"> & Partial<RunEntry> & { estimated?: boolean };

export const LOAD_CHART_DAYS = 84;

/** sRPE of one run; a run without RPE gets the rules' default for its kind. */
export function sessionLoad(run: Pick<RunEntry, "durationMin" | "rpe" | "kind">): number {
  const rpe = run.rpe ?? (run.kind ? DEFAULT_RPE_BY_KIND[run.kind] : DEFAULT_RPE_WITHOUT_KIND);
  return rpe * run.durationMin;
}

/**
 * The last `days` days up to today. The EWMAs start at 0 the day before the first run (as in
 * the rules) and run over every day from there, so the lines are right from the first shown day.
 */
export function loadSeries(runs: readonly LoadSession[], today: ISODate, days = LOAD_CHART_DAYS): LoadDay[] {
  const todayDay = dayOf(today);
  const firstShown = todayDay - days + 1;
  const loads = new Map<number, number>();
  const estimatedDays = new Set<number>();
  let firstRun: number | null = null;
  for (const run of runs) {
    const day = dayOf(run.date);
    if (day > todayDay) continue;
    if (firstRun === null || day < firstRun) firstRun = day;
    loads.set(day, (loads.get(day) ?? 0) + sessionLoad(run));
    if (run.estimated) estimatedDays.add(day);
  }
  const acuteLambda = 2 / (ACUTE_EWMA_DAYS + 1);
  const chronicLambda = 2 / (CHRONIC_EWMA_DAYS + 1);
  let acute = 0;
  let chronic = 0;
  const series: LoadDay[] = [];
  const start = firstRun === null ? firstShown : Math.min(firstRun, firstShown);
  for (let day = start; day <= todayDay; day++) {
    const load = loads.get(day) ?? 0;
    if (firstRun !== null && day >= firstRun) {
      acute = acuteLambda * load + (1 - acuteLambda) * acute;
      chronic = chronicLambda * load + (1 - chronicLambda) * chronic;
    }
    if (day < firstShown) continue;
    const calibrating = firstRun === null || day - firstRun < CALIBRATION_DAYS;
    series.push({
      date: dateOfDay(day),
      load,
      acute,
      chronic,
      acwr: calibrating || chronic <= 0 ? null : acute / chronic,
      calibrating,
      estimated: estimatedDays.has(day),
    });
  }
  return series;
}
