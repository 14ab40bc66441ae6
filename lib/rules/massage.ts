/**
 * Massage: suggestions for today (after a long run, for sore regions, conflicts with a race)
 * and proposed massage days for the next 14 days. Massage may ease DOMS and perceived fatigue
 * (Dupuy 2018; Guo 2017); it is never claimed to prevent injury. Timing around races follows
 * practitioner consensus with configurable defaults (MassageTiming).
 */
import type { DayNumber } from "./dates";
import type { History, RaceOnDay, RunOnDay, SorenessReading } from "./history";
import {
  MASSAGE_POST_RACE_LOOKBACK_DAYS,
  MASSAGE_PROPOSAL_DAYS,
  MASSAGE_RACE_LOOKAHEAD_DAYS,
  MASSAGE_SORE_MAX,
  MASSAGE_SORE_MIN,
  SOURCES,
  WORKED_REGIONS_AFTER_LONG_RUN,
  type MassageTiming,
} from "./thresholds";
import type { DistanceUnits, MassageDepth, ProposedMassage, Region, Suggestion } from "./types";
import { dateOf, dayCount, dayInWords, distanceInWords, minutes, ratedSpot, regionsInWords, sortedRegions } from "./wording";

export interface MassageContext {
  history: History;
  timing: MassageTiming;
  /** The runner's units, for distances in the wording only. */
  units: DistanceUnits;
  redFlagRegions: ReadonlySet<Region>;
  soreNow: readonly SorenessReading[];
}

const MASSAGE_EVIDENCE = [SOURCES.dupuy2018, SOURCES.guo2017];

/** Deep tissue is off from race − (deepLast − 1) to race + (deepFirst − 1): race − 4 … race + 2 by default. */
export function raceNearDeepMassage(
  day: DayNumber,
  raceDays: ReadonlySet<DayNumber>,
  timing: MassageTiming,
): DayNumber | null {
  for (let offset = -(timing.deepFirstDaysAfterRace - 1); offset <= timing.deepLastDaysBeforeRace - 1; offset++) {
    if (raceDays.has(day + offset)) return day + offset;
  }
  return null;
}

function withoutRedFlags(regions: Iterable<Region>, redFlagRegions: ReadonlySet<Region>): Region[] {
  return sortedRegions([...regions].filter((region) => !redFlagRegions.has(region)));
}

function raceName(race: RaceOnDay | undefined, units: DistanceUnits): string {
  if (race === undefined) return "your race";
  return race.name === undefined ? `your ${distanceInWords(race.distanceKm, units)} race` : `${race.name} (${distanceInWords(race.distanceKm, units)})`;
}

function raceOn(history: History, day: DayNumber): RaceOnDay | undefined {
  return history.races.find((race) => race.day === day);
}

/** The latest long run (or race run) of today or yesterday, if any. */
function recentLongRun(history: History): RunOnDay | undefined {
  let found: RunOnDay | undefined;
  for (const run of history.recentRuns) {
    if (run.isLong && run.day >= history.today - 1 && run.day <= history.today) found = run;
  }
  return found;
}

function afterLongRunSuggestion(context: MassageContext): Suggestion | null {
  const { history, units, redFlagRegions, soreNow } = context;
  const run = recentLongRun(history);
  if (run === undefined) return null;
  const massageDay = run.day + 1;
  if (history.raceDays.has(massageDay)) return null; // no massage on a race day
  const wanted = [...WORKED_REGIONS_AFTER_LONG_RUN, ...soreNow.filter((reading) => reading.level > 0).map((reading) => reading.region)];
  const regions = withoutRedFlags(wanted, redFlagRegions);
  if (regions.length === 0) return null;
  const leftOut = sortedRegions(wanted.filter((region) => redFlagRegions.has(region)));
  const what = run.kind === "race" ? "race" : run.kind === "long" ? "long run" : `${minutes(run.durationMin)} run`;
  return {
    id: "massage/after-long-run",
    kind: "massage",
    priority: "medium",
    title: `Light or self-massage ${dayInWords(massageDay, history.today)} after your ${what}`,
    detail:
      `${dayInWords(massageDay, history.today).replace(/^./, (c) => c.toUpperCase())}: 15–20 minutes of light massage or self-massage ` +
      `(foam roller, massage ball) on your ${regionsInWords(regions)}. Gentle, flushing pressure — no deep tissue yet. ` +
      `It may ease soreness and the feeling of heavy legs.` +
      (leftOut.length > 0 ? ` Leave out your ${regionsInWords(leftOut)} until the red flag there has been checked.` : ""),
    regions,
    because: [
      `Your ${distanceInWords(run.distanceKm, units)} ${what} (${minutes(run.durationMin)}) on ${dateOf(run.day)}.`,
      ...soreNow
        .filter((reading) => reading.level > 0 && !redFlagRegions.has(reading.region))
        .map(ratedSpot),
    ],
    evidence: [...MASSAGE_EVIDENCE, SOURCES.massageTiming],
  };
}

