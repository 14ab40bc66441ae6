/**
 * What the calendar says when a range has no massage days — true for the runner's data: it never
 * asks for a race or long runs the runner already has.
 */
import { dateOf, dayNumberOf } from "../rules/dates-words";

export interface EmptyStateFacts {
  today: string;
  /** The first massage day (not dismissed) after the range shown, if any. */
  nextMassage: { date: string; status: string } | null;
  /** The next race from today, if any. */
  nextRace: { date: string; name: string } | null;
  /** A long run (kind long, or 90 minutes or more) in the last 60 days. */
  hasRecentLongRun: boolean;
  /** Routine sessions are set in the settings. */
  routineSet: boolean;
}

export function emptyMassagesText(facts: EmptyStateFacts): string {
  const today = dayNumberOf(facts.today);
  if (facts.nextMassage) {
    const what = facts.nextMassage.status === "proposed" ? "proposed massage day" : "massage day";
    return `None in these days. Your next ${what} is ${dateOf(dayNumberOf(facts.nextMassage.date), today)}.`;
  }
  const asks: string[] = [];
  if (!facts.nextRace) asks.push("add your next race and the planner proposes its massage days at once (up to 26 weeks ahead)");
  if (!facts.hasRecentLongRun) asks.push("log your long runs for a light session the day after");
  if (!facts.routineSet) asks.push("set routine sessions in your settings");
  const start = facts.nextRace
    ? `None planned. ${facts.nextRace.name} on ${dateOf(dayNumberOf(facts.nextRace.date), today)} has no open massage days left (dismissed or taken by sessions you booked).`
    : "None planned.";
  return asks.length === 0 ? `${start} You can book one yourself.` : `${start} To get proposals: ${asks.join("; ")}. You can also book one yourself.`;
}
