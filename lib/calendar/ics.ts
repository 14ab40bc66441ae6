import "server-only";
import ical, { ICalAlarmType, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { addDaysIso, dateColumn, instantOfLocal } from "@/lib/format/dates";
import { formatDistance, type Units } from "@/lib/format/units";
import type { MassageDepth, Region } from "@/lib/rules";
import { regionName } from "@/lib/rules/wording";
import { addWalkRunSessions, type FeedWalkRunSession } from "./ics-return-to-run";

/**
 * The runner's recovery calendar as iCalendar (RFC 5545), built with ical-generator (escaping,
 * 75-octet line folding and CRLF are the library's job, never string concatenation here).
 *
 * - Races: all-day events (DTSTART;VALUE=DATE, DTEND the next day — DTEND is exclusive).
 * - Accepted, booked and done massage days: all-day, or timed in UTC (…Z) when booked with a
 *   time; both carry a display alarm the evening before, at 19:00 local time.
 * - No "key runs": the app records runs after they happen and keeps no training plan, so the
 *   coming key events it knows are the races (and the massage days planned around them).
 *
 * Alarms: an all-day event starts at local midnight of its (floating) date, so a trigger of
 * −PT5H fires at 19:00 the evening before in whatever zone the calendar app is in. Apple
 * Calendar and Thunderbird honour VALARMs in subscribed feeds (Apple may let the user switch
 * off "alerts from subscribed calendars"); Google Calendar ignores alarms in subscribed feeds and
 * applies its own default notifications — the event still appears. For a timed session the
 * trigger is the duration from 19:00 local the day before to the start.
 *
 * UIDs are "<kind>-<id>@recovery-planner" (the database id), so an edited or moved event keeps
 * its UID and calendar apps update it instead of adding a copy; SEQUENCE is the row's version.
 */
export const EVENING_BEFORE_LOCAL_TIME = "19:00";
const ALL_DAY_ALARM_SECONDS_BEFORE_MIDNIGHT = 5 * 3600; // 24:00 − 19:00
const TIMED_SESSION_MINUTES = 60;

export interface FeedRace {
  id: string;
  name: string;
  date: string;
  distanceM: number;
  priority: "A" | "B" | "C";
  updatedAt: string;
}

export interface FeedMassage {
  id: string;
  date: string;
  depth: MassageDepth;
  regions: Region[];
  status: "accepted" | "booked" | "done";
  reason: string | null;
  therapist: string | null;
  startsAt: string | null;
  place: string | null;
  notes: string | null;
  version: number;
  updatedAt: string;
}

export interface FeedContent {
  units: Units;
  timeZone: string;
  races: readonly FeedRace[];
  massages: readonly FeedMassage[];
  /** Planned return-to-run sessions (issue 15). */
  walkRunSessions?: readonly FeedWalkRunSession[];
  /** Shown as the calendar's name in the app that subscribes. */
  name?: string;
}

const DEPTH_TITLE: Readonly<Record<MassageDepth, string>> = {
  light: "Light massage",
  deep: "Deep tissue massage",
  self: "Self-massage",
};


export function massageTitle(massage: Pick<FeedMassage, "depth" | "regions" | "therapist">): string {
  const regions = massage.regions.length > 0 ? `: ${massage.regions.map(regionName).join(", ")}` : "";
  const who = massage.therapist ? ` with ${massage.therapist}` : "";
  return `${DEPTH_TITLE[massage.depth]}${who}${regions}`;
}

export function raceTitle(race: Pick<FeedRace, "name" | "distanceM">, units: Units): string {
  return `Race: ${race.name} (${formatDistance(race.distanceM, units)})`;
}

export function buildCalendar(content: FeedContent): string {
  const calendar = ical({
    name: content.name ?? "Recovery Planner",
    description: "Races and massage days from Recovery Planner.",
    prodId: { company: "Recovery Planner", product: "Calendar feed", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
    // How often subscribers should refresh (honoured by Apple Calendar and Outlook).
    ttl: 60 * 60,
  });
  // The runner's zone as a hint for the app's display; every time in the feed is a DATE or UTC.
  calendar.x([{ key: "X-WR-TIMEZONE", value: content.timeZone }]);

  for (const race of content.races) {
    calendar.createEvent({
      id: `race-${race.id}@recovery-planner`,
      allDay: true,
      start: dateColumn(race.date),
      end: dateColumn(addDaysIso(race.date, 1)),
      stamp: new Date(race.updatedAt),
      summary: raceTitle(race, content.units),
      description: `Priority ${race.priority} race, ${formatDistance(race.distanceM, content.units)}. No massage on race day; deep tissue only well before.`,
    });
  }

  for (const massage of content.massages) {
    const timed = massage.startsAt !== null;
    const start = timed ? new Date(massage.startsAt!) : dateColumn(massage.date);
    const eveningBefore = instantOfLocal(addDaysIso(massage.date, -1), EVENING_BEFORE_LOCAL_TIME, content.timeZone);
    const description = [
      massage.status === "accepted" ? "Planned (not booked yet)." : massage.status === "done" ? "Done." : "Booked.",
      massage.reason,
      massage.notes ? `Notes: ${massage.notes}` : null,
      "Massage may ease soreness and heavy legs; it is not medical treatment.",
    ]
      .filter((line): line is string => Boolean(line))
      .join("\n");
    const event = calendar.createEvent({
      id: `massage-${massage.id}@recovery-planner`,
      sequence: massage.version,
      allDay: !timed,
      start,
      end: timed ? new Date(start.getTime() + TIMED_SESSION_MINUTES * 60_000) : dateColumn(addDaysIso(massage.date, 1)),
      stamp: new Date(massage.updatedAt),
      summary: massageTitle(massage),
      description,
      location: massage.place ?? null,
      status: massage.status === "accepted" ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
    if (massage.status !== "done") {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: timed ? Math.round((start.getTime() - eveningBefore.getTime()) / 1000) : ALL_DAY_ALARM_SECONDS_BEFORE_MIDNIGHT,
        description: `Tomorrow: ${massageTitle(massage)}`,
      });
    }
  }
  addWalkRunSessions(calendar, content.walkRunSessions ?? [], ALL_DAY_ALARM_SECONDS_BEFORE_MIDNIGHT);
  // RFC 5545 ends every content line with CRLF, the last one too.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
