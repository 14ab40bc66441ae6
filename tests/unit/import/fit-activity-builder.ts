/**
 * Builds FIT activity files of several legs (sessions) with Garmin's SDK Encoder, for the
 * field-kind tests and the benchmark: multisport, runs "continued later", files whose
 * session is missing or wrong. Each leg moves due north at a steady speed, so the
 * expected distance and times can be computed exactly.
 */
import { Encoder, type Mesg } from "@garmin/fitsdk";
import { DEG_TO_SEMICIRCLE, toFitTime } from "./fit-builder";

const MESG = { FILE_ID: 0, SPORT: 12, SESSION: 18, LAP: 19, RECORD: 20, EVENT: 21, ACTIVITY: 34 } as const;

export interface Leg {
  sport: string; // FIT profile name: "running", "cycling", "swimming", "transition", "fitnessEquipment"
  subSport?: string; // "generic", "treadmill", "indoorRowing", …
  /** Seconds from the file's start to this leg's first record. */
  startS: number;
  durationS: number;
  speedMps: number;
  /** Seconds between records (default 1). */
  everyS?: number;
  gps?: boolean;
  heartRate?: number;
  /** Fields merged over the session's computed ones, or false for no session message. */
  session?: Record<string, unknown> | false;
  /** A lap message for the leg: true for the computed one, or fields merged over it. */
  lap?: boolean | Record<string, unknown>;
  /** Write the lap before the records (a lap closed at the start) instead of after them. */
  lapFirst?: boolean;
  /** End the leg with its last record: no stop event, lap or session after it (a file cut off). */
  endAfterRecords?: boolean;
}

export interface FitActivityOptions {
  start: Date;
  legs: Leg[];
  /** Record distance runs on across legs (some devices) instead of restarting at 0. */
  cumulativeDistance?: boolean;
  /** The activity message: true for the computed one (timer = sum of legs), fields, or false. */
  activity?: boolean | Record<string, unknown>;
  sportMesg?: { sport: string; subSport?: string };
  /** Write every session message twice (seen in real files). */
  duplicateSession?: boolean;
}

export function buildFitActivity(o: FitActivityOptions): Uint8Array {
  const encoder = new Encoder();
  const write = (mesgNum: number, mesg: Record<string, unknown>) => encoder.onMesg(mesgNum, mesg as Mesg);
  const t0 = toFitTime(o.start);
  write(MESG.FILE_ID, { type: "activity", manufacturer: "development", product: 1, serialNumber: 4321, timeCreated: t0 });
  if (o.sportMesg) write(MESG.SPORT, { sport: o.sportMesg.sport, subSport: o.sportMesg.subSport ?? "generic" });
  let carried = 0;
  let lat = 10;
  for (const leg of o.legs) {
    const every = leg.everyS ?? 1;
    const start = t0 + leg.startS;
    write(MESG.EVENT, { timestamp: start, event: "timer", eventType: "start" });
    const distance = leg.durationS * leg.speedMps;
    const end = start + leg.durationS;
    const totals = {
      timestamp: end,
      startTime: start,
      totalElapsedTime: leg.durationS,
      totalTimerTime: leg.durationS,
      totalDistance: distance,
      sport: leg.sport,
      subSport: leg.subSport ?? "generic",
      ...(leg.heartRate ? { avgHeartRate: leg.heartRate, maxHeartRate: leg.heartRate } : {}),
    };
    const lap = leg.lap ? { ...totals, ...(leg.lap === true ? {} : leg.lap) } : null;
    if (lap && leg.lapFirst) write(MESG.LAP, lap);
    const base = o.cumulativeDistance ? carried : 0;
    for (let s = 0; s <= leg.durationS; s += every) {
      const record: Record<string, unknown> = { timestamp: start + s, distance: base + s * leg.speedMps };
      if (leg.gps) {
        record.positionLat = Math.round((lat + (s * leg.speedMps) / 111_195) * DEG_TO_SEMICIRCLE);
        record.positionLong = Math.round(20 * DEG_TO_SEMICIRCLE);
      }
      if (leg.heartRate) record.heartRate = leg.heartRate;
      write(MESG.RECORD, record);
    }
    carried = base + distance;
    lat += distance / 111_195;
    if (leg.endAfterRecords) continue;
    write(MESG.EVENT, { timestamp: end, event: "timer", eventType: "stopAll" });
    if (lap && !leg.lapFirst) write(MESG.LAP, lap);
    if (leg.session !== false) {
      const session = { ...totals, event: "session", eventType: "stop", ...(leg.session ?? {}) };
      write(MESG.SESSION, session);
      if (o.duplicateSession) write(MESG.SESSION, session);
    }
  }
  if (o.activity !== false && o.activity !== undefined) {
    const last = o.legs[o.legs.length - 1];
    const timer = o.legs.reduce((sum, l) => sum + l.durationS, 0);
    write(MESG.ACTIVITY, {
      timestamp: t0 + (last ? last.startS + last.durationS : 0),
      totalTimerTime: timer,
      numSessions: o.legs.length,
      type: "manual",
      event: "activity",
      eventType: "stop",
      ...(o.activity === true ? {} : o.activity),
    });
  }
  return encoder.close();
}

/** A triathlon: swim 1.5 km, T1, bike 40 km, T2, run 10 km, each its own session. */
export function buildTriathlon(start: Date, everyS = 1): Uint8Array {
  return buildFitActivity({
    start,
    activity: true,
    legs: [
      { sport: "swimming", subSport: "openWater", startS: 0, durationS: 1800, speedMps: 0.8333, everyS, gps: true, heartRate: 140 },
      { sport: "transition", startS: 1800, durationS: 120, speedMps: 1, everyS, gps: true, heartRate: 130 },
      { sport: "cycling", subSport: "road", startS: 1920, durationS: 4000, speedMps: 10, everyS, gps: true, heartRate: 145 },
      { sport: "transition", startS: 5920, durationS: 60, speedMps: 1, everyS, gps: true, heartRate: 135 },
      { sport: "running", subSport: "street", startS: 5980, durationS: 2500, speedMps: 4, everyS, gps: true, heartRate: 160 },
    ],
  });
}
