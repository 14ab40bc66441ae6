import "server-only";
import { db } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { Region, RunKind } from "@/lib/rules";
import { redFlagRegionsOf, type MassageConflict } from "@/lib/rules/conflicts";
import { conflictsOf } from "./conflicts";
import { listMassages, syncProposals, type MassageDay } from "./massages";
import { listRaces, type Race } from "./races";
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
  return {
    today,
    runs: runs.map((r) => ({ id: r.id, date: isoDateOfColumn(r.localDate), distanceM: r.distanceM, durationSec: r.durationSec, kind: r.kind })),
    crossTraining: crossTraining.map((c) => ({ id: c.id, date: isoDateOfColumn(c.localDate), sport: c.sport, durationSec: c.durationSec })),
    races,
    massages,
    conflicts,
    redFlagRegions,
  };
}
