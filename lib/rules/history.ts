/**
 * Turns a validated PlanInput into an indexed history, in one linear pass per list: day numbers
 * instead of date strings, daily sRPE loads from the first run to today, the runs of the recent
 * window, race days, and soreness readings keyed by (region, side, day). Rules then read only
 * the windows they need.
 */
import { dayNumberOf, type DayNumber } from "./dates";
import { defaultRunRpe, sessionLoadsOf, type EffortBasis } from "./session-load";
import { LONG_RUN_MIN_MINUTES, RECENT_RUN_WINDOW_DAYS } from "./thresholds";
import {
  REGIONS,
  SIDES,
  type MassageDepth,
  type PlanInput,
  type RacePriority,
  type Region,
  type RunKind,
  type Side,
} from "./types";

export interface RunOnDay {
  day: DayNumber;
  distanceKm: number;
  durationMin: number;
  rpe: number;
  kind: RunKind | undefined;
  temperatureC: number | undefined;
  /** sRPE load: RPE × minutes (Foster 2001). */
  load: number;
  /** Kind long or race, or 90 minutes or more. */
  isLong: boolean;
}

/** A session of the recent window whose load is estimated (no RPE of the runner's own). */
export interface EstimatedSession {
  day: DayNumber;
  isRun: boolean;
  sport: string;
  basis: Exclude<EffortBasis, "rpe">;
  load: number;
}

export interface RaceOnDay {
  day: DayNumber;
  distanceKm: number;
  name: string | undefined;
  priority: RacePriority | undefined;
  /** The stored race's id, when the input had one. */
  id: string | undefined;
}

export interface MassageOnDay {
  day: DayNumber;
  depth: MassageDepth;
  /** Empty when the runner did not say (a whole-body session). */
  regions: Region[];
  booked: boolean;
}

export interface SorenessReading {
  day: DayNumber;
  region: Region;
  side: Side;
  level: number;
  sharp: boolean;
}

export interface History {
  today: DayNumber;
  /** The earliest session (run or cross-training) dated today or before, or null. */
  firstRunDay: DayNumber | null;
  /** Daily sRPE load of runs and cross-training; index 0 is firstRunDay, the last index is today (empty with no session). */
  dailyLoads: Float64Array;
  /** Sessions dated today − 60 … today whose load is estimated, by day. */
  estimatedSessions: EstimatedSession[];
  /** Runs dated today − 60 … today, by day then input order. */
  recentRuns: RunOnDay[];
  /** Days with a race (the races list and runs of kind race), any date. */
  raceDays: ReadonlySet<DayNumber>;
  /** Races from the list and from race runs, by day. */
  races: RaceOnDay[];
  /** All massages, by day then input order. */
  massages: MassageOnDay[];
  /** Days that already have a massage (booked or done). */
  massageDays: ReadonlySet<DayNumber>;
  soreness: SorenessIndex;
}

/** 33 keys: one per region and side. */
export const SORENESS_KEY_COUNT = REGIONS.length * SIDES.length;
const REGION_INDEX = new Map<Region, number>(REGIONS.map((region, index) => [region, index]));
const SIDE_INDEX = new Map<Side, number>(SIDES.map((side, index) => [side, index]));

export function sorenessKey(region: Region, side: Side): number {
  return (REGION_INDEX.get(region) ?? 0) * SIDES.length + (SIDE_INDEX.get(side) ?? 0);
}

export function regionOfKey(key: number): Region {
  return REGIONS[Math.floor(key / SIDES.length)] ?? REGIONS[0];
}

export function sideOfKey(key: number): Side {
  return SIDES[key % SIDES.length] ?? SIDES[0];
}

/** Soreness readings dated today or before; of two on the same day, region and side, the later in the input counts. */
export class SorenessIndex {
  private readonly byKeyAndDay = new Map<number, SorenessReading>();

  add(reading: SorenessReading): void {
    const key = sorenessKey(reading.region, reading.side);
    this.byKeyAndDay.set(reading.day * SORENESS_KEY_COUNT + key, reading);
  }

  on(key: number, day: DayNumber): SorenessReading | undefined {
    return this.byKeyAndDay.get(day * SORENESS_KEY_COUNT + key);
  }

  /** The latest reading of a key dated from `fromDay` to `toDay`, or undefined. */
  latestBetween(key: number, fromDay: DayNumber, toDay: DayNumber): SorenessReading | undefined {
    for (let day = toDay; day >= fromDay; day--) {
      const reading = this.on(key, day);
      if (reading !== undefined) return reading;
    }
    return undefined;
  }

