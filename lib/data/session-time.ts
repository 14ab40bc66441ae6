import "server-only";
import { db } from "@/lib/db";
import { dateColumn, localDateOf, localTimeOf } from "@/lib/format/dates";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { MAX_HEART_RATE_LOOKBACK_DAYS } from "@/lib/rules/thresholds";
import type { Runner } from "./users";

/** A device clock a little ahead of the server's is not a session "in the future". */
export const FUTURE_START_GRACE_MS = 60_000;

/** "That start time (23:30 on 2026-11-29) is later than now in your time zone." */
export function futureStartMessage(startedAt: Date, timeZone: string): string {
  return `That start time (${localTimeOf(startedAt, timeZone)} on ${localDateOf(startedAt, timeZone)}) is later than now in your time zone (${timeZone}). Log a session once it has started.`;
}

/**
 * The local day (a DATE column) of a run or cross-training session that starts at `startedAt`,
 * computed once from the runner's time zone. A start later than `now` (by more than a minute
 * of clock skew) is refused with DomainValidationError("startedAt") — the time, not just the day.
 */
export function localDayOfSession(startedAt: Date, timeZone: string, now = new Date()): Date {
  if (startedAt.getTime() > now.getTime() + FUTURE_START_GRACE_MS) {
    throw new DomainValidationError("startedAt", futureStartMessage(startedAt, timeZone));
  }
  return dateColumn(localDateOf(startedAt, timeZone));
}

/**
 * The maximum heart rate (bpm) that load estimates use: the runner's setting, else the highest
 * heart rate (max, else average) of their runs and cross-training of the last 180 days
 * (MAX_HEART_RATE_LOOKBACK_DAYS); null when none is known. Two aggregate queries.
 */
export async function maxHeartRateOf(runner: Pick<Runner, "id" | "maxHeartRate">, now = new Date()): Promise<number | null> {
  if (runner.maxHeartRate !== null) return runner.maxHeartRate;
  const since = new Date(now.getTime() - MAX_HEART_RATE_LOOKBACK_DAYS * 86_400_000);
  const where = { userId: runner.id, startedAt: { gte: since, lte: now } };
  const [runs, cross] = await Promise.all([
    db().run.aggregate({ where, _max: { maxHeartRate: true, avgHeartRate: true } }),
    db().crossTraining.aggregate({ where, _max: { maxHeartRate: true, avgHeartRate: true } }),
  ]);
  const seen = [runs._max.maxHeartRate, runs._max.avgHeartRate, cross._max.maxHeartRate, cross._max.avgHeartRate].filter(
    (v): v is number => v !== null,
  );
  return seen.length ? Math.max(...seen) : null;
}
