import "server-only";
import { db } from "@/lib/db";
import { dateColumn, localDateOf } from "@/lib/format/dates";
import type { HrvImport } from "@/lib/import/hrv-csv";
import { loggableDayProblem } from "@/lib/validation/soreness";
import { todayFor } from "./plan";
import type { RunnerDay } from "./soreness";

export interface HrvImportResult {
  format: HrvImport["format"];
  /** Days that got a resting HR or rMSSD from the file. */
  imported: number;
  /** Days whose check-in already had a different value: the runner's own value was kept. */
  keptYours: number;
  skipped: { row: number; reason: string }[];
}

/**
 * Stores the readings of a parsed HRV export: each on its local day (an instant is placed in the
 * runner's time zone), the first reading of a morning only. A day's existing values are never
 * overwritten — a different value in the file is counted in `keptYours` — and the Hooper answers
 * of that day stay as they were. Days outside the loggable range are skipped with the reason.
 */
export async function importHrvReadings(runner: RunnerDay, parsed: HrvImport, options: { now?: Date } = {}): Promise<HrvImportResult> {
  const today = todayFor(runner, options.now);
  const skipped = [...parsed.skipped];
  const byDay = new Map<string, (typeof parsed.readings)[number]>();
  for (const reading of parsed.readings) {
    const date = reading.date ?? localDateOf(new Date(reading.instant ?? ""), runner.timeZone);
    const problem = loggableDayProblem(date, today);
    if (problem) skipped.push({ row: reading.row, reason: `${date}: ${problem}` });
    else if (byDay.has(date)) skipped.push({ row: reading.row, reason: `${date} already has an earlier reading in this file` });
    else byDay.set(date, reading);
  }
  let imported = 0;
  let keptYours = 0;
  await db().$transaction(async (tx) => {
    const existing = await tx.wellnessEntry.findMany({
      where: { userId: runner.id, date: { in: [...byDay.keys()].map(dateColumn) } },
      select: { date: true, restingHrBpm: true, hrvRmssdMs: true },
    });
    const have = new Map(existing.map((row) => [row.date.toISOString().slice(0, 10), row]));
    for (const [date, reading] of byDay) {
      const old = have.get(date);
      const fill: { restingHrBpm?: number; hrvRmssdMs?: number } = {};
      let conflict = false;
      if (reading.restingHrBpm !== undefined) {
        if (old?.restingHrBpm == null) fill.restingHrBpm = reading.restingHrBpm;
        else if (old.restingHrBpm !== reading.restingHrBpm) conflict = true;
      }
      if (reading.hrvRmssdMs !== undefined) {
        if (old?.hrvRmssdMs == null) fill.hrvRmssdMs = reading.hrvRmssdMs;
        else if (old.hrvRmssdMs !== reading.hrvRmssdMs) conflict = true;
      }
      if (conflict) keptYours++;
      if (Object.keys(fill).length === 0) continue;
      await tx.wellnessEntry.upsert({
        where: { userId_date: { userId: runner.id, date: dateColumn(date) } },
        create: { userId: runner.id, date: dateColumn(date), ...fill },
        update: fill,
      });
      imported++;
    }
  });
  skipped.sort((a, b) => a.row - b.row);
  return { format: parsed.format, imported, keptYours, skipped };
}
