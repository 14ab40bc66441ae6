import { Decoder, Profile, Stream } from "@garmin/fitsdk";
import { ImportError } from "./errors";
import { buildFitSubset, lastMessageWithField, scanFit, type FitScan } from "./fit-scan";
import { ElevationGain, HeartRateStats, haversineM, isValidPosition, nonNegative } from "./track";
import { snakeWords } from "./sport";
import type { RawActivity } from "./types";

/** FIT date_time values below this are seconds since the device powered on, not dates. */
const FIT_MIN_ABSOLUTE_TIME = 0x10000000;
/** Seconds between the Unix epoch and the FIT epoch (1989-12-31T00:00:00Z). */
const FIT_EPOCH_S = 631_065_600;
const SEMICIRCLE_TO_DEG = 180 / 2 ** 31;

const MESG_SESSION = 18;
const MESG_LAP = 19;
const MESG_RECORD = 20;

const F_TIMESTAMP = 253;
const F_LAT = 0;
const F_LONG = 1;
const F_ALTITUDE = 2;
const F_HEART_RATE = 3;
const F_DISTANCE = 5;
const F_ENHANCED_ALTITUDE = 78;

/**
 * Decoder options, chosen by measurement (bench/fit-import.ts). The importer reads a handful
 * of numeric fields, so everything else is off: sub-field and component expansion,
 * type-to-string and date conversion, unknown data and heart-rate merging cost time for
 * values it never reads. Scale and offset are applied here, from the SDK's own profile
 * table (`scaled`), because the SDK's per-field path for it was the largest single cost
 * left (about a third of the record decode); sport names come from the same profile.
 * `dataOnly`: the stream given to the SDK is the subset written by buildFitSubset, which has
 * no file header; the original header and CRC were checked by scanFit.
 */
const DECODE_OPTIONS = {
  dataOnly: true,
  applyScaleAndOffset: false,
  expandSubFields: false,
  expandComponents: false,
  convertTypesToStrings: false,
  convertDateTimesToDates: false,
  includeUnknownData: false,
  mergeHeartRates: false,
  decodeMemoGlobs: false,
} as const;

/** The fields of session and lap messages the importer reads (names from the SDK profile). */
interface FitSummaryMesg {
  startTime?: number | null;
  startPositionLat?: number | null;
  startPositionLong?: number | null;
  sport?: number | null;
  totalElapsedTime?: number | null;
  totalTimerTime?: number | null;
  totalDistance?: number | null;
  avgHeartRate?: number | null;
  maxHeartRate?: number | null;
  totalAscent?: number | null;
}

interface FitRecordMesg {
  timestamp?: number | null;
  positionLat?: number | null;
  positionLong?: number | null;
  altitude?: number | null;
  enhancedAltitude?: number | null;
  heartRate?: number | null;
  distance?: number | null;
}

interface DecodedSubset {
  sessions: FitSummaryMesg[];
  laps: FitSummaryMesg[];
  records: FitRecordMesg[];
  failed: boolean;
}

function decodeSubset(subset: Uint8Array): DecodedSubset {
  const decoder = new Decoder(Stream.fromByteArray(subset));
  const { messages, errors } = decoder.read(DECODE_OPTIONS);
  // The SDK's declared message types assume its default options (Dates, strings); with the
  // options above the same fields hold plain numbers, as the narrow local types say.
  const m = messages as unknown as {
    sessionMesgs?: FitSummaryMesg[];
    lapMesgs?: FitSummaryMesg[];
    recordMesgs?: FitRecordMesg[];
  };
  return {
    sessions: (m.sessionMesgs ?? []).map((x) => scaleSummary(x, sessionScale)),
    laps: (m.lapMesgs ?? []).map((x) => scaleSummary(x, lapScale)),
    records: m.recordMesgs ?? [],
    failed: errors.length > 0,
  };
}

