import { dayLabel, weekDays } from "@/lib/calendar/grid";
import styles from "./calendar.module.css";
import { DayEvents } from "./day-events";
import type { CalendarContent } from "./types";

/** A week as seven days with headings: side by side on wide screens, one under another on phones. */
export function WeekList({ anchor, content }: { anchor: string; content: CalendarContent }) {
  return (
    <ol className={styles.week} aria-labelledby="calendar-title">
      {weekDays(anchor).map((date) => {
        const isToday = date === content.today;
        return (
          <li key={date} className={isToday ? styles.today : undefined} aria-current={isToday ? "date" : undefined}>
            <h3>
              {dayLabel(date)}
              {isToday ? <span className={styles.todayTag}>Today</span> : null}
            </h3>
            <DayEvents date={date} content={content} detailed />
          </li>
        );
      })}
    </ol>
  );
}
