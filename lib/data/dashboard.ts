import "server-only";
import { isoDateOfColumn, localTimeOf } from "@/lib/format/dates";
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
import { sessionLoadsOf } from "@/lib/rules/session-load";
import { sorenessHeatmap, sorenessNow, type SorenessHeatmap, type SorenessNow } from "@/lib/charts/soreness";
import { weeklyDistance, type WeekDistance } from "@/lib/charts/weekly-distance";
import { planInputFrom, planOptionsFor, readHistoryWindows } from "./plan";
import { regionFromDb } from "./regions";
import { wordStoredReason } from "./massages";
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
export async function loadDashboard(runner: Runner, today: ISODate): Promise<Dashboard> {
  const windows = await readHistoryWindows(runner.id, today, DASHBOARD_LOOKAHEAD_DAYS);
  const { runs, races } = windows;
  const racesOnDays = races.map((r) => ({ ...r, day: isoDateOfColumn(r.date) }));
  const massagesOnDays = windows.massages.map((m) => ({ ...m, day: isoDateOfColumn(m.date), regions: m.regions.map(regionFromDb) }));
  const planInput: PlanInput = planInputFrom(windows, runner, today);

  let plan: RecoveryPlan | null = null;
  try {
    plan = planRecovery(planInput, planOptionsFor(runner));
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

  // Stored reasons are data, worded now; the race names come from the races already read (no extra query).
  const wording = { timeZone: runner.timeZone, units: runner.units, today, raceNames: new Map(races.map((r) => [r.id, r.name])) };
  const toNextMassage = (m: (typeof massagesOnDays)[number]): NextMassage => ({
    date: m.day,
    depth: m.depth,
    status: m.status === "accepted" || m.status === "proposed" ? m.status : "booked",
    regions: m.regions,
    therapist: m.therapist,
    place: m.place,
    time: m.startsAt ? localTimeOf(m.startsAt, runner.timeZone) : null,
    reason: wordStoredReason(m, wording),
    daysAway: daysBetween(today, m.day),
  });
  const booked = massagesOnDays.find((m) => m.day >= today && (m.status === "booked" || m.status === "accepted"));
  // The next proposal comes from today's plan, never from a stored copy: a stored proposal is only
  // re-synced when the calendar is opened, so it can still name a region red-flagged since.
  const computed = plan?.massageDays[0];
  const proposalCandidates: NextMassage[] = [
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
    hasRuns: runs.length > 0 || windows.crossTraining.length > 0,
    weeklyDistance: weeklyDistance(planInput.runs, today),
    // Runs and cross-training with the rules' RPE (the runner's, else estimated), so a watch-only
    // runner's chart is not empty and its last point is the plan's load metrics.
    load: loadSeries(
      sessionLoadsOf(planInput).map((s) => ({ date: s.date, durationMin: s.durationMin, rpe: s.effort.rpe, estimated: s.estimated })),
      today,
    ),
    soreness: sorenessHeatmap(planInput.soreness, today),
    sorenessNow: sorenessNow(planInput.soreness, today),
    nextRace,
    nextMassage,
    nextProposedMassage: firstProposal && (!nextMassage || firstProposal.date < nextMassage.date) ? firstProposal : null,
  };
}
