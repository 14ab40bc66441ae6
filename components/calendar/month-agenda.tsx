import Link from "next/link";
import { dayLabel, monthLabel, monthWeeks } from "@/lib/calendar/grid";
import styles from "./calendar.module.css";
import { DayEvents } from "./day-events";
import type { CalendarContent } from "./types";

/**
 * The month as an agenda, for phones (the grid's seven columns are too narrow for words there):
 * each day of the month that holds something, with its runs, cross-training, walk–run sessions,
 * races and massage days in words;
 * today is always listed. The day heading opens the week. Links do not prefetch on view.
 */
export function MonthAgenda({ anchor, content }: { anchor: string; content: CalendarContent }) {
  const month = anchor.slice(0, 7);
  const busy = new Set(
    [...content.runs, ...(content.crossTraining ?? []), ...(content.walkRunSessions ?? []), ...content.races, ...content.massages].map((item) => item.date),
  );
  const days = monthWeeks(anchor)
    .flat()
    .filter((date) => date.slice(0, 7) === month && (busy.has(date) || date === content.today));
  return (
    <div className={styles.agenda}>
      {days.length === 0 ? (
        <p className="muted">Nothing on the calendar in {monthLabel(anchor)}.</p>
      ) : (
        <ol className={styles.agendaDays} aria-label={`${monthLabel(anchor)}, day by day`}>
          {days.map((date) => {
            const isToday = date === content.today;
            return (
              <li key={date} className={isToday ? styles.today : undefined} aria-current={isToday ? "date" : undefined}>
                <h3>
                  <Link href={`/calendar?view=week&date=${date}`} prefetch={false} aria-label={`${dayLabel(date)}${isToday ? ", today" : ""}: week view`}>
                    {dayLabel(date)}
                  </Link>
                  {isToday ? <span className={styles.todayTag}>Today</span> : null}
                </h3>
                <DayEvents date={date} content={content} detailed />
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
