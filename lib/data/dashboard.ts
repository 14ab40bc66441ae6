import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn, localTimeOf } from "@/lib/format/dates";
import {
  planRecovery,
  PlanInputError,
  daysBetween,
  type ISODate,
  type MassageDepth,
  type PlanInput,
  type RacePriority,
  type RecoveryPlan,
  type Region,
} from "@/lib/rules";
import { loadSeries, type LoadDay } from "@/lib/charts/load";
import { sorenessHeatmap, sorenessNow, type SorenessHeatmap, type SorenessNow } from "@/lib/charts/soreness";
import { weeklyDistance, type WeekDistance } from "@/lib/charts/weekly-distance";
import { PLAN_FUTURE_EVENT_DAYS, PLAN_PAST_EVENT_DAYS, PLAN_RUN_WINDOW_DAYS, PLAN_SORENESS_WINDOW_DAYS, sweatRateLPerH } from "./plan";
import { regionFromDb } from "./regions";
import type { Runner } from "./users";

/** How far ahead the dashboard looks for the next race and massage (the plan itself reads 60 days). */
export const DASHBOARD_LOOKAHEAD_DAYS = 366;

export interface NextRace {
  name: string;
  date: ISODate;
  distanceM: number;
  priority: RacePriority;
  daysAway: number;
}

export interface NextMassage {
  date: ISODate;
  depth: MassageDepth;
  status: "booked" | "accepted" | "proposed";
  regions: Region[];
  therapist: string | null;
  place: string | null;
  /** Local "HH:MM" in the runner's time zone, when a time was booked. */
  time: string | null;
  reason: string | null;
  daysAway: number;
}

export interface Dashboard {
  today: ISODate;
  units: Runner["units"];
  /** null when the stored history could not be planned (never expected; shown as a message). */
  plan: RecoveryPlan | null;
  planInput: PlanInput;
  hasRuns: boolean;
  weeklyDistance: WeekDistance[];
  load: LoadDay[];
  soreness: SorenessHeatmap;
  sorenessNow: SorenessNow[];
  nextRace: NextRace | null;
  /** The next booked or accepted session, from today on. */
  nextMassage: NextMassage | null;
  /** The planner's next proposal (stored or computed today), when it comes before the booked one. */
  nextProposedMassage: NextMassage | null;
}

/**
 * Everything the dashboard shows, in five queries (plus the session check) that read windows of
 * the history, never all of it — so five years of daily runs cost what one week costs. The plan
 * input is exactly what loadPlanInput builds (the same windows and order), read once and reused
 * for the charts.
 */
export async function loadDashboard(runner: Pick<Runner, "id" | "bodyMassKg" | "units" | "timeZone">, today: ISODate): Promise<Dashboard> {
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
      where: { userId, date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(DASHBOARD_LOOKAHEAD_DAYS) } },
      select: { date: true, distanceM: true, name: true, priority: true },
      orderBy: [{ date: "asc" }, { createdAt: "asc" }],
    }),
    db().massageSession.findMany({
      where: {
        userId,
        date: { gte: day(-PLAN_PAST_EVENT_DAYS), lte: day(DASHBOARD_LOOKAHEAD_DAYS) },
        status: { in: ["proposed", "accepted", "booked", "done"] },
      },
      select: { date: true, depth: true, regions: true, status: true, therapist: true, place: true, startsAt: true, reason: true },
      orderBy: [{ date: "asc" }, { startsAt: "asc" }],
    }),
    db().sweatRateTest.findFirst({
      where: { userId },
      orderBy: [{ date: "desc" }, { createdAt: "desc" }],
      select: { massBeforeKg: true, massAfterKg: true, fluidMl: true, urineMl: true, durationSec: true },
    }),
  ]);

  const planHorizon = addDaysIso(today, PLAN_FUTURE_EVENT_DAYS);
  const racesOnDays = races.map((r) => ({ ...r, day: isoDateOfColumn(r.date) }));
  const massagesOnDays = massages.map((m) => ({ ...m, day: isoDateOfColumn(m.date), regions: m.regions.map(regionFromDb) }));

  const planInput: PlanInput = {
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
    races: racesOnDays
      .filter((r) => r.day <= planHorizon)
      .map((r) => ({ date: r.day, distanceKm: r.distanceM / 1000, name: r.name, priority: r.priority })),
    // Accepted proposals count as booked for the rules: the runner means to go.
    massages: massagesOnDays
      .filter((m) => m.day <= planHorizon && m.status !== "proposed")
      .map((m) => ({
        date: m.day,
        depth: m.depth,
        regions: m.regions,
        status: m.status === "done" ? ("done" as const) : ("booked" as const),
      })),
    profile: {
      ...(runner.bodyMassKg !== null ? { bodyMassKg: runner.bodyMassKg } : {}),
      ...(sweatTest ? { sweatRateLPerH: sweatRateLPerH(sweatTest) } : {}),
    },
  };

  let plan: RecoveryPlan | null = null;
  try {
    plan = planRecovery(planInput, { units: runner.units });
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
  }

  const upcomingRace = racesOnDays.find((r) => r.day >= today);
  const nextRace: NextRace | null = upcomingRace
    ? {
        name: upcomingRace.name,
        date: upcomingRace.day,
        distanceM: upcomingRace.distanceM,
        priority: upcomingRace.priority,
        daysAway: daysBetween(today, upcomingRace.day),
      }
    : null;

  const toNextMassage = (m: (typeof massagesOnDays)[number]): NextMassage => ({
    date: m.day,
    depth: m.depth,
    status: m.status === "accepted" || m.status === "proposed" ? m.status : "booked",
    regions: m.regions,
    therapist: m.therapist,
    place: m.place,
    time: m.startsAt ? localTimeOf(m.startsAt, runner.timeZone) : null,
    reason: m.reason,
    daysAway: daysBetween(today, m.day),
  });
  const booked = massagesOnDays.find((m) => m.day >= today && (m.status === "booked" || m.status === "accepted"));
  const storedProposal = massagesOnDays.find((m) => m.day >= today && m.status === "proposed");
  const computed = plan?.massageDays[0];
  const proposalCandidates: NextMassage[] = [
    ...(storedProposal ? [toNextMassage(storedProposal)] : []),
    ...(computed
      ? [
          {
            date: computed.date,
            depth: computed.depth,
            status: "proposed" as const,
            regions: computed.regions,
            therapist: null,
            place: null,
            time: null,
            reason: computed.reason,
            daysAway: daysBetween(today, computed.date),
          },
        ]
      : []),
  ].sort((a, b) => a.date.localeCompare(b.date));
  const firstProposal = proposalCandidates[0];
  const nextMassage = booked ? toNextMassage(booked) : null;

  return {
    today,
    units: runner.units,
    plan,
    planInput,
    hasRuns: runs.length > 0,
    weeklyDistance: weeklyDistance(planInput.runs, today),
    load: loadSeries(planInput.runs, today),
    soreness: sorenessHeatmap(planInput.soreness, today),
    sorenessNow: sorenessNow(planInput.soreness, today),
    nextRace,
    nextMassage,
    nextProposedMassage: firstProposal && (!nextMassage || firstProposal.date < nextMassage.date) ? firstProposal : null,
  };
}
