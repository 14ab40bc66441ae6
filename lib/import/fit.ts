import { Decoder, Stream } from "@garmin/fitsdk";
import { ImportError } from "./errors";
import { fitActivity, recordStats, type FitPoint, type FitSummary } from "./fit-activity";
import { MAX_FIT_MESSAGES_TEXT, SCALE, decodeFit, pointOf, sportWordsOf, summaryOf, type Damage } from "./fit-decode";
import type { RawActivity } from "./types";

export { MAX_FIT_MESSAGES, isFitHeader } from "./fit-decode";

function damageWarning(damage: Damage): string | null {
  if (damage === "truncated") return "This file is damaged (it ends early), so only its summary was used for the totals.";
  if (damage === "crc") return "This file is damaged (its checksum does not match), so only its summary was used for the totals.";
  if (damage === "invalid") return "This file is damaged (part of it cannot be read), so only its summary was used for the totals.";
  return null;
}

/** A damaged file's last records can be garbage (a timestamp decades away): keep those moving forward by less than a day. */
function saneRecords(points: FitPoint[]): FitPoint[] {
  const kept: FitPoint[] = [];
  let prev: number | null = null;
  for (const p of points) {
    if (p.ts !== null && prev !== null && (p.ts < prev || p.ts - prev > 86_400)) continue;
    if (p.ts !== null) prev = p.ts;
    kept.push(p);
  }
  return kept;
}

/**
 * Every activity in a FIT file: one per session (multisport legs, runs "continued later"),
 * or one from the records (with lap totals only when there are no records) for a file
 * without a session. Records are split between sessions by start time. Throws ImportError:
 * "too-large" over MAX_FIT_MESSAGES, "corrupt" when nothing readable is left, "unsupported"
 * for compressed-timestamp files without a summary, "no-activity" for an empty file.
 */
