/**
 * One FIT activity (a session, or the whole file when it has none) from its summary
 * message and the records in its time span. Pure; the decoding is in fit.ts.
 *
 * The rule: distance and time always come from the same span. A session is trusted when it
 * has totals and the records do not run on past its end; otherwise the activity is
 * summarised from its records (and the activity message's timer total), with a warning.
 */
import { sportFromText, type SportWords } from "./sport";
import { ElevationGain, HeartRateStats, haversineM, nonNegative } from "./track";
import type { RawActivity } from "./types";

/** FIT date_time values below this are seconds since the device powered on, not dates. */
const FIT_MIN_ABSOLUTE_TIME = 0x10000000;
/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
const FIT_EPOCH_S = 631_065_600;
/** A step between records longer than this is a pause (auto-pause or stop), not moving time. */
export const RECORD_PAUSE_S = 120;

/** A session or lap, scaled to seconds / metres / bpm; sport words already normalised. */
export interface FitSummary {
  startTime: number | null; // FIT date_time seconds
  hasPosition: boolean;
  sport: SportWords;
  elapsedSec: number | null;
  timerSec: number | null;
  distanceM: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  ascentM: number | null;
  rpe: number | null; // 0–10
}

/** One record, scaled: FIT time in s, degrees (null when invalid), bpm, metres. */
export interface FitPoint {
  ts: number | null;
  lat: number | null;
  lon: number | null;
  hr: number | null;
  altitude: number | null;
  distanceM: number | null;
}

export interface RecordStats {
  count: number;
  firstTs: number | null;
  lastTs: number | null;
  /** Sum of steps between records no longer than RECORD_PAUSE_S. */
  movingSec: number;
  /** Record distance field: last value minus the last value before this span (cumulative files). */
  recordDistanceM: number | null;
  gpsDistanceM: number;
  hasGps: boolean;
  hr: HeartRateStats;
  elevation: ElevationGain;
}

/** Statistics over points[from, to); `base` is the record distance before the span (0 if none). */
export function recordStats(points: readonly FitPoint[], from: number, to: number, base: number): RecordStats {
  const hr = new HeartRateStats();
  const elevation = new ElevationGain();
  let firstTs: number | null = null;
  let lastTs: number | null = null;
  let movingSec = 0;
  let lastDistance: number | null = null;
  let gps = 0;
  let hasGps = false;
  let prevLat: number | null = null;
  let prevLon: number | null = null;
  for (let i = from; i < to; i++) {
    const p = points[i];
    if (!p) continue;
    if (p.ts !== null) {
      if (lastTs !== null && p.ts > lastTs && p.ts - lastTs <= RECORD_PAUSE_S) movingSec += p.ts - lastTs;
      if (firstTs === null) firstTs = p.ts;
      if (lastTs === null || p.ts > lastTs) lastTs = p.ts;
    }
    if (p.lat !== null && p.lon !== null) {
      hasGps = true;
      if (prevLat !== null && prevLon !== null) gps += haversineM(prevLat, prevLon, p.lat, p.lon);
      prevLat = p.lat;
      prevLon = p.lon;
    }
    if (p.distanceM !== null) lastDistance = p.distanceM;
    hr.add(p.hr);
    elevation.add(p.altitude);
  }
  const recordDistanceM = lastDistance === null ? null : Math.max(0, lastDistance - (lastDistance >= base ? base : 0));
  return { count: Math.max(0, to - from), firstTs, lastTs, movingSec, recordDistanceM, gpsDistanceM: gps, hasGps, hr, elevation };
}

export interface ActivityContext {
  /** The activity message's total timer time, when the file has one partition only. */
  activityTimerSec: number | null;
  /** Sport words when the session has none: laps in the span, then the sport message. */
  fallbackSport: SportWords[];
  /** Set when the file is damaged: the warning, and whether records may extend the summary. */
  damage: string | null;
  truncated: boolean;
  /** Records could not be read (compressed timestamps): summary only, with this warning. */
  recordsUnreadable: string | null;
  /**
   * Whether records after the session's end may overrule it (a final lap missing from the
   * summary). Only for the file's last session: records between two sessions (a transition
   * the watch did not record as a session) never stretch the earlier one.
   */
  mayRunOn: boolean;
}

function clock(sec: number): string {
  const s = Math.round(sec);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mmss = `${String(m).padStart(h > 0 ? 2 : 1, "0")}:${String(s % 60).padStart(2, "0")}`;
  return h > 0 ? `${h}:${mmss}` : mmss;
}

function chooseSport(own: SportWords | null, fallbacks: SportWords[]): SportWords {
  const all = [own, ...fallbacks].filter((w): w is SportWords => w !== null);
  const specific = all.find((w) => w.sport !== null && w.sport !== "generic");
  const chosen = specific ?? all.find((w) => w.sport !== null) ?? { sport: null, subSport: null };
  const sport = chosen.sport === "generic" ? null : chosen.sport;
  const specificSub = (w: SportWords) => w.subSport !== null && w.subSport !== "generic";
  // A generic sub-sport is filled in from another place that names the same sport.
  const sub = specificSub(chosen) ? chosen : all.find((w) => w.sport === chosen.sport && specificSub(w));
  return { sport, subSport: sub?.subSport ?? null };
}

