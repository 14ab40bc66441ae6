/**
 * Is this a run a person could have run? Checked at every door a run comes in by (the form, the
 * API, an import), on the stored units (metres, seconds).
 *
 * Hard limits, refused with the field named:
 * - pace faster than 2:00/km — quicker than the 1500 m world record (3:26.00, 2:17/km) kept up;
 * - pace slower than 60:00/km — slower than 1 km/h, standing still rather than running;
 * - a duration over 48 hours — longer than any single-stage race is run in one go.
 * Soft limits, saved only when confirmed in the form and accepted with a `warnings` entry by the API:
 * - pace faster than 3:00/km — elite racing pace (a 2:06 marathon is 2:59/km);
 * - pace slower than 20:00/km — a slow walk (3 km/h).
 */
import { formatDuration } from "../format/units";

export const HARD_FASTEST_PACE_SEC_PER_KM = 120;
export const HARD_SLOWEST_PACE_SEC_PER_KM = 3600;
export const MAX_RUN_DURATION_SEC = 48 * 3600;
export const SOFT_FASTEST_PACE_SEC_PER_KM = 180;
export const SOFT_SLOWEST_PACE_SEC_PER_KM = 1200;

export interface PlausibilityIssue {
  /** The API field: "distanceM" or "durationSec". */
  field: "distanceM" | "durationSec";
  message: string;
}

export interface Plausibility {
  /** Hard limits broken: refuse, naming the fields. */
  errors: PlausibilityIssue[];
  /** Soft limits broken: ask "did you mean…?" (form) or answer with a warning (API). */
  warnings: PlausibilityIssue[];
}

/** "4:05/km" for a pace in seconds per km (mm:ss, or h:mm:ss from an hour on). */
export function paceWords(secPerKm: number): string {
  if (!Number.isFinite(secPerKm)) return "no measurable pace";
  return `${formatDuration(Math.max(0, Math.round(secPerKm)))}/km`;
}

/** Checks a run's distance (m) and duration (s) against the hard and soft limits above. */
export function runPlausibility(run: { distanceM: number; durationSec: number }): Plausibility {
  const errors: PlausibilityIssue[] = [];
  const warnings: PlausibilityIssue[] = [];
  if (run.durationSec > MAX_RUN_DURATION_SEC) {
    errors.push({ field: "durationSec", message: `A run can last at most 48 hours; ${formatDuration(run.durationSec)} is longer. Check the duration.` });
    return { errors, warnings };
  }
  if (!(run.distanceM > 0) || !(run.durationSec > 0)) return { errors, warnings };
  const pace = run.durationSec / (run.distanceM / 1000);
  const is = `${(run.distanceM / 1000).toFixed(2)} km in ${formatDuration(run.durationSec)} is a pace of ${paceWords(pace)}`;
  const both = (message: string) => [
    { field: "distanceM" as const, message },
    { field: "durationSec" as const, message },
  ];
  if (pace < HARD_FASTEST_PACE_SEC_PER_KM) errors.push(...both(`${is}, faster than 2:00/km — faster than anyone runs. Check the distance and the duration.`));
  else if (pace > HARD_SLOWEST_PACE_SEC_PER_KM) errors.push(...both(`${is}, slower than 60:00/km — that is not running. Check the distance and the duration.`));
  else if (pace < SOFT_FASTEST_PACE_SEC_PER_KM) warnings.push(...both(`${is}, faster than 3:00/km (elite racing pace). Did you mean a longer time or a shorter distance?`));
  else if (pace > SOFT_SLOWEST_PACE_SEC_PER_KM) warnings.push(...both(`${is}, slower than 20:00/km (a slow walk). Did you mean a shorter time or a longer distance?`));
  return { errors, warnings };
}

/** The warnings' messages once each (both fields carry the same pace message). */
export function warningMessages(plausibility: Plausibility): string[] {
  return [...new Set(plausibility.warnings.map((w) => w.message))];
}
