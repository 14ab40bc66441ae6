/**
 * Builds FIT activity files in memory with Garmin's SDK Encoder, for the tests and the
 * benchmark. Values are chosen so the expected results can be computed exactly.
 */
import { Encoder, type Mesg } from "@garmin/fitsdk";

/** Global message numbers from the FIT profile. */
const MESG = { FILE_ID: 0, SESSION: 18, RECORD: 20, EVENT: 21, FIELD_DESCRIPTION: 206, DEVELOPER_DATA_ID: 207 } as const;

/** Seconds between the Unix epoch and the FIT epoch. */
export const FIT_EPOCH_S = 631_065_600;
export const DEG_TO_SEMICIRCLE = 2 ** 31 / 180;

export function toFitTime(date: Date): number {
  return Math.round(date.getTime() / 1000) - FIT_EPOCH_S;
}

export interface FitRunOptions {
  /** FIT date_time of the first record (use a value below 0x10000000 for device-relative time). */
  startFitTime: number;
  /** Number of records, one per second. */
  records: number;
  /** Metres per record (1 s). */
  speedMps: number;
  gps?: boolean;
  /** Heart rate for record i, or none. */
  heartRate?: (i: number) => number;
  /** Altitude for record i, or none. */
  altitude?: (i: number) => number;
  /** Write each record's distance field. */
  recordDistance?: boolean;
  /** The session message's fields (merged over the defaults), or false for no session. */
  session?: Record<string, unknown> | false;
  /** Add a developer data id, a field description and a developer field on every record. */
  developerField?: boolean;
  sport?: string;
}

export const START_LAT = 52.37;
export const START_LON = 4.89;
/** Each record moves due north by this many degrees of latitude. */
export const LAT_STEP_DEG = 0.00002;

export function buildFitRun(o: FitRunOptions): Uint8Array {
  const developerDataIdMesg = {
    developerDataIndex: 0,
    applicationId: Array.from({ length: 16 }, (_, i) => i),
    applicationVersion: 1,
  };
  const fieldDescriptionMesg = {
    developerDataIndex: 0,
    fieldDefinitionNumber: 0,
    fitBaseTypeId: 0x84, // uint16
    fieldName: "Form Power",
    units: "Watts",
  };
  const encoder = o.developerField
    ? new Encoder({ fieldDescriptions: { 0: { developerDataIdMesg, fieldDescriptionMesg } } })
    : new Encoder();
  const write = (mesgNum: number, mesg: Record<string, unknown>) => encoder.onMesg(mesgNum, mesg as Mesg);

  write(MESG.FILE_ID, {
    type: "activity",
    manufacturer: "development",
    product: 1,
    serialNumber: 12345,
    timeCreated: o.startFitTime,
  });
  if (o.developerField) {
    write(MESG.DEVELOPER_DATA_ID, developerDataIdMesg);
    write(MESG.FIELD_DESCRIPTION, fieldDescriptionMesg);
  }
  write(MESG.EVENT, { timestamp: o.startFitTime, event: "timer", eventType: "start" });

  for (let i = 0; i < o.records; i++) {
    const record: Record<string, unknown> = { timestamp: o.startFitTime + i };
    if (o.gps) {
      record.positionLat = Math.round((START_LAT + i * LAT_STEP_DEG) * DEG_TO_SEMICIRCLE);
      record.positionLong = Math.round(START_LON * DEG_TO_SEMICIRCLE);
    }
    if (o.altitude) record.altitude = o.altitude(i);
    if (o.heartRate) record.heartRate = o.heartRate(i);
    if (o.recordDistance) record.distance = i * o.speedMps;
    if (o.developerField) record.developerFields = { 0: 200 + (i % 50) };
    write(MESG.RECORD, record);
  }

  const duration = Math.max(0, o.records - 1);
  const startPosition = o.gps
    ? {
        startPositionLat: Math.round(START_LAT * DEG_TO_SEMICIRCLE),
        startPositionLong: Math.round(START_LON * DEG_TO_SEMICIRCLE),
      }
    : {};
  write(MESG.EVENT, { timestamp: o.startFitTime + duration, event: "timer", eventType: "stopAll" });
  if (o.session !== false) {
    write(MESG.SESSION, {
      timestamp: o.startFitTime + duration,
      startTime: o.startFitTime,
      totalElapsedTime: duration,
      totalTimerTime: duration,
      totalDistance: duration * o.speedMps,
      sport: o.sport ?? "running",
      subSport: "generic",
      ...startPosition,
      event: "session",
      eventType: "stop",
      ...(o.session ?? {}),
    });
  }
  return encoder.close();
}

/** A one-hour run like a GPS watch writes: 3600 records with GPS, HR, altitude and distance, and a session. */
export function buildHourRun(withSession = true): Uint8Array {
  return buildFitRun({
    startFitTime: toFitTime(new Date("2024-05-01T06:00:00Z")),
    records: 3600,
    speedMps: 2.8,
    gps: true,
    heartRate: (i) => 140 + (i % 20),
    altitude: (i) => 100 + (i % 600 < 300 ? (i % 600) / 10 : 60 - (i % 600) / 10),
    recordDistance: true,
    session: withSession
      ? { avgHeartRate: 150, maxHeartRate: 159, totalAscent: 180, totalDescent: 180 }
      : false,
  });
}
