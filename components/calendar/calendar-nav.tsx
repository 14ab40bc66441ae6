import Link from "next/link";
import styles from "./calendar.module.css";

export interface CalendarLinks {
  previous: { href: string; label: string };
  next: { href: string; label: string };
  today: string;
  month: string;
  week: string;
}

/** Previous / today / next and the view switch: plain links, so the keyboard and the back button work. */
export function CalendarNav({ view, links }: { view: "month" | "week"; links: CalendarLinks }) {
  return (
    <nav className={styles.nav} aria-label="Calendar">
      <ul>
        <li>
          <Link href={links.previous.href} rel="prev">
            <span aria-hidden="true">←&nbsp;</span>
            {links.previous.label}
          </Link>
        </li>
        <li>
          <Link href={links.today}>Today</Link>
        </li>
        <li>
          <Link href={links.next.href} rel="next">
            {links.next.label}
            <span aria-hidden="true">&nbsp;→</span>
          </Link>
        </li>
      </ul>
      <ul aria-label="View">
        <li>
          <Link href={links.month} aria-current={view === "month" ? "page" : undefined}>
            Month
          </Link>
        </li>
        <li>
          <Link href={links.week} aria-current={view === "week" ? "page" : undefined}>
            Week
          </Link>
        </li>
      </ul>
    </nav>
  );
}