/** One activity from a session (or null: the file has none) and the records in its span. */
export function fitActivity(s: FitSummary | null, r: RecordStats, ctx: ActivityContext): RawActivity {
  const warnings: string[] = [];
  let elapsed = nonNegative(s?.elapsedSec);
  let timer = nonNegative(s?.timerSec);
  if (elapsed !== null && timer !== null && timer > elapsed + 0.5) {
    warnings.push(
      `The file's moving time (${clock(timer)}) was longer than its elapsed time (${clock(elapsed)}), which cannot be; they were read the other way round.`,
    );
    [elapsed, timer] = [timer, elapsed];
  }
  const startRaw = s?.startTime ?? r.firstTs;
  const length = elapsed ?? timer;
  const sessionEnd = s !== null && startRaw !== null && length !== null ? startRaw + length : null;
  const tolerance = Math.max(30, 0.01 * (length ?? 0));
  const hasTotals = s !== null && ((timer ?? 0) > 0 || (elapsed ?? 0) > 0 || (s.distanceM ?? 0) > 0);
  const recordSpan = r.firstTs !== null && r.lastTs !== null && r.lastTs > r.firstTs ? r.lastTs - r.firstTs : null;
  const runsOn =
    ctx.mayRunOn && hasTotals && ctx.damage === null && sessionEnd !== null && r.lastTs !== null && r.lastTs > sessionEnd + tolerance;
  const fromRecords = ctx.recordsUnreadable === null && recordSpan !== null && (!hasTotals || runsOn);

  let start = startRaw;
  let durationSec: number | null;
  let elapsedSec: number | null;
  let distanceM: number | null;
  const trackDistance = r.recordDistanceM ?? (r.hasGps ? r.gpsDistanceM : null);
  if (fromRecords && r.firstTs !== null && r.lastTs !== null) {
    start = startRaw !== null ? Math.min(startRaw, r.firstTs) : r.firstTs;
    elapsedSec = r.lastTs - start;
    const activityTimer = nonNegative(ctx.activityTimerSec);
    durationSec =
      activityTimer !== null && activityTimer <= elapsedSec + tolerance && activityTimer >= (timer ?? 0)
        ? activityTimer
        : r.movingSec;
    distanceM = trackDistance ?? s?.distanceM ?? null;
    if (runsOn && sessionEnd !== null && startRaw !== null) {
      warnings.push(
        `The file's summary stops at ${clock(sessionEnd - startRaw)} but its track runs on to ${clock(r.lastTs - startRaw)} ` +
          "(a lap missing from the summary), so the distance and time were taken from the track.",
      );
    } else if (ctx.truncated) {
      warnings.push("This file ends early (the watch may have lost power), so it was read up to its last whole record.");
    } else if (ctx.damage !== null) {
      warnings.push("This file is damaged, so it was read up to the last record that makes sense.");
    } else {
      warnings.push("This file has no summary, so the distance and time were worked out from its track.");
    }
  } else {
    elapsedSec = elapsed ?? (ctx.damage === null ? recordSpan : null);
    durationSec = timer ?? elapsedSec;
    distanceM = s?.distanceM ?? (ctx.damage === null && ctx.recordsUnreadable === null ? trackDistance : null);
    if (ctx.recordsUnreadable !== null) warnings.push(ctx.recordsUnreadable);
    else if (ctx.damage !== null) warnings.push(ctx.damage);
  }
  if (durationSec !== null && elapsedSec !== null && durationSec > elapsedSec) durationSec = elapsedSec;

  let startedAt: Date | null = null;
  if (start !== null) {
    if (start >= FIT_MIN_ABSOLUTE_TIME) startedAt = new Date((start + FIT_EPOCH_S) * 1000);
    else warnings.push("The watch's clock was not set when this was recorded, so the file has no date.");
  }
  const useRecordValues = ctx.damage === null || fromRecords;
  const words = chooseSport(s?.sport ?? null, ctx.fallbackSport);
  return {
    format: "fit",
    sport: words.sport,
    subSport: words.subSport,
    rpe: s?.rpe ?? null,
    startedAt,
    durationSec,
    elapsedSec,
    distanceM,
    avgHeartRate: s?.avgHeartRate ?? (useRecordValues ? r.hr.average() : null),
    maxHeartRate: s?.maxHeartRate ?? (useRecordValues ? r.hr.maximum() : null),
    elevationGainM: s?.ascentM ?? (useRecordValues ? r.elevation.result() : null),
    pointCount: r.count,
    hasGps: (s?.hasPosition ?? false) || r.hasGps,
    warnings,
  };
}

/** FIT sport / sub_sport enum names (SDK camelCase) to the app's words. */
export function fitSportWords(sport: string | null, subSport: string | null): SportWords {
  const toWords = (v: string | null) => (v === null ? null : sportFromText(v).sport);
  // Sub-sport names are not sports ("treadmill"), so only snake_case them.
  const sub = subSport === null ? null : subSport.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase();
  return { sport: toWords(sport), subSport: sub };
}
