import "server-only";
import { db } from "@/lib/db";
import { emptyMassagesText } from "@/lib/calendar/empty-state";
import { addDaysIso, dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { Region, RunKind } from "@/lib/rules";
import { redFlagRegionsOf, type MassageConflict } from "@/lib/rules/conflicts";
import { conflictsOf } from "./conflicts";
import { listMassages, syncProposals, type MassageDay } from "./massages";
import { listRaces, type Race } from "./races";
import { plannedSessions, type PlannedSession } from "./return-to-run";
import type { Runner } from "./users";

export interface CalendarRun {
  id: string;
  date: string;
  distanceM: number;
  durationSec: number;
  kind: RunKind | null;
}

export interface CalendarCrossTraining {
  id: string;
  date: string;
  sport: string;
  durationSec: number;
}

export interface CalendarData {
  today: string;
  runs: CalendarRun[];
  crossTraining: CalendarCrossTraining[];
  races: Race[];
  /** Not dismissed: proposed, accepted, booked, done. */
  massages: MassageDay[];
  conflicts: MassageConflict[];
  redFlagRegions: Region[];
  /** What to say when the range has no massage days (true for the runner's data). */
  emptyMassagesText: string;
  /** Planned return-to-run sessions (issue 15). */
  walkRunSessions: PlannedSession[];
}

/**
 * Everything the calendar shows from … to: first the planner's proposals are brought up to date
 * (so what the runner sees is what is stored and acted on), then runs, cross-training, races and massage days
 * of the range and the conflicts among them. A fixed number of queries, whatever the history.
 */
export async function loadCalendar(runner: Runner, today: string, from: string, to: string): Promise<CalendarData> {
  const { plan } = await syncProposals(runner, today);
  const redFlagRegions = redFlagRegionsOf(plan);
  const [runs, crossTraining, races, massages] = await Promise.all([
    db().run.findMany({
      where: { userId: runner.id, localDate: { gte: dateColumn(from), lte: dateColumn(to) } },
      select: { id: true, localDate: true, distanceM: true, durationSec: true, kind: true },
      orderBy: [{ localDate: "asc" }, { startedAt: "asc" }],
    }),
    db().crossTraining.findMany({
      where: { userId: runner.id, localDate: { gte: dateColumn(from), lte: dateColumn(to) } },
      select: { id: true, localDate: true, sport: true, durationSec: true },
      orderBy: [{ localDate: "asc" }, { startedAt: "asc" }],
    }),
    listRaces(runner.id, { from, to }),
    listMassages(runner, { from, to }),
  ]);
  const conflicts = await conflictsOf(runner.id, today, massages, redFlagRegions);
  const emptyMassagesText = massages.length > 0 ? "" : await emptyText(runner, today, to);
  const walkRunSessions = await plannedSessions(runner.id, from, to);
  return {
    walkRunSessions,
    today,
    runs: runs.map((r) => ({ id: r.id, date: isoDateOfColumn(r.localDate), distanceM: r.distanceM, durationSec: r.durationSec, kind: r.kind })),
    crossTraining: crossTraining.map((c) => ({ id: c.id, date: isoDateOfColumn(c.localDate), sport: c.sport, durationSec: c.durationSec })),
    races,
    massages,
    conflicts,
    redFlagRegions,
    emptyMassagesText,
  };
}

/** Three small lookups, only when the range has no massage day. */
async function emptyText(runner: Runner, today: string, to: string): Promise<string> {
  const [nextMassage, nextRace, longRun] = await Promise.all([
    db().massageSession.findFirst({
      where: { userId: runner.id, date: { gt: dateColumn(to), gte: dateColumn(today) }, status: { not: "dismissed" } },
      select: { date: true, status: true },
      orderBy: [{ date: "asc" }, { id: "asc" }],
    }),
    db().race.findFirst({ where: { userId: runner.id, date: { gte: dateColumn(today) } }, select: { date: true, name: true }, orderBy: [{ date: "asc" }, { id: "asc" }] }),
    db().run.findFirst({
      where: { userId: runner.id, localDate: { gte: dateColumn(addDaysIso(today, -60)) }, OR: [{ kind: "long" }, { durationSec: { gte: 90 * 60 } }] },
      select: { id: true },
    }),
  ]);
  return emptyMassagesText({
    today,
    nextMassage: nextMassage ? { date: isoDateOfColumn(nextMassage.date), status: nextMassage.status } : null,
    nextRace: nextRace ? { date: isoDateOfColumn(nextRace.date), name: nextRace.name } : null,
    hasRecentLongRun: longRun !== null,
    routineSet: runner.massageEveryWeeks > 0,
  });
}
