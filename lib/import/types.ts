/** The one shape every activity-file parser in lib/import produces. */
export interface ParsedActivity {
  format: "fit" | "gpx" | "tcx";
  sport: string | null; // as the file says, lower-cased: "running", "mtb"
  startedAt: Date | null; // null when the file has no trustworthy absolute time
  durationSec: number | null; // the device's timer (moving) time where the file has it, else elapsed
  elapsedSec: number | null; // the device's elapsed time where the file has it, else last minus first timestamp
  distanceM: number | null; // the device's total where the file has one, else along the track
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  elevationGainM: number | null;
  pointCount: number; // track points actually read (0 when only a summary could be read)
  hasGps: boolean;
  warnings: string[]; // e.g. "the file is damaged; only its summary was read"
}
