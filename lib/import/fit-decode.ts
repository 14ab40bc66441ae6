/**
 * Decoding a FIT file with Garmin's SDK (one pass, bounded by a message cap) and turning its
 * raw messages into the scaled summaries and points the importer works with. Pure.
 */
import { Decoder, Profile, Stream } from "@garmin/fitsdk";
import { fitSportWords, type FitPoint, type FitSummary } from "./fit-activity";
import type { SportWords } from "./sport";
import { isValidPosition, nonNegative } from "./track";

const SEMICIRCLE_TO_DEG = 180 / 2 ** 31;

/**
 * At most this many data messages in one FIT file, like the XML point cap: a 48-hour
 * activity recorded every second has about 350 000 (records plus HRV and events). More is
 * refused as too large: decoding stops at the cap, so the work and memory per file are bounded.
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

export type RawMesg = Record<string, unknown>;
export type Damage = null | "truncated" | "crc" | "invalid";

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
export function decodeFit(bytes: Uint8Array): Decoded {
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

export const SCALE = {
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

export function sportWordsOf(m: RawMesg): SportWords {
  return fitSportWords(enumName("sport", m["sport"]), enumName("subSport", m["subSport"]));
}

export function summaryOf(m: RawMesg, s: typeof SCALE.session): FitSummary {
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

export function pointOf(m: RawMesg): FitPoint {
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
