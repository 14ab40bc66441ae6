import "server-only";
import { db } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import { sweatRateLPerH, type SweatRateTestView } from "@/lib/format/sweat-rate";
import type { SweatRateTestInput } from "@/lib/validation/soreness";
import { assertLoggableDay, type RunnerDay } from "./soreness";

export type { SweatRateTestView };

// Sweat-rate tests, kept one by one with their date and temperature (the rate depends on the heat).


const SELECT = {
  id: true,
  date: true,
  massBeforeKg: true,
  massAfterKg: true,
  fluidMl: true,
  urineMl: true,
  durationSec: true,
  temperatureC: true,
} as const;

type Row = Omit<SweatRateTestView, "date" | "sweatRateLPerH"> & { date: Date };
const view = (row: Row): SweatRateTestView => ({ ...row, date: isoDateOfColumn(row.date), sweatRateLPerH: sweatRateLPerH(row) });

export async function createSweatRateTest(runner: RunnerDay, input: SweatRateTestInput, options: { now?: Date } = {}): Promise<SweatRateTestView> {
  assertLoggableDay(runner, input.date, options.now);
  const row = await db().sweatRateTest.create({
    data: {
      userId: runner.id,
      date: dateColumn(input.date),
      massBeforeKg: input.massBeforeKg,
      massAfterKg: input.massAfterKg,
      fluidMl: input.fluidMl,
      urineMl: input.urineMl,
      durationSec: input.durationSec,
      temperatureC: input.temperatureC ?? null,
    },
    select: SELECT,
  });
  return view(row);
}

/** Newest first (the plan uses the newest). */
export async function listSweatRateTests(userId: string): Promise<SweatRateTestView[]> {
  const rows = await db().sweatRateTest.findMany({ where: { userId }, select: SELECT, orderBy: [{ date: "desc" }, { createdAt: "desc" }], take: 200 });
  return rows.map(view);
}

/** false when there is no such test of this runner (another runner's id included). */
export async function deleteSweatRateTest(userId: string, id: string): Promise<boolean> {
  const { count } = await db().sweatRateTest.deleteMany({ where: { id, userId } });
  return count === 1;
}
