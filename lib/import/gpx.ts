import { ImportError } from "./errors";
import { TrackAccumulator, parseIsoTime, pauseWarning, type TrackPoint } from "./track";
import { parseNumber, readXml } from "./xml";
import { sportFromText } from "./sport";
import type { RawActivity } from "./types";

export const MAX_TRACK_POINTS = 500_000;
export const MAX_TRACK_POINTS_TEXT = "500,000";

/**
 * GPX 1.0 and 1.1. Only `trk/trkseg/trkpt` is an activity: routes (`rte`) and waypoints are
 * plans, and the metadata `<time>` (or GPX 1.0's top-level `<time>`) is when the file was
 * written, not when the run started. Heart rate comes from any `hr` (Garmin
 * TrackPointExtension, whatever its prefix) or `heartrate` element inside a point.
 * A file is one activity (its tracks and segments together). GPX has no device timer, so
 * moving time is the time within segments (the gaps between segments are pauses, left out
 * with a warning) and elapsed time is first to last point. The sport comes from the first
 * `<trk><type>` (names, or Strava's numeric codes: see sport.ts).
 */
export function parseGpx(text: string): RawActivity {
  const acc = new TrackAccumulator();
  let sport: string | null = null;
  let point: TrackPoint | null = null;
  let badTimes = 0;

  readXml(
    text,
    {
      open(local, attributes, path) {
        const parent = path[path.length - 2];
        if (local === "trkpt" && parent === "trkseg") {
          if (acc.points >= MAX_TRACK_POINTS) {
            throw new ImportError("too-large", `This GPX file has more than ${MAX_TRACK_POINTS_TEXT} track points.`);
          }
          point = {
            lat: parseNumber(attributes["lat"] ?? null),
            lon: parseNumber(attributes["lon"] ?? null),
            ele: null,
            timeMs: null,
            hr: null,
            distanceM: null,
          };
        } else if (local === "trkseg" || local === "trk") {
          acc.breakSegment();
        }
      },
      wantsText(local, path) {
        const parent = path[path.length - 2];
        if (point !== null) {
          if (parent === "trkpt") return local === "ele" || local === "time";
          return local === "hr" || local === "heartrate";
        }
        return local === "type" && parent === "trk" && sport === null;
      },
      close(local, path, text) {
        const parent = path[path.length - 2];
        if (point !== null) {
          if (local === "trkpt") {
            acc.add(point);
            point = null;
          } else if (parent === "trkpt" && local === "ele") {
            point.ele = parseNumber(text);
          } else if (parent === "trkpt" && local === "time" && text !== null) {
            point.timeMs = parseIsoTime(text);
            if (point.timeMs === null && text.trim() !== "") badTimes += 1;
          } else if ((local === "hr" || local === "heartrate") && point.hr === null) {
            point.hr = parseNumber(text);
          }
        } else if (local === "type" && parent === "trk" && sport === null && text !== null) {
          const t = text.trim().toLowerCase();
          sport = t === "" ? null : t;
        }
      },
    },
    "GPX",
  );

  if (acc.points === 0) {
    throw new ImportError("no-activity", "This GPX file has no recorded track (it may be a route or a list of waypoints).");
  }
  const warnings: string[] = [];
  if (acc.timedPoints === 0) {
    warnings.push("This file has no times, so the date and duration have to be entered by hand.");
  } else if (badTimes > 0) {
    warnings.push(`${badTimes} track point time(s) could not be read and were ignored.`);
  }
  const elapsedSec =
    acc.timedPoints >= 2 && acc.minTimeMs !== null && acc.maxTimeMs !== null
      ? (acc.maxTimeMs - acc.minTimeMs) / 1000
      : null;
  const paused = elapsedSec !== null ? pauseWarning(acc) : null;
  if (paused) warnings.push(paused);
  const words = sportFromText(sport);
  if (words.unknownCode !== null) {
    warnings.push(
      `The file names its sport with the code ${words.unknownCode}, which this app does not know, so it was kept as cross-training ("other"). Change it if it was a run.`,
    );
  }
  return {
    format: "gpx",
    sport: words.sport,
    subSport: words.subSport,
    rpe: null,
    startedAt: acc.minTimeMs !== null ? new Date(acc.minTimeMs) : null,
    durationSec: elapsedSec !== null ? Math.min(elapsedSec, acc.movingMs / 1000) : null,
    elapsedSec,
    distanceM: acc.hasGps ? acc.gpsDistanceM : null,
    avgHeartRate: acc.heartRate.average(),
    maxHeartRate: acc.heartRate.maximum(),
    elevationGainM: acc.elevation.result(),
    pointCount: acc.points,
    hasGps: acc.hasGps,
    warnings,
  };
}
