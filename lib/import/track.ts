/**
 * Small pure helpers shared by the FIT, GPX and TCX readers: distance along a track,
 * elevation gain with hysteresis, heart-rate statistics.
 */

const EARTH_RADIUS_M = 6_371_008.8; // mean Earth radius (IUGG)
const DEG = Math.PI / 180;

/** Great-circle distance in metres between two WGS84 points given in degrees. */
export function haversineM(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const s1 = Math.sin(dLat / 2);
  const s2 = Math.sin(dLon / 2);
  const a = s1 * s1 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * s2 * s2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A usable position: finite, in range, and not the (0, 0) that devices write without a fix. */
export function isValidPosition(lat: number | null | undefined, lon: number | null | undefined): boolean {
  return (
    typeof lat === "number" &&
    typeof lon === "number" &&
    Number.isFinite(lat) &&
    Number.isFinite(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180 &&
    !(lat === 0 && lon === 0)
  );
}

/** Heart rates outside this range are sensor noise or "no reading" markers. */
export function isValidHeartRate(hr: number | null | undefined): hr is number {
  return typeof hr === "number" && Number.isFinite(hr) && hr > 0 && hr < 255;
}

/**
 * Elevation gain with a hysteresis band: the reference altitude only moves once the
 * track has gone ELEVATION_HYSTERESIS_M above or below it, and only climbs past the band
 * are summed. GPS and barometric altitude both jitter by a metre or two, and summing
 * every small rise would count that noise as climbing. 3 m is the band used for every
 * format; a steady climb still counts in full because the reference stays put until the
 * band is crossed.
 */
export const ELEVATION_HYSTERESIS_M = 3;

export class ElevationGain {
  private ref: number | null = null;
  private gain = 0;
  private seen = false;

  add(altitude: number | null | undefined): void {
    if (typeof altitude !== "number" || !Number.isFinite(altitude)) return;
    this.seen = true;
    if (this.ref === null) {
      this.ref = altitude;
      return;
    }
    const diff = altitude - this.ref;
    if (diff >= ELEVATION_HYSTERESIS_M) {
      this.gain += diff;
      this.ref = altitude;
    } else if (diff <= -ELEVATION_HYSTERESIS_M) {
      this.ref = altitude;
    }
  }

  /** null when no altitude was ever seen. */
  result(): number | null {
    return this.seen ? this.gain : null;
  }
}

export class HeartRateStats {
  private sum = 0;
  private count = 0;
  private max = 0;

  add(hr: number | null | undefined): void {
    if (!isValidHeartRate(hr)) return;
    this.sum += hr;
    this.count += 1;
    if (hr > this.max) this.max = hr;
  }

  get samples(): number {
    return this.count;
  }

  /** Mean of the samples, rounded to a whole beat (as devices report it); null without samples. */
  average(): number | null {
    return this.count > 0 ? Math.round(this.sum / this.count) : null;
  }

  maximum(): number | null {
    return this.count > 0 ? this.max : null;
  }
}

/** A number that is finite and not negative, else null. */
export function nonNegative(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
}

/** Rounds to the millimetre / millisecond, so sums of decimal values print as the file wrote them. */
export function round3(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1000) / 1000;
}

const ISO_DATE_TIME =
  /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}(?::?\d{2})?)?\s*$/i;

/**
 * Parses an XML Schema dateTime (as GPX and TCX use) to epoch milliseconds, or null.
 * A time without a zone is taken as UTC, as the GPX schema says its times are; this also
 * keeps the result independent of the machine's time zone.
 */
export function parseIsoTime(text: string): number | null {
  const m = ISO_DATE_TIME.exec(text);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 24 || minute > 59 || second > 60) return null;
  let ms = Date.UTC(year, month - 1, day, hour, minute, second);
  if (frac) ms += Math.round(Number(`0.${frac}`) * 1000);
  if (zone && zone.toUpperCase() !== "Z") {
    const sign = zone.startsWith("-") ? -1 : 1;
    const digits = zone.slice(1).replace(":", "");
    const offsetMin = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
    ms -= sign * offsetMin * 60_000;
  }
  return Number.isFinite(ms) ? ms : null;
}

