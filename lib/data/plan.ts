import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn, localDateOf } from "@/lib/format/dates";
import { sweatRateLPerH } from "@/lib/format/sweat-rate";
import type { ISODate, PlanInput, PlanOptions } from "@/lib/rules";
import { regionFromDb } from "./regions";
import type { Runner } from "./users";
import { wellnessDayOf } from "./wellness";

// The windows the rules read (runs and cross-training alike). EWMA with λ = 2/29 leaves a weight of 0.931^180 ≈ 3e-6 on a day
// 180 days back, so older runs cannot change the plan; the other rules look back at most 60 days.
export const PLAN_RUN_WINDOW_DAYS = 180;
export const PLAN_SORENESS_WINDOW_DAYS = 60;
export const PLAN_PAST_EVENT_DAYS = 30;
// Races up to 26 weeks ahead get their whole massage plan (lib/rules MASSAGE_RACE_PLAN_DAYS), and
// the sessions after such a race reach a week further.
export const PLAN_FUTURE_EVENT_DAYS = 26 * 7 + 7;

/**
 * planRecovery's options from the runner's settings: every text of the plan in their units (distance,
 * fluid, temperature) and their routine massage cadence.
 */
export function planOptionsFor(
  runner: Pick<Runner, "units" | "fluidUnits" | "temperatureUnits" | "massageEveryWeeks" | "massageWeekday">,
): PlanOptions {
  const everyWeeks = runner.massageEveryWeeks;
  return {
    units: runner.units,
    fluidUnits: runner.fluidUnits,
    temperatureUnits: runner.temperatureUnits,
    ...((everyWeeks === 2 || everyWeeks === 3 || everyWeeks === 4) && runner.massageWeekday !== null
      ? { routineMassage: { everyWeeks, weekday: runner.massageWeekday } }
      : {}),
  };
}
/** The readiness rules look back at most 60 days before today (the HRV baseline, Plews 2013). */
export const PLAN_WELLNESS_WINDOW_DAYS = 60;

/** The runner's local "today". */
export function todayFor(runner: Pick<Runner, "timeZone">, now = new Date()): ISODate {
  return localDateOf(now, runner.timeZone);
}

/**
 * The windows of history the plan (and the dashboard) read, in five queries that never read the
 * whole history — so a runner with five years of data costs what a runner with five weeks costs.
 * Races and massage days are read `lookaheadDays` ahead (the dashboard looks further for its
 * countdowns); every order has a final tie-breaker, so the same data always gives the same plan.
 */
export async function readHistoryWindows(userId: string, today: ISODate, lookaheadDays = PLAN_FUTURE_EVENT_DAYS) {
  const day = (offset: number) => dateColumn(addDaysIso(today, offset));
  const [runs, crossTraining, soreness, races, massages, { sweatTest, wellness }] = await Promise.all([
    db().run.findMany({
      where: { userId, localDate: { gte: day(-PLAN_RUN_WINDOW_DAYS), lte: day(0) } },
      select: { localDate: true, distanceM: true, durationSec: true, rpe: true, kind: true, temperatureC: true, avgHeartRate: true, maxHeartRate: true },
      orderBy: [{ localDate: "asc" }, { startedAt: "asc" }, { id: "asc" }],
    }),
    db().crossTraining.findMany({
      where: { userId, localDate: { gte: day(-PLAN_RUN_WINDOW_DAYS), lte: day(0) } },
      select: { localDate: true, sport: true, durationSec: true, distanceM: true, rpe: true, avgHeartRate: true, maxHeartRate: true },
      orderBy: [{ localDate: "asc" }, { startedAt: "asc" }, { id: "asc" }],
    }),
    db().sorenessEntry.findMany({
      where: { userId, date: { gte: day(-PLAN_SORENESS_WINDOW_DAYS), lte: day(0) } },
      select: { date: true, region: true, side: true, level: true, sharp: true },
      orderBy: [{ date: "asc" }, { updatedAt: "asc" }, { id: "asc" }],
    }),
    db().race.findMany({
      where: { userId, date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(lookaheadDays) } },
      select: { id: true, date: true, distanceM: true, name: true, priority: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    }),
    db().massageSession.findMany({
      where: {
        userId,
        date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(lookaheadDays) },
        status: { in: ["proposed", "accepted", "booked", "done"] },
      },
      select: {
        date: true,
        depth: true,
        regions: true,
        status: true,
        therapist: true,
        place: true,
        startsAt: true,
        reason: true,
        reasonData: true,
        movedFrom: true,
        movedAt: true,
      },
      orderBy: [{ date: "asc" }, { startsAt: "asc" }, { id: "asc" }],
    }),
    sweatTestAndWellness(userId, addDaysIso(today, -PLAN_WELLNESS_WINDOW_DAYS), today),
  ]);
  return { runs, crossTraining, soreness, races, massages, sweatTest, wellness };
}
interface SweatTestRow {
  massBeforeKg: number;
  massAfterKg: number;
  fluidMl: number;
  urineMl: number;
  durationSec: number;
}
interface WellnessRow {
  date: string;
  restingHrBpm: number | null;
  hrvRmssdMs: number | null;
  sleepHours: number | null;
  sleep: number | null;
  stress: number | null;
  fatigue: number | null;
  soreness: number | null;
}

/**
 * The latest sweat-rate test and the check-ins of the wellness window, in ONE round trip (two
 * small reads as JSON sub-selects): Today stays within its budget of 8 queries whatever the
 * history (ARCHITECTURE.md). Dates come back as Date columns, as Prisma gives them.
 */
