import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { addMonths, monthLabel, shortDayLabel, startOfMonth, startOfWeek, weekDays, monthWeeks } from "@/lib/calendar/grid";
import { loadCalendar } from "@/lib/data/calendar-view";
import { todayFor } from "@/lib/data/plan";
import { addDaysIso } from "@/lib/format/dates";
import { calendarQuerySchema, calendarQueryWasBad } from "@/lib/validation/calendar";
import { CalendarNav } from "@/components/calendar/calendar-nav";
import styles from "@/components/calendar/calendar.module.css";
import { MassageCard } from "@/components/calendar/massage-card";
import { MonthAgenda } from "@/components/calendar/month-agenda";
import { MonthTable } from "@/components/calendar/month-table";
import { WeekList } from "@/components/calendar/week-list";
import { massageIntentAction, type CalendarFlash } from "./actions";

/** After a change that leaves no form to say it on. */
const FLASH: Record<CalendarFlash, string> = {
  dismissed: "Massage day dismissed. The planner will not propose it again.",
  "race-saved": "Race saved: it is on the calendar below.",
};

export const metadata: Metadata = { title: "Calendar" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const href = (view: "month" | "week", date: string) => `/calendar?view=${view}&date=${date}`;

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const runner = await requireUser();
  const raw = await searchParams;
  const query = calendarQuerySchema.parse(raw);
  const badLink = calendarQueryWasBad(raw);
  const flash = typeof raw.done === "string" && raw.done in FLASH ? FLASH[raw.done as CalendarFlash] : null;
  const today = todayFor(runner);
  const anchor = query.date ?? today;
  const view = query.view;

  const days = view === "month" ? monthWeeks(anchor).flat() : weekDays(anchor);
  const from = days[0]!;
  const to = days[days.length - 1]!;
  const data = await loadCalendar(runner, today, from, to);
  const content = { ...data, units: runner.units };

  const title = view === "month" ? monthLabel(anchor) : `Week of ${shortDayLabel(startOfWeek(anchor))}`;
  const links =
    view === "month"
      ? {
          previous: { href: href("month", startOfMonth(addMonths(anchor, -1))), label: "Previous month" },
          next: { href: href("month", startOfMonth(addMonths(anchor, 1))), label: "Next month" },
        }
      : {
          previous: { href: href("week", addDaysIso(startOfWeek(anchor), -7)), label: "Previous week" },
          next: { href: href("week", addDaysIso(startOfWeek(anchor), 7)), label: "Next week" },
        };
  const back = href(view, anchor);
  // The list below the grid: every massage day the grid shows (the chips link to these cards).
  const massages = content.massages;

  return (
    <div className="stack">
      <h1>Calendar</h1>
      <div role="status" aria-live="polite">
        {flash ? <p className="form-message ok">{flash}</p> : null}
        {badLink ? <p className="form-message error">That calendar link was not one we could read, so here is {title} instead.</p> : null}
      </div>
      <div className="actions">
        <Link className="button" href="/calendar/races/new">
          Add a race
        </Link>
        <Link className="button secondary" href={`/calendar/massages/new?date=${anchor >= today ? anchor : today}`}>
          Book a massage
        </Link>
        <Link className="button secondary" href="/calendar/races">
          Your races
        </Link>
      </div>
      <CalendarNav
        view={view}
        links={{ ...links, today: href(view, today), month: href("month", anchor), week: href("week", anchor) }}
      />
      <section aria-labelledby="calendar-title" className="stack">
        <h2 id="calendar-title">{title}</h2>
        <ul className={styles.legend} aria-label="Key">
          <li className={`${styles.chip} ${styles.race}`}>Race</li>
          <li className={`${styles.chip} ${styles.run}`}>Run</li>
          <li className={`${styles.chip} ${styles.proposed}`}>Proposed massage</li>
          <li className={`${styles.chip} ${styles.accepted}`}>Accepted</li>
          <li className={`${styles.chip} ${styles.booked}`}>Booked</li>
          <li className={`${styles.chip} ${styles.done}`}>Done</li>
        </ul>
        {view === "month" ? (
          <>
            <MonthTable anchor={anchor} content={content} />
            <MonthAgenda anchor={anchor} content={content} />
          </>
        ) : (
          <WeekList anchor={anchor} content={content} />
        )}
      </section>
      <section aria-labelledby="massage-days-title" className="stack">
        <h2 id="massage-days-title">
          Massage days {view === "month" ? `from ${shortDayLabel(from)} to ${shortDayLabel(to)}` : "this week"}
        </h2>
        {massages.length === 0 ? (
          <p className="muted">{content.emptyMassagesText}</p>
        ) : (
          <ul className={styles.cards}>
            {massages.map((massage) => (
              <MassageCard
                key={massage.id}
                massage={massage}
                conflicts={content.conflicts.filter((c) => c.massageId === massage.id)}
                action={massageIntentAction}
                back={back}
              />
            ))}
          </ul>
        )}
        <p className="muted">
          Proposals are suggestions: massage may ease soreness and heavy legs, but it does not prevent injury. Add them to your own
          calendar app with the <Link href="/settings/calendar">calendar feed</Link>.
        </p>
      </section>
    </div>
  );
}