function soreRegionsSuggestion(context: MassageContext): Suggestion | null {
  const { history, redFlagRegions, soreNow } = context;
  if (history.raceDays.has(history.today)) return null; // no massage on race day
  const sore = soreNow.filter(
    (reading) =>
      reading.level >= MASSAGE_SORE_MIN &&
      reading.level <= MASSAGE_SORE_MAX &&
      !reading.sharp &&
      !redFlagRegions.has(reading.region),
  );
  if (sore.length === 0) return null;
  const regions = sortedRegions(sore.map((reading) => reading.region));
  return {
    id: "massage/sore-regions",
    kind: "massage",
    priority: "medium",
    title: `Light or self-massage for your sore ${regionsInWords(regions)}`,
    detail:
      `Today or tomorrow: 10–15 minutes of light massage or self-massage (foam roller or ball, gentle pressure) on your ${regionsInWords(regions)}. ` +
      `Massage may ease this kind of soreness, most in the first 1–3 days after a run. No deep tissue while it is sore.`,
    regions,
    because: sore.map(ratedSpot),
    evidence: MASSAGE_EVIDENCE,
  };
}

function preRaceWindowSuggestion(context: MassageContext): Suggestion | null {
  const { history, timing, units } = context;
  const conflicts: string[] = [];
  const regions = new Set<Region>();
  const moves: string[] = [];
  for (const massage of history.massages) {
    if (!massage.booked || massage.depth !== "deep" || massage.day < history.today) continue;
    const raceDay = raceNearDeepMassage(massage.day, history.raceDays, timing);
    if (raceDay === null) continue;
    const offset = massage.day - raceDay;
    const relation = offset === 0 ? "on the day of" : offset < 0 ? `${dayCount(-offset)} before` : `${dayCount(offset)} after`;
    conflicts.push(
      `Your deep massage booked for ${dateOf(massage.day)} is ${relation} ${raceName(raceOn(history, raceDay), units)} on ${dateOf(raceDay)}.`,
    );
    for (const region of massage.regions) regions.add(region);
    moves.push(
      `move the ${dateOf(massage.day)} session to ${dateOf(raceDay - timing.deepLastDaysBeforeRace)} or earlier, to ${dateOf(raceDay + timing.deepFirstDaysAfterRace)} or later, or make it a light flush`,
    );
  }
  if (conflicts.length === 0) return null;
  return {
    id: "massage/pre-race-window",
    kind: "massage",
    priority: "high",
    title: "A deep massage is booked too close to a race: move it",
    detail:
      `Deep tissue work can leave muscles sore for a day or more. Keep it to ${timing.deepLastDaysBeforeRace} or more days before a race ` +
      `and ${timing.deepFirstDaysAfterRace} or more days after. So: ${moves.join("; ")}.`,
    regions: sortedRegions(regions),
    because: conflicts,
    evidence: [SOURCES.massageTiming, ...MASSAGE_EVIDENCE],
  };
}

export function massageSuggestions(context: MassageContext): Suggestion[] {
  return [preRaceWindowSuggestion(context), afterLongRunSuggestion(context), soreRegionsSuggestion(context)].filter(
    (suggestion): suggestion is Suggestion => suggestion !== null,
  );
}

interface Draft {
  day: DayNumber;
  depth: MassageDepth;
  regions: Set<Region>;
  reasons: string[];
}

/**
 * Proposed massage days from today to today + 13: never deep from race − 4 to race + 2 (by
 * default), nothing on a race day or a day that already has a massage, nothing deep on a
 * red-flag region. Light sessions are placed first, then deep ones on the free days left.
 */
