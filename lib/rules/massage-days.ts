/**
 * Proposed massage days, with their reasons as data (ProposalReason):
 * - the whole plan of every race up to 26 weeks ahead, at once: the last deep-tissue session
 *   before it (race − 7 … race − 5 by default), a light flush 2 days before, a light session 1–2
 *   days after, deep work again from 3 days after (practitioner consensus, MassageTiming);
 * - a light or self-massage the day after a recent long run (today … today + 13);
 * - routine sessions every 2, 3 or 4 weeks on the runner's weekday (options.routineMassage),
 *   moved off their usual long-run and hard days and kept out of race windows.
 * Never deep from race − 4 to race + 2 (by default), nothing on a race day or a day that already
 * has a massage, nothing deep on a red-flag region.
 */
import { isoDateOf, type DayNumber } from "./dates";
import type { History, RaceOnDay } from "./history";
import { raceNearDeepMassage, type MassageContext } from "./massage";
import { proposalReasonInWords } from "./proposal-reasons";
import {
  MASSAGE_POST_RACE_LOOKBACK_DAYS,
  MASSAGE_PROPOSAL_DAYS,
  MASSAGE_RACE_PLAN_DAYS,
  MASSAGE_ROUTINE_DAYS,
  MASSAGE_ROUTINE_MAX_SHIFT_DAYS,
  MASSAGE_SORE_MIN,
  USUAL_WEEKDAY_LOOKBACK_DAYS,
  USUAL_WEEKDAY_MIN_RUNS,
  WORKED_REGIONS_AFTER_LONG_RUN,
} from "./thresholds";
import type { MassageDepth, ProposalReason, ProposedMassage, RaceRef, Region } from "./types";
import { sortedRegions, weekdayOf } from "./wording";

interface Draft {
  day: DayNumber;
  depth: MassageDepth;
  regions: Set<Region>;
  why: ProposalReason[];
}

function raceRef(race: RaceOnDay): RaceRef {
  return {
    date: isoDateOf(race.day),
    distanceKm: race.distanceKm,
    ...(race.name !== undefined ? { name: race.name } : {}),
    ...(race.id !== undefined ? { id: race.id } : {}),
  };
}

function range(from: DayNumber, to: DayNumber): DayNumber[] {
  const days: DayNumber[] = [];
  for (let day = from; day <= to; day++) days.push(day);
  return days;
}

/** Weekdays (0 = Sunday) with 2+ long runs, or 2+ hard sessions (tempo, intervals, race, RPE ≥ 7), in the last 8 weeks. */
export function usualHardWeekdays(history: History): Set<number> {
  const long = new Map<number, number>();
  const hard = new Map<number, number>();
  for (const run of history.recentRuns) {
    if (run.day < history.today - USUAL_WEEKDAY_LOOKBACK_DAYS) continue;
    const weekday = weekdayOf(run.day);
    if (run.isLong) long.set(weekday, (long.get(weekday) ?? 0) + 1);
    if (run.kind === "tempo" || run.kind === "intervals" || run.kind === "race" || run.rpe >= 7) hard.set(weekday, (hard.get(weekday) ?? 0) + 1);
  }
  const usual = new Set<number>();
  for (const counts of [long, hard]) for (const [weekday, count] of counts) if (count >= USUAL_WEEKDAY_MIN_RUNS) usual.add(weekday);
  return usual;
}

