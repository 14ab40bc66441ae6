import { ImportError } from "./errors";
import { HeartRateStats, TrackAccumulator, nonNegative, parseIsoTime, pauseWarning, type TrackPoint } from "./track";
import { MAX_TRACK_POINTS, MAX_TRACK_POINTS_TEXT } from "./gpx";
import { sportFromText } from "./sport";
import { parseNumber, readXml } from "./xml";
import type { RawActivity } from "./types";

interface Lap {
  startMs: number | null;
  totalTimeSec: number | null;
  distanceM: number | null;
  avgHr: number | null;
  maxHr: number | null;
}

interface OpenActivity {
  sport: string | null;
  acc: TrackAccumulator;
  laps: Lap[];
}

/** Elements an <Activity> can sit in: a plain list, or a leg of a <MultiSportSession>. */
const ACTIVITY_PARENTS = new Set(["Activities", "FirstSport", "NextSport"]);

function newLap(startTime: string | undefined): Lap {
  return { startMs: parseIsoTime(startTime ?? ""), totalTimeSec: null, distanceM: null, avgHr: null, maxHr: null };
}

/**
 * TCX (Garmin Training Center). Every `<Activity>` is its own activity (Training Center
 * exports hold hundreds), and so is every leg of a `<MultiSportSession>` (each `<Activity>`
 * in `<FirstSport>` / `<NextSport>`, and a `<Transition>` as sport "transition"). `Courses`
 * are plans and are not read.
 *
 * Per activity: lap totals (TotalTimeSeconds = the device timer, DistanceMeters; summed over
 * laps) are the totals when present, because tracks are often thinned or missing. Without
 * lap times, moving time is the time within `<Track>`s (gaps between tracks are pauses,
 * left out with a warning). Elapsed is first start to last point, never below the timer.
 * At most MAX_TRACK_POINTS track points in the whole file (else ImportError "too-large").
 */
export function parseTcx(text: string): RawActivity[] {
  const done: OpenActivity[] = [];
  let current: OpenActivity | null = null;
  let lap: Lap | null = null;
  let transition = false;
  let point: TrackPoint | null = null;
  let totalPoints = 0;

  readXml(
    text,
    {
      open(local, attributes, path) {
        const parent = path[path.length - 2] ?? "";
        if (local === "Activity" && ACTIVITY_PARENTS.has(parent)) {
          current = { sport: attributes["Sport"] ?? null, acc: new TrackAccumulator(), laps: [] };
        } else if (local === "Transition" && parent === "NextSport") {
          current = { sport: "transition", acc: new TrackAccumulator(), laps: [] };
          lap = newLap(attributes["StartTime"]);
          transition = true;
        } else if (current === null) {
          return;
        } else if (local === "Lap" && parent === "Activity") {
          lap = newLap(attributes["StartTime"]);
        } else if (local === "Track") {
          current.acc.breakSegment();
        } else if (local === "Trackpoint" && parent === "Track") {
          if (totalPoints >= MAX_TRACK_POINTS) {
            throw new ImportError("too-large", `This TCX file has more than ${MAX_TRACK_POINTS_TEXT} track points.`);
          }
          point = { lat: null, lon: null, ele: null, timeMs: null, hr: null, distanceM: null };
        }
      },
      wantsText(local, path) {
        if (current === null) return false;
        const parent = path[path.length - 2];
        const grandparent = path[path.length - 3];
        const lapElement = transition ? "Transition" : "Lap";
        if (point !== null) {
          if (parent === "Trackpoint") return local === "Time" || local === "AltitudeMeters" || local === "DistanceMeters";
          if (parent === "Position") return local === "LatitudeDegrees" || local === "LongitudeDegrees";
          return local === "Value" && parent === "HeartRateBpm" && grandparent === "Trackpoint";
        }
        if (lap !== null) {
          if (parent === lapElement) return local === "TotalTimeSeconds" || local === "DistanceMeters";
          return (
            local === "Value" &&
            grandparent === lapElement &&
            (parent === "AverageHeartRateBpm" || parent === "MaximumHeartRateBpm")
          );
        }
        return false;
      },
      close(local, path, text) {
        const parent = path[path.length - 2] ?? "";
        const open = current as OpenActivity | null;
        if (open === null) return;
        if ((local === "Activity" && ACTIVITY_PARENTS.has(parent)) || (local === "Transition" && parent === "NextSport")) {
          if (transition && lap !== null) open.laps.push(lap);
          done.push(open);
          current = null;
          lap = null;
          transition = false;
          return;
        }
        if (point !== null) {
          if (local === "Trackpoint") {
            open.acc.add(point);
            totalPoints += 1;
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
          const lapElement = transition ? "Transition" : "Lap";
          if (local === "Lap" && !transition) {
            open.laps.push(lap);
            lap = null;
          } else if (local === "TotalTimeSeconds" && parent === lapElement) {
            lap.totalTimeSec = nonNegative(parseNumber(text));
          } else if (local === "DistanceMeters" && parent === lapElement) {
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

  const activities = done.filter((a) => a.acc.points > 0 || a.laps.length > 0);
  if (activities.length === 0) {
    throw new ImportError("no-activity", "This TCX file has no recorded activity in it (no laps and no track points).");
  }
  return activities.map(summarise);
}

function summarise({ sport, acc, laps }: OpenActivity): RawActivity {
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

  // Without a lap timer, moving time is the time inside tracks (pauses between tracks left out).
  let durationSec = lapTime;
  if (durationSec === null && elapsedSec !== null) {
    durationSec = acc.timedPoints >= 2 ? Math.min(elapsedSec, acc.movingMs / 1000) : elapsedSec;
    const paused = pauseWarning(acc);
    if (paused) warnings.push(paused);
  }

  const words = sportFromText(sport);
  return {
    format: "tcx",
    sport: words.sport,
    subSport: words.subSport,
    rpe: null,
    startedAt: startMs !== null ? new Date(startMs) : null,
    durationSec,
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