export interface TrackPoint {
  lat: number | null;
  lon: number | null;
  ele: number | null;
  timeMs: number | null;
  hr: number | null;
  /** A distance the device recorded with the point (TCX DistanceMeters). */
  distanceM: number | null;
}

/**
 * The warning for a track whose moving time leaves pauses out (GPX/TCX without a device
 * timer): what was done, in the runner's words. null when there was no pause.
 */
export function pauseWarning(acc: TrackAccumulator): string | null {
  if (acc.pausedMs <= 0) return null;
  const minutes = Math.round(acc.pausedMs / 60_000);
  const length = minutes >= 1 ? `${minutes} min` : `${Math.round(acc.pausedMs / 1000)} s`;
  return (
    `The recording was paused ${acc.pauses === 1 ? "once" : `${acc.pauses} times`} (${length} in all): ` +
    "the moving time leaves the pauses out, and the distance does not draw a straight line across them."
  );
}

/** A gap between segments up to this long is a segment split, not a pause. */
export const SHORT_SEGMENT_GAP_MS = 60_000;

/** Streaming statistics over track points: nothing is kept per point. */
export class TrackAccumulator {
  points = 0;
  timedPoints = 0;
  hasGps = false;
  gpsDistanceM = 0;
  maxRecordedDistanceM: number | null = null;
  minTimeMs: number | null = null;
  maxTimeMs: number | null = null;
  readonly heartRate = new HeartRateStats();
  readonly elevation = new ElevationGain();
  /** Time between consecutive timed points of the same segment: the moving time. */
  movingMs = 0;
  /** Time between the last point of a segment and the first of the next: pauses. */
  pausedMs = 0;
  pauses = 0;
  private prevLat: number | null = null;
  private prevLon: number | null = null;
  private prevTimeMs: number | null = null;
  private distanceBreak = false;
  private timeBreak = false;

  /**
   * A new track or segment. The gap before its first point is a pause (left out of moving
   * time, and no straight line is drawn across it) unless it is at most SHORT_SEGMENT_GAP_MS:
   * some apps start a segment every few points, and those are not pauses.
   */
  breakSegment(): void {
    this.distanceBreak = true;
    this.timeBreak = true;
  }

  add(p: TrackPoint): void {
    this.points += 1;
    const gap = p.timeMs !== null && this.prevTimeMs !== null ? p.timeMs - this.prevTimeMs : null;
    const shortGap = gap !== null && gap >= 0 && gap <= SHORT_SEGMENT_GAP_MS;
    if (this.distanceBreak) {
      this.distanceBreak = false;
      if (!shortGap) {
        this.prevLat = null;
        this.prevLon = null;
      }
    }
    if (isValidPosition(p.lat, p.lon) && p.lat !== null && p.lon !== null) {
      this.hasGps = true;
      if (this.prevLat !== null && this.prevLon !== null) {
        this.gpsDistanceM += haversineM(this.prevLat, this.prevLon, p.lat, p.lon);
      }
      this.prevLat = p.lat;
      this.prevLon = p.lon;
    }
    if (p.timeMs !== null) {
      if (gap !== null && gap > 0) {
        if (!this.timeBreak || shortGap) this.movingMs += gap;
        else {
          this.pausedMs += gap;
          this.pauses += 1;
        }
      }
      this.timeBreak = false;
      this.prevTimeMs = p.timeMs;
      this.timedPoints += 1;
      if (this.minTimeMs === null || p.timeMs < this.minTimeMs) this.minTimeMs = p.timeMs;
      if (this.maxTimeMs === null || p.timeMs > this.maxTimeMs) this.maxTimeMs = p.timeMs;
    }
    const d = nonNegative(p.distanceM);
    if (d !== null && (this.maxRecordedDistanceM === null || d > this.maxRecordedDistanceM)) {
      this.maxRecordedDistanceM = d;
    }
    this.heartRate.add(p.hr);
    this.elevation.add(p.ele);
  }
}