async function sweatTestAndWellness(userId: string, from: ISODate, to: ISODate) {
  const [row] = await db().$queryRaw<{ sweat: SweatTestRow | null; wellness: WellnessRow[] }[]>`
    SELECT
      (SELECT json_build_object('massBeforeKg', t.mass_before_kg, 'massAfterKg', t.mass_after_kg, 'fluidMl', t.fluid_ml,
                                'urineMl', t.urine_ml, 'durationSec', t.duration_sec)
         FROM sweat_rate_tests t WHERE t.user_id = ${userId}::uuid
         ORDER BY t.date DESC, t.created_at DESC LIMIT 1) AS sweat,
      COALESCE((SELECT json_agg(json_build_object('date', to_char(w.date, 'YYYY-MM-DD'), 'restingHrBpm', w.resting_hr_bpm,
                                'hrvRmssdMs', w.hrv_rmssd_ms, 'sleepHours', w.sleep_hours, 'sleep', w.sleep, 'stress', w.stress,
                                'fatigue', w.fatigue, 'soreness', w.soreness) ORDER BY w.date)
         FROM wellness_entries w WHERE w.user_id = ${userId}::uuid AND w.date >= ${from}::date AND w.date <= ${to}::date), '[]'::json) AS wellness`;
  return {
    sweatTest: row?.sweat ?? null,
    wellness: (row?.wellness ?? []).map((w) => ({ ...w, date: dateColumn(w.date) })),
  };
}

export type HistoryWindows = Awaited<ReturnType<typeof readHistoryWindows>>;

/** What of the runner's settings the plan reads (heart rate and excluded sports may be absent: none). */
export type PlanRunner = Pick<Runner, "bodyMassKg"> & Partial<Pick<Runner, "maxHeartRate" | "loadExcludedSports">>;

/**
 * planRecovery's input from the windows: events up to 60 days ahead; proposals are not plans yet;
 * cross-training of the sports the runner keeps out of their load is left out.
 */
export function planInputFrom(windows: HistoryWindows, runner: PlanRunner, today: ISODate): PlanInput {
  const horizon = addDaysIso(today, PLAN_FUTURE_EVENT_DAYS);
  const { runs, soreness, races, massages, sweatTest, wellness } = windows;
  const excluded = new Set(runner.loadExcludedSports ?? []);
  return {
    today,
    runs: runs.map((r) => ({
      date: isoDateOfColumn(r.localDate),
      distanceKm: r.distanceM / 1000,
      durationMin: r.durationSec / 60,
      ...(r.rpe !== null ? { rpe: r.rpe } : {}),
      ...(r.kind !== null ? { kind: r.kind } : {}),
      ...(r.temperatureC !== null ? { temperatureC: r.temperatureC } : {}),
      ...(r.avgHeartRate !== null ? { avgHeartRate: r.avgHeartRate } : {}),
      ...(r.maxHeartRate !== null ? { maxHeartRate: r.maxHeartRate } : {}),
    })),
    crossTraining: windows.crossTraining
      .filter((c) => !excluded.has(c.sport))
      .map((c) => ({
        date: isoDateOfColumn(c.localDate),
        sport: c.sport,
        durationMin: c.durationSec / 60,
        ...(c.rpe !== null ? { rpe: c.rpe } : {}),
        ...(c.avgHeartRate !== null ? { avgHeartRate: c.avgHeartRate } : {}),
        ...(c.maxHeartRate !== null ? { maxHeartRate: c.maxHeartRate } : {}),
        ...(c.distanceM !== null ? { distanceKm: c.distanceM / 1000 } : {}),
      })),
    soreness: soreness.map((s) => ({
      date: isoDateOfColumn(s.date),
      region: regionFromDb(s.region),
      side: s.side,
      level: s.level,
      sharp: s.sharp,
    })),
    races: races
      .map((r) => ({ date: isoDateOfColumn(r.date), distanceKm: r.distanceM / 1000, name: r.name, priority: r.priority, id: r.id }))
      .filter((r) => r.date <= horizon),
    // Accepted proposals count as booked for the rules: the runner means to go.
    massages: massages
      .filter((m) => m.status !== "proposed" && isoDateOfColumn(m.date) <= horizon)
      .map((m) => ({
        date: isoDateOfColumn(m.date),
        depth: m.depth,
        regions: m.regions.map(regionFromDb),
        status: m.status === "done" ? ("done" as const) : ("booked" as const),
      })),
    profile: {
      ...(runner.bodyMassKg !== null ? { bodyMassKg: runner.bodyMassKg } : {}),
      ...(runner.maxHeartRate !== undefined && runner.maxHeartRate !== null ? { maxHeartRate: runner.maxHeartRate } : {}),
      ...(sweatTest ? { sweatRateLPerH: sweatRateLPerH(sweatTest) } : {}),
    },
    wellness: wellness.map((w) => wellnessDayOf({ ...w, date: isoDateOfColumn(w.date) })),
  };
}

/** Everything planRecovery needs for the runner's day. */
export async function loadPlanInput(runner: Pick<Runner, "id"> & PlanRunner, today: ISODate): Promise<PlanInput> {
  return planInputFrom(await readHistoryWindows(runner.id, today), runner, today);
}

// The formula is pure and shared with the sweat-rate form and validation (lib/format/sweat-rate.ts).
export { sweatRateLPerH };
