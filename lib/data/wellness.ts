import "server-only";
import { db } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { WellnessInput } from "@/lib/validation/soreness";
import { assertLoggableDay, type RunnerDay } from "./soreness";

// Daily wellness, Hooper items 1 (very, very good / low) to 7 (very, very bad / high): one per day.

export interface WellnessView {
  date: string;
  sleep: number;
  stress: number;
  fatigue: number;
  soreness: number;
}

const SELECT = { date: true, sleep: true, stress: true, fatigue: true, soreness: true } as const;
const view = (row: { date: Date; sleep: number; stress: number; fatigue: number; soreness: number }): WellnessView => ({
  date: isoDateOfColumn(row.date),
  sleep: row.sleep,
  stress: row.stress,
  fatigue: row.fatigue,
  soreness: row.soreness,
});

/** Saves the day's four answers; saving the same day again replaces them. */
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