  /** The nearest reading before `day`, at most `maxGap` days earlier. */
  previousWithin(key: number, day: DayNumber, maxGap: number): SorenessReading | undefined {
    return this.latestBetween(key, day - maxGap, day - 1);
  }
}

export function defaultRpe(kind: RunKind | undefined): number {
  return defaultRunRpe(kind);
}

export function buildHistory(input: PlanInput): History {
  const today = dayNumberOf(input.today);
  const runDays = new Float64Array(input.runs.length);
  let firstRunDay: DayNumber | null = null;
  const raceDays = new Set<DayNumber>();
  const races: RaceOnDay[] = [];

  for (let index = 0; index < input.runs.length; index++) {
    const run = input.runs[index]!;
    const day = dayNumberOf(run.date);
    runDays[index] = day;
    if (day <= today && (firstRunDay === null || day < firstRunDay)) firstRunDay = day;
    if (run.kind === "race") {
      raceDays.add(day);
      races.push({ day, distanceKm: run.distanceKm, name: undefined, priority: undefined, id: undefined });
    }
  }

  // Runs first, then cross-training, each in input order (sessionLoadsOf's order).
  const sessions = sessionLoadsOf(input);
  const sessionDays = sessions.map((session, index) => (index < input.runs.length ? runDays[index]! : dayNumberOf(session.date)));
  for (const day of sessionDays) if (day <= today && (firstRunDay === null || day < firstRunDay)) firstRunDay = day;

  const dailyLoads = new Float64Array(firstRunDay === null ? 0 : today - firstRunDay + 1);
  const recentRuns: RunOnDay[] = [];
  const estimatedSessions: EstimatedSession[] = [];
  const recentFrom = today - RECENT_RUN_WINDOW_DAYS;
  for (let index = 0; index < sessions.length; index++) {
    const day = sessionDays[index]!;
    if (day > today || firstRunDay === null) continue;
    const session = sessions[index]!;
    const { load } = session;
    const slot = day - firstRunDay;
    dailyLoads[slot] = (dailyLoads[slot] ?? 0) + load;
    if (day >= recentFrom && session.effort.basis !== "rpe") {
      estimatedSessions.push({ day, isRun: session.isRun, sport: session.sport, basis: session.effort.basis, load });
    }
    // Cross-training counts in the load only: never in running distance, spikes or weekly increase.
    if (!session.isRun) continue;
    const run = input.runs[index]!;
    const rpe = session.effort.rpe;
    if (day >= recentFrom) {
      recentRuns.push({
        day,
        distanceKm: run.distanceKm,
        durationMin: run.durationMin,
        rpe,
        kind: run.kind,
        temperatureC: run.temperatureC,
        load,
        isLong: run.kind === "long" || run.kind === "race" || run.durationMin >= LONG_RUN_MIN_MINUTES,
      });
    }
  }
  recentRuns.sort((a, b) => a.day - b.day);
  estimatedSessions.sort((a, b) => a.day - b.day);

  for (const race of input.races) {
    const day = dayNumberOf(race.date);
    raceDays.add(day);
    races.push({ day, distanceKm: race.distanceKm, name: race.name, priority: race.priority, id: race.id });
  }
  // A listed race and a race run on the same day are one race: keep the listed one (it has a name).
  const racesByDay = new Map<DayNumber, RaceOnDay>();
  for (const race of races) {
    const known = racesByDay.get(race.day);
    if (known === undefined || (known.name === undefined && race.name !== undefined)) racesByDay.set(race.day, race);
  }
  const uniqueRaces = [...racesByDay.values()].sort((a, b) => a.day - b.day);

  const massages: MassageOnDay[] = [];
  const massageDays = new Set<DayNumber>();
  for (const massage of input.massages) {
    const day = dayNumberOf(massage.date);
    massageDays.add(day);
    massages.push({
      day,
      depth: massage.depth,
      regions: massage.regions === undefined ? [] : [...new Set(massage.regions)],
      booked: massage.status !== "done",
    });
  }
  massages.sort((a, b) => a.day - b.day);

  const soreness = new SorenessIndex();
  for (const entry of input.soreness) {
    const day = dayNumberOf(entry.date);
    if (day > today) continue;
    soreness.add({ day, region: entry.region, side: entry.side, level: entry.level, sharp: entry.sharp === true });
  }

  return { today, firstRunDay, dailyLoads, estimatedSessions, recentRuns, raceDays, races: uniqueRaces, massages, massageDays, soreness };
}

/** The daily load of a day (0 before the first run or after today). */
export function loadOn(history: History, day: DayNumber): number {
  if (history.firstRunDay === null) return 0;
  return history.dailyLoads[day - history.firstRunDay] ?? 0;
}
