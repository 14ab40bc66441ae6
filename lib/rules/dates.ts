/**
 * Pure calendar-day arithmetic on "YYYY-MM-DD" strings. A day is turned into a day number
 * (days since 1970-01-01 in the proleptic Gregorian calendar) with integer arithmetic only:
 * no Date object, no clock, no time zone. The dates are already the runner's local days.
 */
import type { ISODate } from "./types";

/** A day number: whole days since 1970-01-01. */
export type DayNumber = number;

const CHAR_0 = 48;
const CHAR_DASH = 45;

function digitAt(text: string, index: number): number {
  const code = text.charCodeAt(index) - CHAR_0;
  return code >= 0 && code <= 9 ? code : -1;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 for a valid civil date (Hinnant's days-from-civil, integer only). */
export function dayNumberFromParts(year: number, month: number, day: number): DayNumber {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = (month + 9) % 12; // March = 0 … February = 11
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Parses "YYYY-MM-DD" into a day number, or returns null when the text is not exactly that
 * shape or not a real calendar date ("2026-02-30" is null).
 */
export function parseIsoDate(text: unknown): DayNumber | null {
  if (typeof text !== "string" || text.length !== 10) return null;
  if (text.charCodeAt(4) !== CHAR_DASH || text.charCodeAt(7) !== CHAR_DASH) return null;
  const y0 = digitAt(text, 0);
  const y1 = digitAt(text, 1);
  const y2 = digitAt(text, 2);
  const y3 = digitAt(text, 3);
  const m0 = digitAt(text, 5);
  const m1 = digitAt(text, 6);
  const d0 = digitAt(text, 8);
  const d1 = digitAt(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return null;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return dayNumberFromParts(year, month, day);
}

/**
 * Milliseconds since 1970 of a UTC wall-clock time: Date.UTC without its trap — Date.UTC maps the
 * years 0–99 to 1900–1999, this keeps year 50 as year 50. Month is 0-based, as in Date.UTC.
 */
export function utcMilliseconds(year: number, monthIndex: number, day: number, hour = 0, minute = 0, second = 0): number {
  const instant = new Date(0);
  instant.setUTCFullYear(year, monthIndex, day);
  instant.setUTCHours(hour, minute, second, 0);
  return instant.getTime();
}

/**
 * The years a runner's day may fall in: nobody logs a run before 1900 or after 2100, and outside
 * them dates meet edge cases (Postgres has no year 0; Date.UTC maps years 0–99 to the 1900s).
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2100;

/** A real calendar date written "YYYY-MM-DD" in the years EARLIEST_YEAR–LATEST_YEAR. */
export function isIsoDate(text: unknown): text is ISODate {
  if (parseIsoDate(text) === null) return false;
  const year = Number((text as string).slice(0, 4));
  return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}

/** Parses a date already known to be valid (validated input); throws otherwise. */
export function dayNumberOf(text: ISODate): DayNumber {
  const day = parseIsoDate(text);
  if (day === null) throw new RangeError(`Not a calendar date: ${String(text)}`);
  return day;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/** The "YYYY-MM-DD" text of a day number (Hinnant's civil-from-days). */
export function isoDateOf(dayNumber: DayNumber): ISODate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date `days` calendar days after `date` (negative goes back). */
export function addDays(date: ISODate, days: number): ISODate {
  return isoDateOf(dayNumberOf(date) + days);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: ISODate, to: ISODate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}
