import { ImportError } from "./errors";
import { HeartRateStats, TrackAccumulator, nonNegative, parseIsoTime, type TrackPoint } from "./track";
import { MAX_TRACK_POINTS, MAX_TRACK_POINTS_TEXT } from "./gpx";
import { parseNumber, readXml } from "./xml";
import { sportFromText } from "./sport";
import type { RawActivity } from "./types";

interface Lap {
  startMs: number | null;
  totalTimeSec: number | null;
  distanceM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

/**
 * TCX (Garmin Training Center). Only `Activities/Activity` is read; `Courses` are plans.
 * Lap totals (TotalTimeSeconds, DistanceMeters, summed over laps) are the activity's
 * totals when present, because tracks are often thinned or missing.
 */
export function parseTcx(text: string): RawActivity {
  const acc = new TrackAccumulator();
  const laps: Lap[] = [];
  let sport: string | null = null;
  let inActivity = false;
  let lap: Lap | null = null;
  let point: TrackPoint | null = null;

  readXml(
    text,
    {
      open(local, attributes, path) {
        const parent = path[path.length - 2];
        if (local === "Activity" && parent === "Activities") {
          inActivity = true;
          if (sport === null) {
            const s = (attributes["Sport"] ?? "").trim().toLowerCase();
            sport = s === "" ? null : s;
          }
        } else if (!inActivity) {
          return;
        } else if (local === "Lap" && parent === "Activity") {
          lap = {
            startMs: parseIsoTime(attributes["StartTime"] ?? ""),
            totalTimeSec: null,
            distanceM: null,
            avgHr: null,
            maxHr: null,
          };
        } else if (local === "Track") {
          acc.breakSegment();
        } else if (local === "Trackpoint" && parent === "Track") {
          if (acc.points >= MAX_TRACK_POINTS) {
            throw new ImportError("too-large", `This TCX file has more than ${MAX_TRACK_POINTS_TEXT} track points.`);
          }
          point = { lat: null, lon: null, ele: null, timeMs: null, hr: null, distanceM: null };
        }
      },
      wantsText(local, path) {
        if (!inActivity) return false;
        const parent = path[path.length - 2];
        const grandparent = path[path.length - 3];
        if (point !== null) {
          if (parent === "Trackpoint") return local === "Time" || local === "AltitudeMeters" || local === "DistanceMeters";
          if (parent === "Position") return local === "LatitudeDegrees" || local === "LongitudeDegrees";
          return local === "Value" && parent === "HeartRateBpm" && grandparent === "Trackpoint";
        }
        if (lap !== null) {
          if (parent === "Lap") return local === "TotalTimeSeconds" || local === "DistanceMeters";
          return local === "Value" && grandparent === "Lap" && (parent === "AverageHeartRateBpm" || parent === "MaximumHeartRateBpm");
        }
        return false;
      },
      close(local, path, text) {
        const parent = path[path.length - 2];
        if (local === "Activity" && parent === "Activities") {
          inActivity = false;
          return;
        }
        if (!inActivity) return;
        if (point !== null) {
          if (local === "Trackpoint") {
            acc.add(point);
            point = null;
          } else if (local === "Time" && parent === "Trackpoint" && text !== null) {
            point.timeMs = parseIsoTime(text);
          } else if (local === "AltitudeMeters") {
            point.ele = parseNumber(text);
          } else if (local === "DistanceMeters" && parent === "Trackpoint") {
            point.distanceM = parseNumber(text);
          } else if (local === "LatitudeDegrees") {
            point.lat = parseNumber(text);
          } else if (local === "LongitudeDegrees") {
            point.lon = parseNumber(text);
          } else if (local === "Value" && parent === "HeartRateBpm") {
            point.hr = parseNumber(text);
          }
          return;
        }
        if (lap !== null) {
          if (local === "Lap") {
            laps.push(lap);
            lap = null;
          } else if (local === "TotalTimeSeconds" && parent === "Lap") {
            lap.totalTimeSec = nonNegative(parseNumber(text));
          } else if (local === "DistanceMeters" && parent === "Lap") {
            lap.distanceM = nonNegative(parseNumber(text));
          } else if (local === "Value" && parent === "AverageHeartRateBpm") {
            lap.avgHr = parseNumber(text);
          } else if (local === "Value" && parent === "MaximumHeartRateBpm") {
            lap.maxHr = parseNumber(text);
          }
        }
      },
    },
    "TCX",
  );

  if (acc.points === 0 && laps.length === 0) {
    throw new ImportError("no-activity", "This TCX file has no recorded activity in it (no laps and no track points).");
  }

  let lapTime: number | null = null;
  let lapDistance: number | null = null;
  let startMs = acc.minTimeMs;
  const endMs = acc.maxTimeMs;
  let lapHrWeighted = 0;
  let lapHrWeight = 0;
  const lapMax = new HeartRateStats();
  for (const l of laps) {
    if (l.totalTimeSec !== null) lapTime = (lapTime ?? 0) + l.totalTimeSec;
    if (l.distanceM !== null) lapDistance = (lapDistance ?? 0) + l.distanceM;
    if (l.startMs !== null && (startMs === null || l.startMs < startMs)) startMs = l.startMs;
    if (l.avgHr !== null && l.avgHr > 0 && l.totalTimeSec) {
      lapHrWeighted += l.avgHr * l.totalTimeSec;
      lapHrWeight += l.totalTimeSec;
    }
    lapMax.add(l.maxHr);
  }

  // Elapsed: from the first start (lap or point) to the last point's time. TCX has no
  // elapsed total, and a thinned track can end early, so elapsed is never taken as shorter
  // than the laps' timer time (elapsed includes pauses, so it cannot be shorter).
  const span = startMs !== null && endMs !== null && endMs > startMs ? (endMs - startMs) / 1000 : null;
  const elapsedSec = span === null ? lapTime : Math.max(span, lapTime ?? 0);
  const warnings: string[] = [];
  if (startMs === null) warnings.push("This file has no times, so the date and duration have to be entered by hand.");

  const words = sportFromText(sport);
  return {
    format: "tcx",
    sport: words.sport,
    subSport: words.subSport,
    rpe: null,
    startedAt: startMs !== null ? new Date(startMs) : null,
    durationSec: lapTime ?? elapsedSec,
    elapsedSec,
    distanceM: lapDistance ?? acc.maxRecordedDistanceM ?? (acc.hasGps ? acc.gpsDistanceM : null),
    avgHeartRate: acc.heartRate.average() ?? (lapHrWeight > 0 ? Math.round(lapHrWeighted / lapHrWeight) : null),
    maxHeartRate: acc.heartRate.maximum() ?? lapMax.maximum(),
    elevationGainM: acc.elevation.result(),
    pointCount: acc.points,
    hasGps: acc.hasGps,
    warnings,
  };
}
