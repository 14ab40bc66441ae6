import { Decoder, Profile, Stream } from "@garmin/fitsdk";
import { ImportError } from "./errors";
import { fitActivity, fitSportWords, recordStats, type FitPoint, type FitSummary } from "./fit-activity";
import type { SportWords } from "./sport";
import { isValidPosition, nonNegative } from "./track";
import type { RawActivity } from "./types";

const SEMICIRCLE_TO_DEG = 180 / 2 ** 31;

/**
 * At most this many data messages in one FIT file, like the XML point cap: a 48-hour
 * activity recorded every second has about 350 000 (records plus HRV and events). More is
 * refused as too large before anything is decoded, so the work per file is bounded.
 */
export const MAX_FIT_MESSAGES = 500_000;
export const MAX_FIT_MESSAGES_TEXT = "500,000";

const MESG_SESSION = 18;
const MESG_LAP = 19;
const MESG_RECORD = 20;
const MESG_ACTIVITY = 34;

/** FIT files start with a 12- or 14-byte header whose bytes 8–11 are ".FIT". */
export function isFitHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const headerSize = bytes[0];
  if (headerSize !== 12 && headerSize !== 14) return false;
  return bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54;
}

/**
 * Decoder options, chosen by measurement (bench/fit-import.ts): the importer reads a handful
 * of numeric fields, so sub-field and component expansion, type-to-string and date
 * conversion, unknown data and heart-rate merging are off. Scale and offset are applied here
 * from the SDK's own profile table (`scaler`); sport names come from the same profile.
 * The whole file is decoded once; an earlier structure pre-pass that fed the SDK only the
 * needed messages cost more than it saved (see the benchmark) and was removed.
 */
const DECODE_OPTIONS = {
  applyScaleAndOffset: false,
  expandSubFields: false,
  expandComponents: false,
  convertTypesToStrings: false,
  convertDateTimesToDates: false,
  includeUnknownData: false,
  mergeHeartRates: false,
  decodeMemoGlobs: false,
} as const;

type RawMesg = Record<string, unknown>;
type Damage = null | "truncated" | "crc" | "invalid";

interface Decoded {
  messages: Record<string, RawMesg[] | undefined>;
  count: number;
  damage: Damage;
  compressed: boolean;
  tooMany: boolean;
}

const CAP_REACHED = "message cap reached";

/**
 * One pass of the SDK over the whole file. The message listener counts messages and stops
 * the decode (the SDK catches the throw and reports it in `errors`) once MAX_FIT_MESSAGES
 * is passed, so work and memory are bounded. The SDK's errors are sorted into kinds: the
 * file ends early, its CRC does not match, compressed-timestamp headers (which the SDK
 * cannot read), or anything else it cannot read.
 */
function decodeFit(bytes: Uint8Array): Decoded {
  let count = 0;
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  const { messages, errors } = decoder.read({
    ...DECODE_OPTIONS,
    mesgListener: () => {
      count += 1;
      if (count > MAX_FIT_MESSAGES) throw new Error(CAP_REACHED);
    },
  });
  const text = errors.map((e) => String(e)).join(" ");
  let damage: Damage = null;
  if (/end of stream/i.test(text)) damage = "truncated";
  else if (/CRC error/i.test(text)) damage = "crc";
  else if (errors.length > 0 && !/compressed timestamp/i.test(text) && !text.includes(CAP_REACHED)) damage = "invalid";
  return {
    // The SDK's declared types assume its default options; with these, fields are plain numbers.
    messages: messages as unknown as Record<string, RawMesg[] | undefined>,
    count,
    damage,
    compressed: /compressed timestamp/i.test(text),
    tooMany: text.includes(CAP_REACHED),
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
  return (raw) => {
    const v = num(raw);
    return v === null ? null : v / scale - offset;
  };
}

const SCALE = {
  session: { elapsed: scaler(MESG_SESSION, 7), timer: scaler(MESG_SESSION, 8), distance: scaler(MESG_SESSION, 9), ascent: scaler(MESG_SESSION, 22) },
  lap: { elapsed: scaler(MESG_LAP, 7), timer: scaler(MESG_LAP, 8), distance: scaler(MESG_LAP, 9), ascent: scaler(MESG_LAP, 21) },
  activityTimer: scaler(MESG_ACTIVITY, 0),
  altitude: scaler(MESG_RECORD, 2),
  enhancedAltitude: scaler(MESG_RECORD, 78),
  distance: scaler(MESG_RECORD, 5),
};

function enumName(type: string, value: unknown): string | null {
  if (typeof value !== "number") return null;
  const name = Profile.types[type]?.[value];
  return typeof name === "string" ? name : null;
}

function sportWordsOf(m: RawMesg): SportWords {
  return fitSportWords(enumName("sport", m["sport"]), enumName("subSport", m["subSport"]));
}

function summaryOf(m: RawMesg, s: typeof SCALE.session): FitSummary {
  const lat = num(m["startPositionLat"]);
  const lon = num(m["startPositionLong"]);
  // workout_rpe: "Borg CR10 / 0-10 RPE scale, multiplied 10x" (FIT profile, session field 193).
  const rpeRaw = nonNegative(m["workoutRpe"]);
  const pos = (v: unknown) => {
    const n = nonNegative(v);
    return n !== null && n > 0 ? n : null;
  };
  return {
    startTime: num(m["startTime"]),
    hasPosition: lat !== null && lon !== null && isValidPosition(lat * SEMICIRCLE_TO_DEG, lon * SEMICIRCLE_TO_DEG),
    sport: sportWordsOf(m),
    elapsedSec: nonNegative(s.elapsed(m["totalElapsedTime"])),
    timerSec: nonNegative(s.timer(m["totalTimerTime"])),
    distanceM: nonNegative(s.distance(m["totalDistance"])),
    avgHeartRate: pos(m["avgHeartRate"]),
    maxHeartRate: pos(m["maxHeartRate"]),
    ascentM: nonNegative(s.ascent(m["totalAscent"])),
    rpe: rpeRaw !== null && rpeRaw <= 100 ? rpeRaw / 10 : null,
  };
}

function pointOf(m: RawMesg): FitPoint {
  const latRaw = num(m["positionLat"]);
  const lonRaw = num(m["positionLong"]);
  const lat = latRaw === null ? null : latRaw * SEMICIRCLE_TO_DEG;
  const lon = lonRaw === null ? null : lonRaw * SEMICIRCLE_TO_DEG;
  const valid = isValidPosition(lat, lon);
  return {
    ts: num(m["timestamp"]),
    lat: valid ? lat : null,
    lon: valid ? lon : null,
    hr: num(m["heartRate"]),
    altitude: SCALE.enhancedAltitude(m["enhancedAltitude"]) ?? SCALE.altitude(m["altitude"]),
    distanceM: nonNegative(SCALE.distance(m["distance"])),
  };
}

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
  const sessions = (m["sessionMesgs"] ?? []).map((x) => summaryOf(x, SCALE.session));
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
