/**
 * Conflicts in a runner's massage schedule, found where they happen: deep tissue inside a race
 * window, any massage on race day, deep work on a region with a red flag, two sessions on one
 * day. Pure: the schedule, the races, the red-flag regions and "today" come in as data. The race
 * window is the engine's own (raceNearDeepMassage with the same MassageTiming), so the planner
 * and the warnings can never disagree about a date.
 */
import { dayNumberOf, parseIsoDate, type DayNumber } from "./dates";
import { raceNearDeepMassage } from "./massage";
import { DEFAULT_MASSAGE_TIMING, SOURCES, type MassageTiming } from "./thresholds";
import type { ISODate, MassageDepth, RecoveryPlan, Region } from "./types";
import { dateOf, dayCount, regionsInWords } from "./wording";

export type ConflictKind = "deep-in-race-window" | "massage-on-race-day" | "deep-on-red-flag" | "two-on-one-day";

export interface ScheduledMassage {
  id: string;
  date: ISODate;
  depth: MassageDepth;
  /** Empty: the whole body (or not said). */
  regions: readonly Region[];
  status: "proposed" | "accepted" | "booked" | "done";
}

export interface ScheduledRace {
  date: ISODate;
  name?: string;
}

export interface MassageConflict {
  massageId: string;
  date: ISODate;
  kind: ConflictKind;
  /** What is wrong and what to do, in the runner's words. */
  message: string;
}

export interface ConflictInput {
  today: ISODate;
  massages: readonly ScheduledMassage[];
  races: readonly ScheduledRace[];
  /** Regions with a red flag now (see-professional suggestions of today's plan). */
  redFlagRegions: readonly Region[];
  timing?: MassageTiming;
}

/** The regions today's plan sends to a professional: no deep work there. */
export function redFlagRegionsOf(plan: Pick<RecoveryPlan, "suggestions">): Region[] {
  const regions = new Set<Region>();
  for (const suggestion of plan.suggestions) {
    if (suggestion.kind === "see-professional") for (const region of suggestion.regions) regions.add(region);
  }
  return [...regions].sort();
}

function raceLabel(race: ScheduledRace | undefined): string {
  return race?.name ? race.name : "your race";
}

const DEPTH_WORDS: Readonly<Record<MassageDepth, string>> = { light: "light massage", deep: "deep tissue massage", self: "self-massage" };

/**
 * Every conflict of the sessions dated today or later that are still to happen (done sessions
 * are history). Sorted by date, then session id, then kind — the same input gives the same list.
 */
export function findMassageConflicts(input: ConflictInput): MassageConflict[] {
  const timing = input.timing ?? DEFAULT_MASSAGE_TIMING;
  const today = dayNumberOf(input.today);
  const raceByDay = new Map<DayNumber, ScheduledRace>();
  for (const race of input.races) {
    const day = parseIsoDate(race.date);
    if (day !== null && !raceByDay.has(day)) raceByDay.set(day, race);
  }
  const raceDays = new Set(raceByDay.keys());
  const redFlags = new Set(input.redFlagRegions);
  const upcoming = input.massages.filter((m) => m.status !== "done" && dayNumberOf(m.date) >= today);
  const byDay = new Map<DayNumber, ScheduledMassage[]>();
  for (const massage of upcoming) {
    const day = dayNumberOf(massage.date);
    byDay.set(day, [...(byDay.get(day) ?? []), massage]);
  }

  const conflicts: MassageConflict[] = [];
  for (const massage of upcoming) {
    const day = dayNumberOf(massage.date);
    const what = DEPTH_WORDS[massage.depth];
    if (raceDays.has(day)) {
      conflicts.push({
        massageId: massage.id,
        date: massage.date,
        kind: "massage-on-race-day",
        message: `This ${what} is on race day (${raceLabel(raceByDay.get(day))}). No massage on race day: move it to ${dateOf(day - timing.lightDaysBeforeRace, today)} (a light flush) or after the race.`,
      });
    } else if (massage.depth === "deep") {
      const raceDay = raceNearDeepMassage(day, raceDays, timing);
      if (raceDay !== null) {
        const offset = day - raceDay;
        const relation = offset < 0 ? `${dayCount(-offset)} before` : `${dayCount(offset)} after`;
        conflicts.push({
          massageId: massage.id,
          date: massage.date,
          kind: "deep-in-race-window",
          message:
            `Deep tissue ${relation} ${raceLabel(raceByDay.get(raceDay))} (${dateOf(raceDay, today)}) can leave your legs sore for the race. ` +
            `Move it to ${dateOf(raceDay - timing.deepLastDaysBeforeRace, today)} or earlier, to ${dateOf(raceDay + timing.deepFirstDaysAfterRace, today)} or later, or make it a light flush.`,
        });
      }
    }
    if (massage.depth === "deep" && redFlags.size > 0) {
      const flagged = massage.regions.length === 0 ? [...redFlags].sort() : massage.regions.filter((region) => redFlags.has(region));
      if (flagged.length > 0) {
        conflicts.push({
          massageId: massage.id,
          date: massage.date,
          kind: "deep-on-red-flag",
          message:
            `Deep work with a red flag on your ${regionsInWords(flagged)}: see a physiotherapist or doctor first. ` +
            `Until then leave that region out, or make it a light session.`,
        });
      }
    }
    const sameDay = byDay.get(day) ?? [];
    if (sameDay.length > 1) {
      conflicts.push({
        massageId: massage.id,
        date: massage.date,
        kind: "two-on-one-day",
        message: `${sameDay.length} massage sessions are planned on ${massage.date}. Keep one, and move or dismiss the other${sameDay.length > 2 ? "s" : ""}.`,
      });
    }
  }
  return conflicts.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.massageId < b.massageId ? -1 : a.massageId > b.massageId ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

/** The evidence behind the race-window rules, for the UI to cite. */
export const CONFLICT_EVIDENCE = [SOURCES.massageTiming] as const;
