// Units are converted here and in the forms only; the database keeps metres and seconds.
export type Units = "km" | "mi";

export const METRES_PER_MILE = 1609.344;

export function metresPerUnit(units: Units): number {
  return units === "mi" ? METRES_PER_MILE : 1000;
}

/** Distance in the runner's unit, for display ("12.3"). */
export function distanceInUnits(metres: number, units: Units, digits = 1): string {
  return (metres / metresPerUnit(units)).toFixed(digits);
}

export function formatDistance(metres: number, units: Units, digits = 1): string {
  return `${distanceInUnits(metres, units, digits)} ${units}`;
}

/** A distance typed in the runner's unit → whole metres. */
export function metresFromUnits(value: number, units: Units): number {
  return Math.round(value * metresPerUnit(units));
}

/** "1:02:03" or "42:05". */
export function formatDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${String(sec).padStart(2, "0")}` : `${m}:${String(sec).padStart(2, "0")}`;
}

/** Pace per km or per mile, "5:12 /km"; null when it cannot be computed. */
export function formatPace(metres: number, seconds: number, units: Units): string | null {
  if (!(metres > 0) || !(seconds > 0)) return null;
  const perUnit = seconds / (metres / metresPerUnit(units));
  if (!Number.isFinite(perUnit) || perUnit > 99 * 60) return null;
  const m = Math.floor(perUnit / 60);
  let s = Math.round(perUnit % 60);
  let mm = m;
  if (s === 60) {
    mm += 1;
    s = 0;
  }
  return `${mm}:${String(s).padStart(2, "0")} /${units}`;
}

/**
 * Duration typed by a runner: "1:02:03", "42:05" (mm:ss) or "42" / "42.5" (minutes) → seconds.
 * null when it is not a duration.
 */
export function parseDuration(text: string): number | null {
  const t = text.trim();
  if (/^\d+(?:[.,]\d+)?$/.test(t)) return Math.round(Number(t.replace(",", ".")) * 60);
  const m = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/.exec(t);
  if (!m) return null;
  return Number(m[1] ?? 0) * 3600 + Number(m[2]) * 60 + Number(m[3]);
}
