// Day boundaries in the runner's time zone, computed once at the edges (forms, API, import).
// Pure: no clock is read here; callers pass the instant.
import { utcMilliseconds } from "@/lib/rules/dates";

const formatters = new Map<string, Intl.DateTimeFormat>();
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(instant: Date, timeZone: string) {
  const parts: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  };
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** The runner's local calendar day of an instant, "YYYY-MM-DD". */
export function localDateOf(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** The runner's local wall-clock time of an instant, "HH:MM". */
export function localTimeOf(instant: Date, timeZone: string): string {
  const p = zonedParts(instant, timeZone);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** Offset of the zone from UTC at that instant, in minutes (e.g. +60 for Berlin in winter). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const p = zonedParts(instant, timeZone);
  const asUtc = utcMilliseconds(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/**
 * The instant of a local wall-clock time ("YYYY-MM-DD", "HH:MM") in a zone. In a DST gap the
 * time is moved forward by the gap; in an overlap the earlier instant is taken.
 */
export function instantOfLocal(date: string, time: string, timeZone: string): Date {
  const [y, mo, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  const wall = utcMilliseconds(y, mo - 1, d, h, mi);
  // Two passes settle the offset around DST changes.
  let guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  guess = wall - offsetMinutes(new Date(guess), timeZone) * 60_000;
  const earlier = wall - offsetMinutes(new Date(guess - 3_600_000), timeZone) * 60_000;
  if (earlier !== guess && localTimeOf(new Date(earlier), timeZone) === time && localDateOf(new Date(earlier), timeZone) === date) {
    return new Date(Math.min(earlier, guess));
  }
  return new Date(guess);
}

/** "YYYY-MM-DD" → the Date Prisma stores in a DATE column (midnight UTC of that day). */
export function dateColumn(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

/** A DATE column's value back to "YYYY-MM-DD". */
export function isoDateOfColumn(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function addDaysIso(isoDate: string, days: number): string {
  const t = utcMilliseconds(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10)));
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