export function parseFit(bytes: Uint8Array): RawActivity[] {
  const decoded = decodeFit(bytes);
  if (decoded.tooMany) {
    throw new ImportError("too-large", `This FIT file has more than ${MAX_FIT_MESSAGES_TEXT} messages, more than any activity needs.`);
  }
  if (decoded.damage !== null && decoded.count === 0) {
    throw new ImportError("corrupt", "This FIT file is damaged and holds no readable data.");
  }
  const m = decoded.messages;
  // A session written twice (same start, sport and totals) is one activity, not two.
  const seen = new Set<string>();
  const sessions = (m["sessionMesgs"] ?? [])
    .map((x) => summaryOf(x, SCALE.session))
    .filter((x) => {
      const key = JSON.stringify([x.startTime, x.sport, x.elapsedSec, x.timerSec, x.distanceM]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  const laps = (m["lapMesgs"] ?? []).map((x) => summaryOf(x, SCALE.lap));
  const sportMesg = m["sportMesgs"]?.[0];
  const activityTimer = SCALE.activityTimer(m["activityMesgs"]?.[0]?.["totalTimerTime"]);

  // The SDK stops at the first compressed-timestamp record, so such a track is not read at all.
  const compressed = decoded.compressed;
  let points = compressed ? [] : (m["recordMesgs"] ?? []).map(pointOf);
  const damage = damageWarning(decoded.damage);
  if (damage !== null) points = saneRecords(points);
  const hasTotals = (s: FitSummary) => (s.timerSec ?? 0) > 0 || (s.elapsedSec ?? 0) > 0 || (s.distanceM ?? 0) > 0;

  if (compressed && !sessions.some(hasTotals) && !laps.some(hasTotals)) {
    // A real compact-format file is whole (its CRC matches); random bytes only look like one.
    const whole = damage === null && new Decoder(Stream.fromByteArray(bytes)).checkIntegrity();
    if (!whole) throw new ImportError("corrupt", "This FIT file is damaged and holds no readable summary or track.");
    throw new ImportError(
      "unsupported",
      "This FIT file stores its track in a compact format (compressed timestamps) that cannot be read, and it has no summary to import instead.",
    );
  }
  const ctxBase = {
    damage,
    truncated: decoded.damage === "truncated",
    recordsUnreadable: compressed
      ? "This file stores its track in a compact format (compressed timestamps) that cannot be read, so only its summary was used."
      : null,
  };
  const sportFallback = sportMesg ? [sportWordsOf(sportMesg)] : [];

  // No session: one activity from the records; lap totals only when there are no records.
  if (sessions.length === 0) {
    const stats = recordStats(points, 0, points.length, 0);
    const lapSports = laps.map((l) => l.sport);
    const enoughRecords = stats.firstTs !== null && stats.lastTs !== null && stats.lastTs > stats.firstTs;
    if (!enoughRecords && !laps.some(hasTotals)) {
      if (damage !== null) {
        throw new ImportError("corrupt", "This FIT file is damaged and too little of it can be read to import. Try exporting it again from your watch or app.");
      }
      if (points.length === 0) {
        throw new ImportError("no-activity", "This FIT file has no recorded activity in it (no summary and no track points).");
      }
    }
    const summary = enoughRecords || laps.length === 0 ? null : sumLaps(laps);
    return [
      fitActivity(summary, stats, {
        ...ctxBase,
        mayRunOn: true,
        activityTimerSec: activityTimer,
        fallbackSport: [...lapSports, ...sportFallback],
      }),
    ];
  }

  // Sessions: records belong to the session whose start is the latest not after them.
  const ordered = sessions
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (a.s.startTime ?? Infinity) - (b.s.startTime ?? Infinity) || a.i - b.i)
    .map(({ s }) => s);
  const timed = ordered.filter((s) => s.startTime !== null);
  const activities: RawActivity[] = [];
  let cursor = 0;
  let base = 0;
  for (const s of ordered) {
    let from = cursor;
    let to = cursor;
    if (s.startTime !== null) {
      const next = timed[timed.indexOf(s) + 1]?.startTime ?? Infinity;
      while (to < points.length && ((points[to]?.ts ?? -Infinity) < next)) to++;
      from = cursor;
      cursor = to;
    }
    const stats = recordStats(points, from, to, base);
    for (let i = to - 1; i >= from; i--) {
      const d = points[i]?.distanceM;
      if (d !== null && d !== undefined) {
        base = d;
        break;
      }
    }
    if (damage !== null && !hasTotals(s) && stats.count < 2) continue; // a damaged leg with nothing readable
    const end = s.startTime !== null ? s.startTime + (Math.max(s.elapsedSec ?? 0, s.timerSec ?? 0) || 0) : null;
    const lapSports = laps
      .filter((l) => l.startTime !== null && s.startTime !== null && l.startTime >= s.startTime && (end === null || l.startTime <= end))
      .map((l) => l.sport);
    activities.push(
      fitActivity(s, stats, {
        ...ctxBase,
        mayRunOn: s === ordered[ordered.length - 1],
        activityTimerSec: sessions.length === 1 ? activityTimer : null,
        fallbackSport: [...lapSports, ...sportFallback],
      }),
    );
  }
  if (activities.length === 0) {
    throw new ImportError(
      "corrupt",
      "This FIT file is damaged and its summary cannot be read, so the activity cannot be imported. Try exporting it again from your watch or app.",
    );
  }
  return activities;
}

/** Laps summed into one summary (a file with laps but neither session nor records). */
function sumLaps(laps: FitSummary[]): FitSummary {
  const sum = (pick: (l: FitSummary) => number | null) =>
    laps.reduce<number | null>((acc, l) => (pick(l) === null ? acc : (acc ?? 0) + (pick(l) ?? 0)), null);
  const starts = laps.map((l) => l.startTime).filter((t): t is number => t !== null);
  let weighted = 0;
  let weight = 0;
  for (const l of laps) {
    const w = l.timerSec ?? l.elapsedSec ?? 0;
    if (l.avgHeartRate !== null && w > 0) {
      weighted += l.avgHeartRate * w;
      weight += w;
    }
  }
  const maxes = laps.map((l) => l.maxHeartRate).filter((v): v is number => v !== null);
  return {
    startTime: starts.length > 0 ? Math.min(...starts) : null,
    hasPosition: laps.some((l) => l.hasPosition),
    sport: laps.find((l) => l.sport.sport !== null)?.sport ?? { sport: null, subSport: null },
    elapsedSec: sum((l) => l.elapsedSec),
    timerSec: sum((l) => l.timerSec),
    distanceM: sum((l) => l.distanceM),
    avgHeartRate: weight > 0 ? Math.round(weighted / weight) : null,
    maxHeartRate: maxes.length > 0 ? Math.max(...maxes) : null,
    ascentM: sum((l) => l.ascentM),
    rpe: null,
  };
}
