import "server-only";
import { ICalAlarmType, type ICalCalendar } from "ical-generator";
import { addDaysIso, dateColumn } from "@/lib/format/dates";
import type { Region, Side } from "@/lib/rules";
import { phaseInWords, regionSideInWords } from "@/lib/rules/return-to-run";

/** A planned walk–run session of a return-to-run programme (issue 15). */
export interface FeedWalkRunSession {
  id: string;
  date: string;
  phase: number;
  region: Region;
  side: Side;
  updatedAt: string;
}

export function walkRunTitle(session: Pick<FeedWalkRunSession, "phase" | "region" | "side">): string {
  return `Return to running (${regionSideInWords(session.region, session.side)}): ${phaseInWords(session.phase)}`;
}

/**
 * All-day events for the planned sessions, UID "walk-run-<id>@recovery-planner", with an alarm
 * the evening before (19:00, as for massage days). Only planned sessions are in the feed: a
 * logged, paused or stopped one drops out at the next refresh.
 */
export function addWalkRunSessions(calendar: ICalCalendar, sessions: readonly FeedWalkRunSession[], alarmSecondsBeforeMidnight: number): void {
  for (const session of sessions) {
    const event = calendar.createEvent({
      id: `walk-run-${session.id}@recovery-planner`,
      allDay: true,
      start: dateColumn(session.date),
      end: dateColumn(addDaysIso(session.date, 1)),
      stamp: new Date(session.updatedAt),
      summary: walkRunTitle(session),
      description:
        "Walk briskly 5 minutes first; run easy and conversational on a flat surface. Afterwards log your pain during (0–10), and the next morning your pain at rest " +
        "and on the single-leg test, in Recovery Planner: that decides the next phase. Sharp pain or pain above 5/10: stop and see a professional.",
    });
    event.createAlarm({ type: ICalAlarmType.display, trigger: alarmSecondsBeforeMidnight, description: `Tomorrow: ${walkRunTitle(session)}` });
  }
}
