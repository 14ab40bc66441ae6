/**
 * Massage: suggestions for today (after a long run, for sore regions, conflicts with a race)
 * and proposed massage days for the next 14 days. Massage may ease DOMS and perceived fatigue
 * (Dupuy 2018; Guo 2017); it is never claimed to prevent injury. Timing around races follows
 * practitioner consensus with configurable defaults (MassageTiming).
 */
import { isoDateOf, type DayNumber } from "./dates";
import type { History, RaceOnDay, RunOnDay, SorenessReading } from "./history";
import {
  MASSAGE_SORE_MAX,
  MASSAGE_SORE_MIN,
  SOURCES,
  WORKED_REGIONS_AFTER_LONG_RUN,
  type MassageTiming,
} from "./thresholds";
import type { Region, RoutineMassage, SuggestionDraft } from "./types";
import { dateOf, dayCount, dayInWords, distanceInWords, minutes, ratedSpot, regionsInWords, sortedRegions, type Voice } from "./wording";

export interface MassageContext {
  history: History;
  timing: MassageTiming;
  /** How the runner wants things written (units, today). */
  voice: Voice;
  /** Routine sessions from the runner's settings, or null. */
  routine: RoutineMassage | null;
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

function raceName(race: RaceOnDay | undefined, voice: Voice): string {
  if (race === undefined) return "your race";
  return race.name === undefined ? `your ${distanceInWords(race.distanceKm, voice.units)} race` : `${race.name} (${distanceInWords(race.distanceKm, voice.units)})`;
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

function afterLongRunSuggestion(context: MassageContext): SuggestionDraft | null {
  const { history, voice, redFlagRegions, soreNow } = context;
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
      `Your ${distanceInWords(run.distanceKm, voice.units)} ${what} (${minutes(run.durationMin)}, ${dayInWords(run.day, history.today)}) worked your ${regionsInWords(withoutRedFlags(WORKED_REGIONS_AFTER_LONG_RUN, redFlagRegions))}.`,
      ...soreNow
        .filter((reading) => reading.level > 0 && !redFlagRegions.has(reading.region))
        .map((reading) => ratedSpot(reading, history.today)),
    ],
    day: isoDateOf(massageDay),
    evidence: [...MASSAGE_EVIDENCE, SOURCES.massageTiming],
  };
}

function soreRegionsSuggestion(context: MassageContext): SuggestionDraft | null {
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
    because: sore.map((reading) => ratedSpot(reading, history.today)),
    evidence: MASSAGE_EVIDENCE,
  };
}

function preRaceWindowSuggestion(context: MassageContext): SuggestionDraft | null {
  const { history, timing, voice } = context;
  const dateOf_ = (day: DayNumber) => dateOf(day, history.today);
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
      `Your deep massage${massage.regions.length > 0 ? ` (${regionsInWords(sortedRegions(massage.regions))})` : ""} booked for ${dateOf_(massage.day)} is ${relation} ${raceName(raceOn(history, raceDay), voice)} on ${dateOf_(raceDay)}.`,
    );
    for (const region of massage.regions) regions.add(region);
    moves.push(
      `move the ${dateOf_(massage.day)} session to ${dateOf_(raceDay - timing.deepLastDaysBeforeRace)} or earlier, to ${dateOf_(raceDay + timing.deepFirstDaysAfterRace)} or later, or make it a light flush`,
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

export function massageSuggestions(context: MassageContext): SuggestionDraft[] {
  // After a long run the light session already covers every sore region: one massage card, not two.
  const afterLongRun = afterLongRunSuggestion(context);
  return [preRaceWindowSuggestion(context), afterLongRun, afterLongRun === null ? soreRegionsSuggestion(context) : null].filter(
    (suggestion): suggestion is SuggestionDraft => suggestion !== null,
  );
}
