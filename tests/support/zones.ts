import { localDateOf } from "@/lib/format/dates";

/**
 * A time zone in which `now + aheadMs` is still today (so "later today" can be tested at any
 * hour of the day): the world's zones span 26 hours, so one of these always fits.
 */
export function zoneWhereStillToday(aheadMs: number, now = new Date()): string {
  const later = new Date(now.getTime() + aheadMs);
  for (const zone of ["Pacific/Kiritimati", "Asia/Tokyo", "Europe/Berlin", "America/New_York", "Pacific/Honolulu", "Pacific/Pago_Pago"]) {
    if (localDateOf(later, zone) === localDateOf(now, zone)) return zone;
  }
  throw new Error("no zone where that is still today");
}