function num(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Converts a raw field value with the scale and offset the SDK profile gives that field. */
function scaler(mesgNum: number, fieldNum: number): (raw: unknown) => number | null {
  const field = Profile.messages[mesgNum]?.fields[fieldNum];
  const scaleRaw = field?.scale ?? 1;
  const offsetRaw = field?.offset ?? 0;
  const scale = (Array.isArray(scaleRaw) ? scaleRaw[0] : scaleRaw) ?? 1;
  const offset = (Array.isArray(offsetRaw) ? offsetRaw[0] : offsetRaw) ?? 0;
  if (scale === 1 && offset === 0) return num;
  return (raw) => {
    const v = num(raw);
    return v === null ? null : v / scale - offset;
  };
}

const sessionScale = {
  totalElapsedTime: scaler(MESG_SESSION, 7),
  totalTimerTime: scaler(MESG_SESSION, 8),
  totalDistance: scaler(MESG_SESSION, 9),
  totalAscent: scaler(MESG_SESSION, 22),
};
const lapScale = {
  totalElapsedTime: scaler(MESG_LAP, 7),
  totalTimerTime: scaler(MESG_LAP, 8),
  totalDistance: scaler(MESG_LAP, 9),
  totalAscent: scaler(MESG_LAP, 21),
};
const recordAltitude = scaler(MESG_RECORD, F_ALTITUDE);
const recordEnhancedAltitude = scaler(MESG_RECORD, F_ENHANCED_ALTITUDE);
const recordDistance = scaler(MESG_RECORD, F_DISTANCE);

function scaleSummary(m: FitSummaryMesg, s: typeof sessionScale): FitSummaryMesg {
  return {
    ...m,
    totalElapsedTime: s.totalElapsedTime(m.totalElapsedTime),
    totalTimerTime: s.totalTimerTime(m.totalTimerTime),
    totalDistance: s.totalDistance(m.totalDistance),
    totalAscent: s.totalAscent(m.totalAscent),
  };
}

function sportName(value: unknown): string | null {
  if (typeof value !== "number") return null;
  const name = Profile.types["sport"]?.[value];
  return typeof name === "string" ? snakeWords(name) : null;
}

interface Summary {
  startRaw: number | null;
  /** The summary has a valid start position, so the activity was recorded with GPS. */
  hasPosition: boolean;
  sport: string | null;
  timerSec: number | null;
  elapsedSec: number | null;
  distanceM: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  ascentM: number | null;
}

function sumOf(mesgs: FitSummaryMesg[], pick: (m: FitSummaryMesg) => unknown): number | null {
  let total: number | null = null;
  for (const m of mesgs) {
    const v = nonNegative(pick(m));
    if (v !== null) total = (total ?? 0) + v;
  }
  return total;
}

/** Totals over the sessions (several in a multisport file), or over the laps without a session. */
function summarise(mesgs: FitSummaryMesg[]): Summary | null {
  if (mesgs.length === 0) return null;
  let startRaw: number | null = null;
  let weighted = 0;
  let weight = 0;
  let plainSum = 0;
  let plainCount = 0;
  let maxHr: number | null = null;
  const sports = new Set<string>();
  let hasPosition = false;
  for (const m of mesgs) {
    const lat = num(m.startPositionLat);
    const lon = num(m.startPositionLong);
    if (lat !== null && lon !== null && isValidPosition(lat * SEMICIRCLE_TO_DEG, lon * SEMICIRCLE_TO_DEG)) {
      hasPosition = true;
    }
    const start = num(m.startTime);
    if (start !== null && (startRaw === null || start < startRaw)) startRaw = start;
    const sport = sportName(m.sport);
    if (sport) sports.add(sport);
    const avg = nonNegative(m.avgHeartRate);
    if (avg !== null && avg > 0) {
      const w = nonNegative(m.totalTimerTime) ?? nonNegative(m.totalElapsedTime) ?? 0;
      weighted += avg * w;
      weight += w;
      plainSum += avg;
      plainCount += 1;
    }
    const max = nonNegative(m.maxHeartRate);
    if (max !== null && max > 0 && (maxHr === null || max > maxHr)) maxHr = max;
  }
  const avgHeartRate =
    weight > 0 ? Math.round(weighted / weight) : plainCount > 0 ? Math.round(plainSum / plainCount) : null;
  const [firstSport] = sports;
  return {
    startRaw,
    hasPosition,
    sport: sports.size > 1 ? "multisport" : (firstSport ?? null),
    timerSec: sumOf(mesgs, (m) => m.totalTimerTime),
    elapsedSec: sumOf(mesgs, (m) => m.totalElapsedTime),
    distanceM: sumOf(mesgs, (m) => m.totalDistance),
    avgHeartRate,
    maxHeartRate: maxHr,
    ascentM: sumOf(mesgs, (m) => m.totalAscent),
  };
}

function hasAnyTotal(s: Summary): boolean {
  return (s.timerSec ?? 0) > 0 || (s.elapsedSec ?? 0) > 0 || (s.distanceM ?? 0) > 0;
}

function damageWarning(scan: FitScan, sdkFailed: boolean): string {
  if (scan.damage === "truncated") return "This file is damaged (it ends early), so only its summary was used for the totals.";
  if (scan.damage === "crc") return "This file is damaged (its checksum does not match), so only its summary was used for the totals.";
  if (scan.damage === "invalid" || sdkFailed) return "This file is damaged (part of it cannot be read), so only its summary was used for the totals.";
  return "This file is damaged, so only its summary was used for the totals.";
}

export function parseFit(bytes: Uint8Array): RawActivity {
  const scan = scanFit(bytes);
  if (scan.damage !== null && scan.msgCount === 0) {
    throw new ImportError("corrupt", "This FIT file is damaged and holds no readable data.");
  }

  const summaryPart = decodeSubset(
    buildFitSubset(bytes, scan, new Map([[MESG_SESSION, null], [MESG_LAP, null]])),
  );
  const summary = summarise(summaryPart.sessions.length > 0 ? summaryPart.sessions : summaryPart.laps);
  const damaged = scan.damage !== null || summaryPart.failed;
  const compressed = scan.compressedCount > 0;
  const warnings: string[] = [];

  if (damaged && (!summary || !hasAnyTotal(summary))) {
    throw new ImportError(
      "corrupt",
      "This FIT file is damaged and its summary cannot be read, so the run cannot be imported. Try exporting it again from your watch or app.",
    );
  }
  if (compressed && !damaged && (!summary || !hasAnyTotal(summary))) {
    throw new ImportError(
      "unsupported",
      "This FIT file stores its track in a compact format (compressed timestamps) that cannot be read, and it has no summary to import instead.",
    );
  }

  // Totals come from the summary whenever it is trustworthy, so records only need to be read
  // for what the summary lacks. Their timestamps are always read (point count, start and
  // elapsed when the summary has none); positions only when the summary has no start
  // position (which settles hasGps) or no distance (GPS distance is the last fallback).
  const summaryOnly = damaged || compressed;
  const recordFields = new Set([F_TIMESTAMP]);
  if (!summary?.hasPosition || (!summaryOnly && summary.distanceM == null)) {
    recordFields.add(F_LAT);
    recordFields.add(F_LONG);
  }
  if (!summaryOnly) {
    if (summary?.avgHeartRate == null || summary.maxHeartRate == null) recordFields.add(F_HEART_RATE);
    if (summary?.ascentM == null) {
      recordFields.add(F_ALTITUDE);
      recordFields.add(F_ENHANCED_ALTITUDE);
    }
  }
  let records: FitRecordMesg[] = [];
  let recordsFailed = false;
  if (!compressed) {
    const recordPart = decodeSubset(buildFitSubset(bytes, scan, new Map([[MESG_RECORD, recordFields]])));
    records = recordPart.records;
    recordsFailed = recordPart.failed;
  }
  const summaryOnlyNow = summaryOnly || (recordsFailed && summary !== null && hasAnyTotal(summary));

  // Record distance is cumulative, so without a summary total only the last record that
  // carries one is decoded (the SDK's accumulated-field path is its slowest per record).
  let lastRecordDistance: number | null = null;
  if (!summaryOnlyNow && summary?.distanceM == null) {
    const last = lastMessageWithField(scan, MESG_RECORD, F_DISTANCE);
    if (last >= 0) {
      const tail = decodeSubset(
        buildFitSubset(bytes, scan, new Map([[MESG_RECORD, new Set([F_DISTANCE])]]), last),
      );
      lastRecordDistance = nonNegative(recordDistance(tail.records[0]?.distance));
    }
  }
  if (recordsFailed && !summaryOnlyNow) {
    throw new ImportError("corrupt", "This FIT file is damaged and cannot be read.");
  }

  // A damaged file's last records can be garbage (a timestamp decades away): keep only
  // records inside the summary's time window, or that move forward by less than a day.
  let windowStart = -Infinity;
  let windowEnd = Infinity;
  if (damaged && summary?.startRaw != null) {
    windowStart = summary.startRaw - 60;
    windowEnd = summary.startRaw + (summary.elapsedSec ?? summary.timerSec ?? 86_400) + 60;
  }

  let pointCount = 0;
  let hasGps = summary?.hasPosition ?? false;
  let firstTs: number | null = null;
  let lastTs: number | null = null;
  let prevTs: number | null = null;
  let gpsDistance = 0;
  let prevLat: number | null = null;
  let prevLon: number | null = null;
  const hr = new HeartRateStats();
  const elevation = new ElevationGain();

  for (const r of records) {
    const ts = num(r.timestamp);
    if (damaged && ts !== null) {
      if (ts < windowStart || ts > windowEnd) continue;
      if (prevTs !== null && (ts < prevTs || ts - prevTs > 86_400)) continue;
    }
    pointCount += 1;
    if (ts !== null) {
      if (firstTs === null || ts < firstTs) firstTs = ts;
      if (lastTs === null || ts > lastTs) lastTs = ts;
      prevTs = ts;
    }
    const latRaw = num(r.positionLat);
    const lonRaw = num(r.positionLong);
    if (latRaw !== null && lonRaw !== null) {
      const lat = latRaw * SEMICIRCLE_TO_DEG;
      const lon = lonRaw * SEMICIRCLE_TO_DEG;
      if (isValidPosition(lat, lon)) {
        hasGps = true;
        if (prevLat !== null && prevLon !== null) gpsDistance += haversineM(prevLat, prevLon, lat, lon);
        prevLat = lat;
        prevLon = lon;
      }
    }
    if (summaryOnlyNow) continue;
    hr.add(num(r.heartRate));
    elevation.add(recordEnhancedAltitude(r.enhancedAltitude) ?? recordAltitude(r.altitude));
  }

  if (!summary && pointCount === 0) {
    throw new ImportError("no-activity", "This FIT file has no recorded activity in it (no summary and no track points).");
  }

  if (summaryOnlyNow) {
    warnings.push(
      compressed && !damaged
        ? "This file stores its track in a compact format (compressed timestamps) that cannot be read, so only its summary was used."
        : damageWarning(scan, summaryPart.failed || recordsFailed),
    );
  }

  const recordSpan = firstTs !== null && lastTs !== null ? lastTs - firstTs : null;
  const startRaw = summary?.startRaw ?? firstTs;
  let startedAt: Date | null = null;
  if (startRaw !== null) {
    if (startRaw >= FIT_MIN_ABSOLUTE_TIME) startedAt = new Date((startRaw + FIT_EPOCH_S) * 1000);
    else warnings.push("The watch's clock was not set when this was recorded, so the file has no date.");
  }

  const elapsedSec = summary?.elapsedSec ?? (summaryOnlyNow ? null : recordSpan);
  const durationSec = summary?.timerSec ?? elapsedSec;
  const distanceM =
    summary?.distanceM ?? (summaryOnlyNow ? null : (lastRecordDistance ?? (hasGps ? gpsDistance : null)));

  return {
    format: "fit",
    sport: summary?.sport ?? null,
    subSport: null,
    rpe: null,
    startedAt,
    durationSec,
    elapsedSec,
    distanceM,
    avgHeartRate: summary?.avgHeartRate ?? hr.average(),
    maxHeartRate: summary?.maxHeartRate ?? hr.maximum(),
    elevationGainM: summary?.ascentM ?? elevation.result(),
    pointCount: compressed ? 0 : pointCount,
    hasGps,
    warnings,
  };
}
