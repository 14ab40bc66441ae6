/**
 * Weekly distance for the bar chart: the last N runner's weeks (Monday to Sunday, local days),
 * the current week last even when it has only begun.
 */
import type { ISODate } from "@/lib/rules";
import { dateOfDay, dayOf, mondayOf } from "./days";

export interface WeekDistance {
  /** The Monday that starts the week. */
  weekStart: ISODate;
  /** The Sunday that ends it. */
  weekEnd: ISODate;
  distanceKm: number;
  runs: number;
  /** The week that contains today (it may be partial). */
  current: boolean;
}

export const WEEKLY_DISTANCE_WEEKS = 16;

export function weeklyDistance(
  runs: readonly { date: ISODate; distanceKm: number }[],
  today: ISODate,
  weeks = WEEKLY_DISTANCE_WEEKS,
): WeekDistance[] {
  const thisMonday = mondayOf(dayOf(today));
  const firstMonday = thisMonday - 7 * (weeks - 1);
  const buckets: WeekDistance[] = [];
  for (let index = 0; index < weeks; index++) {
    const monday = firstMonday + 7 * index;
    buckets.push({
      weekStart: dateOfDay(monday),
      weekEnd: dateOfDay(monday + 6),
      distanceKm: 0,
      runs: 0,
      current: monday === thisMonday,
    });
  }
  const lastDay = dayOf(today);
  for (const run of runs) {
    const day = dayOf(run.date);
    if (day < firstMonday || day > lastDay) continue;
    const bucket = buckets[Math.floor((day - firstMonday) / 7)]!;
    bucket.distanceKm += run.distanceKm;
    bucket.runs += 1;
  }
  return buckets;
}
