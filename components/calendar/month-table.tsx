import Link from "next/link";
import { dayLabel, monthLabel, monthWeeks, WEEKDAYS } from "@/lib/calendar/grid";
import styles from "./calendar.module.css";
import { DayEvents } from "./day-events";
import type { CalendarContent } from "./types";

/**
 * The month as a real table: weekday column headings, one cell per day, today marked. Wide
 * screens only (phones get MonthAgenda). Its ~40 links do not prefetch on view.
 */
export function MonthTable({ anchor, content }: { anchor: string; content: CalendarContent }) {
  const month = anchor.slice(0, 7);
  return (
    <table className={styles.month} aria-labelledby="calendar-title">
      <thead>
        <tr>
          {WEEKDAYS.map((d) => (
            <th key={d.short} scope="col">
              <abbr title={d.long}>{d.short}</abbr>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(anchor).map((week) => (
          <tr key={week[0]}>
            {week.map((date) => {
              const isToday = date === content.today;
              const outside = date.slice(0, 7) !== month;
              return (
                <td
                  key={date}
                  className={[outside ? styles.outside : "", isToday ? styles.today : ""].join(" ")}
                  aria-current={isToday ? "date" : undefined}
                >
                  <Link className={styles.dayNumber} href={`/calendar?view=week&date=${date}`} prefetch={false} aria-label={`${dayLabel(date)}${isToday ? ", today" : ""}: week view`}>
                    {Number(date.slice(8))}
                  </Link>
                  {isToday ? <span className={styles.todayTag}>Today</span> : null}
                  <DayEvents date={date} content={content} detailed={false} />
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export const monthTitle = (anchor: string) => monthLabel(anchor);
