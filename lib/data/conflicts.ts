import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import { DEFAULT_MASSAGE_TIMING, type Region } from "@/lib/rules";
import { findMassageConflicts, type MassageConflict } from "@/lib/rules/conflicts";
import type { MassageDay } from "./massages";

/** Races this close around a session can make it conflict (the engine's windows, plus race day). */
const RACE_LOOKAROUND_DAYS = Math.max(DEFAULT_MASSAGE_TIMING.deepLastDaysBeforeRace, DEFAULT_MASSAGE_TIMING.deepFirstDaysAfterRace);

/**
 * Conflicts of the given sessions (as the calendar or the API already loaded them) with the
 * runner's races and today's red-flag regions. One query: the races around the sessions' dates.
 */
export async function conflictsOf(
  userId: string,
  today: string,
  massages: readonly MassageDay[],
  redFlagRegions: readonly Region[],
): Promise<MassageConflict[]> {
  const upcoming = massages.filter((m) => m.status !== "dismissed" && m.status !== "done" && m.date >= today);
  if (upcoming.length === 0) return [];
  const first = upcoming.reduce((min, m) => (m.date < min ? m.date : min), upcoming[0]!.date);
  const last = upcoming.reduce((max, m) => (m.date > max ? m.date : max), upcoming[0]!.date);
  const races = await db().race.findMany({
    where: {
      userId,
      date: { gte: dateColumn(addDaysIso(first, -RACE_LOOKAROUND_DAYS)), lte: dateColumn(addDaysIso(last, RACE_LOOKAROUND_DAYS)) },
    },
    select: { date: true, name: true },
  });
  return findMassageConflicts({
    today,
    massages: upcoming.map((m) => ({ id: m.id, date: m.date, depth: m.depth, regions: m.regions, status: m.status as "proposed" | "accepted" | "booked" })),
    races: races.map((r) => ({ date: isoDateOfColumn(r.date), name: r.name })),
    redFlagRegions,
  });
}

/** Conflicts grouped by session id, for showing them on the session itself. */
export function conflictsBySession(conflicts: readonly MassageConflict[]): Map<string, MassageConflict[]> {
  const out = new Map<string, MassageConflict[]>();
  for (const conflict of conflicts) out.set(conflict.massageId, [...(out.get(conflict.massageId) ?? []), conflict]);
  return out;
}