export function proposeMassageDays(context: MassageContext): ProposedMassage[] {
  const { history, timing, voice, redFlagRegions, soreNow, routine } = context;
  const { today, raceDays } = history;
  const withoutRedFlags = (regions: Iterable<Region>) => sortedRegions([...regions].filter((region) => !redFlagRegions.has(region)));
  const drafts = new Map<DayNumber, Draft>();
  const legs = withoutRedFlags(WORKED_REGIONS_AFTER_LONG_RUN);
  const stillSore = withoutRedFlags(soreNow.filter((reading) => reading.level >= MASSAGE_SORE_MIN).map((reading) => reading.region));

  const open = (day: DayNumber, lastDay: DayNumber): boolean =>
    day >= today && day <= lastDay && !raceDays.has(day) && !history.massageDays.has(day);

  const addLight = (days: DayNumber[], lastDay: DayNumber, depth: MassageDepth, regions: Region[], why: ProposalReason): void => {
    if (regions.length === 0) return;
    for (const day of days) {
      if (!open(day, lastDay)) continue;
      const draft = drafts.get(day);
      if (draft === undefined) {
        drafts.set(day, { day, depth, regions: new Set(regions), why: [why] });
      } else if (draft.depth !== "deep") {
        for (const region of regions) draft.regions.add(region);
        draft.why.push(why);
        if (depth === "light") draft.depth = "light";
      } else {
        continue;
      }
      return;
    }
  };

  const addDeep = (days: DayNumber[], lastDay: DayNumber, regions: Region[], why: ProposalReason): boolean => {
    if (regions.length === 0) return false;
    const day = days.find((candidate) => open(candidate, lastDay) && !drafts.has(candidate) && raceNearDeepMassage(candidate, raceDays, timing) === null);
    if (day === undefined) return false;
    drafts.set(day, { day, depth: "deep", regions: new Set(regions), why: [why] });
    return true;
  };

  const raceHorizon = today + MASSAGE_RACE_PLAN_DAYS;
  const afterRaceLast = (race: RaceOnDay) => race.day + timing.deepFirstDaysAfterRace + 3;
  const planned = history.races.filter((race) => race.day >= today - MASSAGE_POST_RACE_LOOKBACK_DAYS && race.day <= raceHorizon);

  for (const race of planned) {
    addLight(
      range(race.day + timing.lightFirstDaysAfterRace, race.day + timing.deepFirstDaysAfterRace - 1),
      afterRaceLast(race),
      "light",
      sortedRegions([...legs, ...(race.day <= today ? stillSore : [])]),
      {
        rule: "after-race-light",
        race: raceRef(race),
        fromDays: timing.lightFirstDaysAfterRace,
        toDays: timing.deepFirstDaysAfterRace - 1,
        deepFromDate: isoDateOf(race.day + timing.deepFirstDaysAfterRace),
      },
    );
  }
  for (const race of planned) {
    if (race.day <= today) continue;
    addLight([race.day - timing.lightDaysBeforeRace], race.day, "light", legs, { rule: "before-race-light", race: raceRef(race), days: timing.lightDaysBeforeRace });
  }
  const longRun = [...history.recentRuns].reverse().find((run) => run.isLong && run.day >= today - 1 && run.day <= today);
  if (longRun !== undefined) {
    addLight(
      [longRun.day + 1],
      today + MASSAGE_PROPOSAL_DAYS - 1,
      "self",
      sortedRegions([...legs, ...withoutRedFlags(soreNow.filter((r) => r.level > 0).map((r) => r.region))]),
      { rule: "after-long-run", runDate: isoDateOf(longRun.day), distanceKm: longRun.distanceKm },
    );
  }
  for (const race of planned) {
    if (race.day <= today) continue;
    const deepAlreadyBooked = history.massages.some(
      (massage) =>
        massage.booked &&
        massage.depth === "deep" &&
        massage.day >= race.day - timing.deepEarliestDaysBeforeRace &&
        massage.day <= race.day - timing.deepLastDaysBeforeRace,
    );
    if (deepAlreadyBooked) continue;
    addDeep(range(race.day - timing.deepEarliestDaysBeforeRace, race.day - timing.deepLastDaysBeforeRace), race.day, legs, {
      rule: "before-race-deep",
      race: raceRef(race),
      fromDays: timing.deepLastDaysBeforeRace,
      toDays: timing.deepEarliestDaysBeforeRace,
    });
  }
  for (const race of planned) {
    // After a past race, deep work only where it is still sore; after a coming one, the legs.
    const regions = race.day <= today ? stillSore : legs;
    if (regions.length === 0) continue;
    const from = Math.max(today, race.day + timing.deepFirstDaysAfterRace);
    addDeep(range(from, from + 3), afterRaceLast(race), regions, {
      rule: "after-race-deep",
      race: raceRef(race),
      days: timing.deepFirstDaysAfterRace,
      soreRegions: race.day <= today ? stillSore : [],
    });
  }

  if (routine !== null && legs.length > 0) {
    const usual = usualHardWeekdays(history);
    // Deep work leaves legs heavy for 24–36 h: not on a usual long-run or hard day, nor the day before one.
    const clashes = (day: DayNumber) => usual.has(weekdayOf(day)) || usual.has(weekdayOf(day + 1));
    const inRaceWindow = (day: DayNumber) =>
      history.races.some((race) => day >= race.day - timing.deepEarliestDaysBeforeRace && day <= race.day + timing.deepFirstDaysAfterRace + 3);
    const nearOther = (day: DayNumber) =>
      history.massages.some((m) => Math.abs(m.day - day) <= MASSAGE_ROUTINE_MAX_SHIFT_DAYS) ||
      [...drafts.keys()].some((d) => Math.abs(d - day) <= MASSAGE_ROUTINE_MAX_SHIFT_DAYS);
    const lastDay = today + MASSAGE_ROUTINE_DAYS - 1;
    // Weeks are counted from a fixed Monday, so the slots do not shift as the days pass.
    for (let monday = today - ((weekdayOf(today) + 6) % 7); monday <= lastDay; monday += 7) {
      if (Math.floor((monday + 3) / 7) % routine.everyWeeks !== 0) continue;
      const slot = monday + ((routine.weekday + 6) % 7);
      if (inRaceWindow(slot)) continue;
      const candidates = [0, 1, -1, 2, -2, 3, -3].slice(0, 2 * MASSAGE_ROUTINE_MAX_SHIFT_DAYS + 1).map((shift) => slot + shift);
      const day = candidates.find(
        (d) => open(d, lastDay) && !nearOther(d) && !clashes(d) && !inRaceWindow(d) && raceNearDeepMassage(d, raceDays, timing) === null,
      );
      if (day !== undefined) drafts.set(day, { day, depth: "deep", regions: new Set(legs), why: [{ rule: "routine", everyWeeks: routine.everyWeeks, weekday: routine.weekday }] });
    }
  }

  return [...drafts.values()]
    .sort((a, b) => a.day - b.day)
    .map((draft) => ({
      date: isoDateOf(draft.day),
      depth: draft.depth,
      regions: sortedRegions(draft.regions),
      reason: proposalReasonInWords(draft.why, voice),
      why: draft.why,
    }));
}
