import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn, localDateOf } from "@/lib/format/dates";
import { sweatRateLPerH } from "@/lib/format/sweat-rate";
import type { ISODate, PlanInput } from "@/lib/rules";
import { regionFromDb } from "./regions";
import type { Runner } from "./users";

// The windows the rules read. EWMA with λ = 2/29 leaves a weight of 0.931^180 ≈ 3e-6 on a day
// 180 days back, so older runs cannot change the plan; the other rules look back at most 60 days.
export const PLAN_RUN_WINDOW_DAYS = 180;
export const PLAN_SORENESS_WINDOW_DAYS = 60;
export const PLAN_PAST_EVENT_DAYS = 30;
export const PLAN_FUTURE_EVENT_DAYS = 60;

/** The runner's local "today". */
export function todayFor(runner: Pick<Runner, "timeZone">, now = new Date()): ISODate {
  return localDateOf(now, runner.timeZone);
}

/**
 * Everything planRecovery needs, in five queries that read windows, never the whole history —
 * so a runner with five years of data costs what a runner with five weeks costs.
 */
export async function loadPlanInput(runner: Pick<Runner, "id" | "bodyMassKg">, today: ISODate): Promise<PlanInput> {
  const userId = runner.id;
  const day = (offset: number) => dateColumn(addDaysIso(today, offset));
  const [runs, soreness, races, massages, sweatTest] = await Promise.all([
    db().run.findMany({
      where: { userId, localDate: { gte: day(-PLAN_RUN_WINDOW_DAYS), lte: day(0) } },
      select: { localDate: true, distanceM: true, durationSec: true, rpe: true, kind: true, temperatureC: true },
      orderBy: [{ localDate: "asc" }, { startedAt: "asc" }],
    }),
    db().sorenessEntry.findMany({
      where: { userId, date: { gte: day(-PLAN_SORENESS_WINDOW_DAYS), lte: day(0) } },
      select: { date: true, region: true, side: true, level: true, sharp: true },
      orderBy: [{ date: "asc" }, { updatedAt: "asc" }],
    }),
    db().race.findMany({
      where: { userId, date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(PLAN_FUTURE_EVENT_DAYS) } },
      select: { date: true, distanceM: true, name: true, priority: true },
      orderBy: { date: "asc" },
    }),
    db().massageSession.findMany({
      where: {
        userId,
        date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(PLAN_FUTURE_EVENT_DAYS) },
        status: { in: ["accepted", "booked", "done"] },
      },
      select: { date: true, depth: true, regions: true, status: true },
      orderBy: { date: "asc" },
    }),
    db().sweatRateTest.findFirst({
      where: { userId },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { massBeforeKg: true, massAfterKg: true, fluidMl: true, urineMl: true, durationSec: true },
    }),
  ]);

  return {
    today,
    runs: runs.map((r) => ({
      date: isoDateOfColumn(r.localDate),
      distanceKm: r.distanceM / 1000,
      durationMin: r.durationSec / 60,
      ...(r.rpe !== null ? { rpe: r.rpe } : {}),
      ...(r.kind !== null ? { kind: r.kind } : {}),
      ...(r.temperatureC !== null ? { temperatureC: r.temperatureC } : {}),
    })),
    soreness: soreness.map((s) => ({
      date: isoDateOfColumn(s.date),
      region: regionFromDb(s.region),
      side: s.side,
      level: s.level,
      sharp: s.sharp,
    })),
    races: races.map((r) => ({ date: isoDateOfColumn(r.date), distanceKm: r.distanceM / 1000, name: r.name, priority: r.priority })),
    // Accepted proposals count as booked for the rules: the runner means to go.
    massages: massages.map((m) => ({
      date: isoDateOfColumn(m.date),
      depth: m.depth,
      regions: m.regions.map(regionFromDb),
      status: m.status === "done" ? ("done" as const) : ("booked" as const),
    })),
    profile: {
      ...(runner.bodyMassKg !== null ? { bodyMassKg: runner.bodyMassKg } : {}),
      ...(sweatTest ? { sweatRateLPerH: sweatRateLPerH(sweatTest) } : {}),
    },
  };
}

// The formula is pure and shared with the sweat-rate form and validation (lib/format/sweat-rate.ts).
export { sweatRateLPerH };
