import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { WellnessDay } from "@/lib/rules";
import type { WellnessInput } from "@/lib/validation/soreness";
import type { CheckInInput } from "@/lib/validation/wellness";
import { assertLoggableDay, type RunnerDay } from "./soreness";

// The morning check-in, one row a day: resting HR (bpm), HRV rMSSD (ms), hours slept, and the
// Hooper items 1 (very, very good / low) to 7 (very, very bad / high). Each may be missing.

export interface WellnessView {
  date: string;
  restingHrBpm: number | null;
  hrvRmssdMs: number | null;
  sleepHours: number | null;
  sleep: number | null;
  stress: number | null;
  fatigue: number | null;
  soreness: number | null;
}

const SELECT = {
  date: true,
  restingHrBpm: true,
  hrvRmssdMs: true,
  sleepHours: true,
  sleep: true,
  stress: true,
  fatigue: true,
  soreness: true,
} as const;
type Row = Omit<WellnessView, "date"> & { date: Date };
const view = ({ date, ...measures }: Row): WellnessView => ({ date: isoDateOfColumn(date), ...measures });

/** Saves the day's four Hooper answers (the soreness page's short form); other measures are kept. */
export async function saveWellness(runner: RunnerDay, input: WellnessInput, options: { now?: Date } = {}): Promise<WellnessView> {
  assertLoggableDay(runner, input.date, options.now);
  const { date, ...items } = input;
  const row = await db().wellnessEntry.upsert({
    where: { userId_date: { userId: runner.id, date: dateColumn(date) } },
    create: { userId: runner.id, date: dateColumn(date), ...items },
    update: items,
    select: SELECT,
  });
  return view(row);
}

/**
 * Saves a day's morning check-in: the day's entry becomes exactly what was sent (a measure left
 * out is cleared), so editing today's check-in on the form is one save. Throws SorenessDateError
 * for a day more than a year back or after tomorrow in the runner's time zone.
 */
export async function saveCheckIn(runner: RunnerDay, input: CheckInInput, options: { now?: Date } = {}): Promise<WellnessView> {
  assertLoggableDay(runner, input.date, options.now);
  const measures = {
    restingHrBpm: input.restingHrBpm ?? null,
    hrvRmssdMs: input.hrvRmssdMs ?? null,
    sleepHours: input.sleepHours ?? null,
    sleep: input.sleep ?? null,
    stress: input.stress ?? null,
    fatigue: input.fatigue ?? null,
    soreness: input.soreness ?? null,
  };
  const row = await db().wellnessEntry.upsert({
    where: { userId_date: { userId: runner.id, date: dateColumn(input.date) } },
    create: { userId: runner.id, date: dateColumn(input.date), ...measures },
    update: measures,
    select: SELECT,
  });
  return view(row);
}

export async function wellnessOn(userId: string, date: string): Promise<WellnessView | null> {
  const row = await db().wellnessEntry.findUnique({ where: { userId_date: { userId, date: dateColumn(date) } }, select: SELECT });
  return row ? view(row) : null;
}

/** Days from `from` to `to` (both included), oldest first. */
export async function listWellness(userId: string, from: string, to: string): Promise<WellnessView[]> {
  const rows = await db().wellnessEntry.findMany({
    where: { userId, date: { gte: dateColumn(from), lte: dateColumn(to) } },
    select: SELECT,
    orderBy: { date: "asc" },
  });
  return rows.map(view);
}

/** The check-ins as the rules read them (nulls dropped). */
export function wellnessDayOf(entry: WellnessView): WellnessDay {
  const day: WellnessDay = { date: entry.date };
  for (const key of ["restingHrBpm", "hrvRmssdMs", "sleepHours", "sleep", "stress", "fatigue", "soreness"] as const) {
    const value = entry[key];
    if (value !== null) day[key] = value;
  }
  return day;
}

/** The history page's window: the last 12 weeks, plus the 60 days the first day's baseline reads. */
export const HISTORY_WEEKS = 12;
export const BASELINE_LEAD_DAYS = 60;
export function historyWindow(today: string): { from: string; chartFrom: string; to: string } {
  const chartFrom = addDaysIso(today, -(HISTORY_WEEKS * 7 - 1));
  return { from: addDaysIso(chartFrom, -BASELINE_LEAD_DAYS), chartFrom, to: today };
}
