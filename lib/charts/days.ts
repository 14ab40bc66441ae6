/**
 * Calendar-day helpers for the chart series. Dates are the runner's local days ("YYYY-MM-DD"),
 * so there is no time zone and no DST here: a day is a day number (days since 1970-01-01).
 */
import { isoDateOf, parseIsoDate, type ISODate } from "@/lib/rules";

export type DayNumber = number;

export function dayOf(date: ISODate): DayNumber {
  const day = parseIsoDate(date);
  if (day === null) throw new RangeError(`Not a calendar date: ${date}`);
  return day;
}

export const dateOfDay = (day: DayNumber): ISODate => isoDateOf(day);

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The Monday that starts the runner's week containing this day. */
export function mondayOf(day: DayNumber): DayNumber {
  return day - weekdayOf(day);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "3 Mar" — short, unambiguous in any locale. */
export function shortDate(date: ISODate): string {
  const month = MONTHS[Number(date.slice(5, 7)) - 1] ?? "";
  return `${Number(date.slice(8, 10))} ${month}`;
}
