/**
 * Calendar arithmetic on the runner's local days ("YYYY-MM-DD"): weeks start on Monday (ISO
 * 8601). Pure: no clock, no time zone — the dates are already local days.
 */
import { addDays, dayNumberOf, isoDateOf } from "../rules/dates";

/** 0 = Monday … 6 = Sunday. 1970-01-01 was a Thursday. */
export function weekdayIndex(date: string): number {
  return (((dayNumberOf(date) + 3) % 7) + 7) % 7;
}

export function startOfWeek(date: string): string {
  return addDays(date, -weekdayIndex(date));
}

export function startOfMonth(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** The same day-of-month `months` months later, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const y = year + Math.floor(month / 12);
  const m = ((month % 12) + 12) % 12;
  const first = `${String(y).padStart(4, "0")}-${String(m + 1).padStart(2, "0")}-01`;
  const lastDay = Number(addDays(`${String(y + (m === 11 ? 1 : 0)).padStart(4, "0")}-${String(((m + 1) % 12) + 1).padStart(2, "0")}-01`, -1).slice(8));
  const day = Math.min(Number(date.slice(8)), lastDay);
  return `${first.slice(0, 8)}${String(day).padStart(2, "0")}`;
}

export function daysFrom(first: string, count: number): string[] {
  const start = dayNumberOf(first);
  return Array.from({ length: count }, (_, i) => isoDateOf(start + i));
}

/** The month around `date` as whole weeks, Monday to Sunday (4–6 rows). */
export function monthWeeks(date: string): string[][] {
  const first = startOfMonth(date);
  const last = addDays(addMonths(first, 1), -1);
  const gridStart = startOfWeek(first);
  const gridEnd = addDays(startOfWeek(last), 6);
  const days = daysFrom(gridStart, dayNumberOf(gridEnd) - dayNumberOf(gridStart) + 1);
  const weeks: string[][] = [];
  for (let i = 0; i < days.length; i += 7) weeks.push(days.slice(i, i + 7));
  return weeks;
}

export function weekDays(date: string): string[] {
  return daysFrom(startOfWeek(date), 7);
}

const noon = (date: string) => new Date(`${date}T12:00:00Z`);
const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
const monthTitle = format({ month: "long", year: "numeric" });
const longDay = format({ weekday: "long", day: "numeric", month: "long" });
const shortDay = format({ weekday: "short", day: "numeric", month: "short" });
const longDate = format({ weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** "June 2026" */
export const monthLabel = (date: string) => monthTitle.format(noon(date));
/** "Monday 1 June" */
export const dayLabel = (date: string) => longDay.format(noon(date)).replace(",", "");
/** "Mon 1 Jun" */
export const shortDayLabel = (date: string) => shortDay.format(noon(date)).replace(",", "");
/** "Monday 1 June 2026" */
export const fullDateLabel = (date: string) => longDate.format(noon(date)).replace(",", "");

export const WEEKDAYS = [
  { short: "Mon", long: "Monday" },
  { short: "Tue", long: "Tuesday" },
  { short: "Wed", long: "Wednesday" },
  { short: "Thu", long: "Thursday" },
  { short: "Fri", long: "Friday" },
  { short: "Sat", long: "Saturday" },
  { short: "Sun", long: "Sunday" },
] as const;
