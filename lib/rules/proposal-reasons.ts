/**
 * Proposal reasons are data (ProposalReason); this module words them when they are shown, in the
 * runner's units and with dates as a runner says them — so a stored proposal that was moved, a
 * change of units or a renamed race always reads true. Pure: "today" comes in with the voice.
 */
import { dayNumberOf } from "./dates";
import type { ISODate, ProposalReason, RaceRef } from "./types";
import { dayCount, dateOf, distanceInWords, onDay, regionsInWords, type Voice } from "./wording";

/** What the shown session looks like now, when it differs from the proposal. */
export interface ProposalSituation {
  /** The session's date now (after any move). */
  date: ISODate;
  /** Set when the runner moved it: the day it was moved from and the (local) day it was moved on. */
  moved?: { from: ISODate; on: ISODate } | null;
  /** Current race names by race id: a renamed race reads with its new name; a deleted race as gone. */
  raceNames?: ReadonlyMap<string, string | null>;
}

function raceLabel(race: RaceRef, voice: Voice, names: ReadonlyMap<string, string | null> | undefined): string {
  const current = race.id !== undefined && names?.has(race.id) ? names.get(race.id) : race.name;
  const distance = distanceInWords(race.distanceKm, voice.units);
  return current ? `${current} (${distance})` : `your ${distance} race`;
}

/** "Deep tissue 5–7 days before Valencia Marathon (42.2 km) on Sat 12 Dec, in 13 days: …" for one reason. */
export function reasonInWords(why: ProposalReason, voice: Voice, names?: ReadonlyMap<string, string | null>): string {
  const today = voice.today;
  const day = (iso: ISODate) => dateOf(dayNumberOf(iso), today);
  switch (why.rule) {
    case "after-race-light":
      return `Light flush ${why.fromDays}–${why.toDays} days after ${raceLabel(why.race, voice, names)} ${onDay(dayNumberOf(why.race.date), today)}: it may ease post-race soreness; no deep work until ${day(why.deepFromDate)}.`;
    case "before-race-light":
      return `Light flush ${dayCount(why.days)} before ${raceLabel(why.race, voice, names)} ${onDay(dayNumberOf(why.race.date), today)}: loosens the legs without leaving them sore on race day.`;
    case "after-long-run":
      return `Light or self-massage the day after your ${distanceInWords(why.distanceKm, voice.units)} run ${onDay(dayNumberOf(why.runDate), today)}: it may ease soreness and heavy legs.`;
    case "before-race-deep":
      return `Deep tissue ${why.fromDays}–${why.toDays} days before ${raceLabel(why.race, voice, names)} ${onDay(dayNumberOf(why.race.date), today)}: late enough to help, early enough for any soreness to settle. Keep the next day easy (no hard session within 24–36 h).`;
    case "after-race-deep":
      return (
        `Deep tissue again from ${dayCount(why.days)} after ${raceLabel(why.race, voice, names)} ${onDay(dayNumberOf(why.race.date), today)}` +
        (why.soreRegions.length > 0 ? `, because your ${regionsInWords(why.soreRegions)} ${why.soreRegions.length === 1 ? "is" : "are"} still sore.` : ", once the race soreness has settled.")
      );
    case "routine":
      return `Your routine session every ${why.everyWeeks} weeks (settings), placed away from your usual long-run and hard days and from race weeks.`;
  }
}

function raceOf(why: ProposalReason): RaceRef | null {
  return "race" in why ? why.race : null;
}

/** "7 days before Valencia Marathon" / "on race day" / "2 days after …" for a moved session. */
function relationToRace(date: ISODate, race: RaceRef, voice: Voice, names?: ReadonlyMap<string, string | null>): string {
  const offset = dayNumberOf(date) - dayNumberOf(race.date);
  const label = raceLabel(race, voice, names);
  if (offset === 0) return `on the day of ${label}`;
  return offset < 0 ? `${dayCount(-offset)} before ${label}` : `${dayCount(offset)} after ${label}`;
}

/**
 * Every reason of a proposal in words, one sentence each; for a moved session the original
 * reason is kept as what it was planned for, followed by when and from which day it was moved and
 * where it now stands against the race.
 */
export function proposalReasonInWords(why: readonly ProposalReason[], voice: Voice, situation?: ProposalSituation): string {
  const names = situation?.raceNames;
  const sentences = why.map((reason) => reasonInWords(reason, voice, names));
  const moved = situation?.moved;
  if (moved === null || moved === undefined || situation === undefined) return sentences.join(" ");
  const today = voice.today;
  const race = why.map(raceOf).find((found): found is RaceRef => found !== null);
  const now = `You moved it ${onDay(dayNumberOf(moved.on), today)} from ${dateOf(dayNumberOf(moved.from), today)} to ${dateOf(dayNumberOf(situation.date), today)}`;
  const against = race === undefined ? "." : `: it is now ${relationToRace(situation.date, race, voice, names)}.`;
  return `Planned as: ${sentences.join(" ")} ${now}${against}`;
}
