/**
 * The last step for every activity a reader found: clean the numbers, settle the sport
 * words and the run decision (with the pace check), and sort a file's activities by start.
 */
import { fileSaysRun, implausibleRunReason } from "./sport";
import { nonNegative, round3 } from "./track";
import type { ParsedActivity, RawActivity } from "./types";

function cleanNumbers(activity: RawActivity): RawActivity {
  const hr = (v: number | null) => (v !== null && v > 0 ? Math.round(v) : null);
  const startedAt =
    activity.startedAt !== null && Number.isFinite(activity.startedAt.getTime()) ? activity.startedAt : null;
  const rpe = nonNegative(activity.rpe);
  return {
    ...activity,
    startedAt,
    durationSec: round3(nonNegative(activity.durationSec)),
    elapsedSec: round3(nonNegative(activity.elapsedSec)),
    distanceM: round3(nonNegative(activity.distanceM)),
    avgHeartRate: hr(nonNegative(activity.avgHeartRate)),
    maxHeartRate: hr(nonNegative(activity.maxHeartRate)),
    elevationGainM: round3(nonNegative(activity.elevationGainM)),
    rpe: rpe !== null && rpe <= 10 ? Math.round(rpe * 10) / 10 : null,
  };
}

/** One activity: numbers cleaned, `isRun` decided (file's sport, then the pace check). */
export function finaliseActivity(raw: RawActivity): ParsedActivity {
  const a = cleanNumbers(raw);
  const warnings = [...a.warnings];
  let isRun = fileSaysRun({ sport: a.sport, subSport: a.subSport });
  if (isRun) {
    const reason = implausibleRunReason(a.distanceM, a.durationSec);
    if (reason !== null) {
      isRun = false;
      warnings.push(reason);
    }
  }
  return { ...a, isRun, warnings };
}

/** All of a file's activities, finalised, in time order (undated ones keep file order, last). */
export function finaliseAll(raws: RawActivity[]): ParsedActivity[] {
  const done = raws.map(finaliseActivity);
  return done
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const tx = x.a.startedAt?.getTime() ?? Infinity;
      const ty = y.a.startedAt?.getTime() ?? Infinity;
      return tx === ty ? x.i - y.i : tx - ty;
    })
    .map(({ a }) => a);
}