export function proposeMassageDays(context: MassageContext): ProposedMassage[] {
  const { history, timing, units, redFlagRegions, soreNow } = context;
  const { today, raceDays } = history;
  const lastDay = today + MASSAGE_PROPOSAL_DAYS - 1;
  const drafts = new Map<DayNumber, Draft>();
  const legs = withoutRedFlags(WORKED_REGIONS_AFTER_LONG_RUN, redFlagRegions);
  const stillSore = withoutRedFlags(
    soreNow.filter((reading) => reading.level >= MASSAGE_SORE_MIN).map((reading) => reading.region),
    redFlagRegions,
  );

  const open = (day: DayNumber): boolean =>
    day >= today && day <= lastDay && !raceDays.has(day) && !history.massageDays.has(day);

  const addLight = (days: DayNumber[], depth: MassageDepth, regions: Region[], reason: string): void => {
    if (regions.length === 0) return;
    for (const day of days) {
      if (!open(day)) continue;
      const draft = drafts.get(day);
      if (draft === undefined) {
        drafts.set(day, { day, depth, regions: new Set(regions), reasons: [reason] });
      } else if (draft.depth !== "deep") {
        for (const region of regions) draft.regions.add(region);
        draft.reasons.push(reason);
        if (depth === "light") draft.depth = "light";
      } else {
        continue;
      }
      return;
    }
  };

  const addDeep = (days: DayNumber[], regions: Region[], reason: string): void => {
    if (regions.length === 0) return;
    const day = days.find((candidate) => open(candidate) && !drafts.has(candidate) && raceNearDeepMassage(candidate, raceDays, timing) === null);
    if (day !== undefined) drafts.set(day, { day, depth: "deep", regions: new Set(regions), reasons: [reason] });
  };

  const range = (from: DayNumber, to: DayNumber): DayNumber[] => {
    const days: DayNumber[] = [];
    for (let day = from; day <= to; day++) days.push(day);
    return days;
  };

  const racesWithAftermath = history.races.filter((race) => race.day >= today - MASSAGE_POST_RACE_LOOKBACK_DAYS && race.day <= lastDay);
  const comingRaces = history.races.filter((race) => race.day > today && race.day <= today + MASSAGE_RACE_LOOKAHEAD_DAYS);

  for (const race of racesWithAftermath) {
    addLight(
      range(race.day + timing.lightFirstDaysAfterRace, race.day + timing.deepFirstDaysAfterRace - 1),
      "light",
      sortedRegions([...legs, ...stillSore]),
      `Light flush ${timing.lightFirstDaysAfterRace}–${timing.deepFirstDaysAfterRace - 1} days after ${raceName(race, units)} on ${dateOf(race.day)}: it may ease post-race soreness; no deep work until ${dateOf(race.day + timing.deepFirstDaysAfterRace)}.`,
    );
  }
  for (const race of comingRaces) {
    addLight(
      [race.day - timing.lightDaysBeforeRace],
      "light",
      legs,
      `Light flush ${timing.lightDaysBeforeRace} days before ${raceName(race, units)} on ${dateOf(race.day)}: loosens the legs without leaving them sore on race day.`,
    );
  }
  const longRun = recentLongRun(history);
  if (longRun !== undefined) {
    addLight(
      [longRun.day + 1],
      "self",
      sortedRegions([...legs, ...withoutRedFlags(soreNow.filter((r) => r.level > 0).map((r) => r.region), redFlagRegions)]),
      `Light or self-massage the day after your ${distanceInWords(longRun.distanceKm, units)} run of ${dateOf(longRun.day)}: it may ease soreness and heavy legs.`,
    );
  }
  for (const race of comingRaces) {
    const deepAlreadyBooked = history.massages.some(
      (massage) =>
        massage.booked &&
        massage.depth === "deep" &&
        massage.day >= race.day - timing.deepEarliestDaysBeforeRace &&
        massage.day <= race.day - timing.deepLastDaysBeforeRace,
    );
    if (deepAlreadyBooked) continue;
    addDeep(
      range(race.day - timing.deepEarliestDaysBeforeRace, race.day - timing.deepLastDaysBeforeRace),
      legs,
      `Deep tissue ${timing.deepLastDaysBeforeRace}–${timing.deepEarliestDaysBeforeRace} days before ${raceName(race, units)} on ${dateOf(race.day)}: late enough to help, early enough for any soreness to settle. Keep the next day easy (no hard session within 24–36 h).`,
    );
  }
  for (const race of racesWithAftermath) {
    if (race.day > today || stillSore.length === 0) continue;
    const from = Math.max(today, race.day + timing.deepFirstDaysAfterRace);
    addDeep(
      range(from, from + 3),
      stillSore,
      `Deep tissue from ${timing.deepFirstDaysAfterRace} days after ${raceName(race, units)} on ${dateOf(race.day)}, because your ${regionsInWords(stillSore)} ${stillSore.length === 1 ? "is" : "are"} still sore.`,
    );
  }

  return [...drafts.values()]
    .sort((a, b) => a.day - b.day)
    .map((draft) => ({
      date: dateOf(draft.day),
      depth: draft.depth,
      regions: sortedRegions(draft.regions),
      reason: draft.reasons.join(" "),
    }));
}
