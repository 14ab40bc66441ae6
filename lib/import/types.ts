/** The one shape every activity-file parser in lib/import produces, one per activity in a file. */
export interface ParsedActivity {
  format: "fit" | "gpx" | "tcx";
  /**
   * The sport in lower-case words ("running", "cycling", "swimming", "rowing", "walking",
   * "hiking", "fitness_equipment", "other", …), normalised from whatever the file keeps
   * (FIT sport enum, TCX Sport attribute, GPX <type> incl. Strava's numeric codes); never a
   * bare number. null when the file does not say.
   */
  sport: string | null;
  /** The FIT sub-sport or its equivalent ("treadmill", "trail", "indoor_rowing", "virtual_activity"), else null. */
  subSport: string | null;
  /**
   * Whether this is a run for the plan: the sport says running (any sub-sport, or a
   * treadmill / indoor-running sub-sport under another sport) or the file says nothing, and
   * the average pace is not faster than 2:50/km for more than 10 minutes. Walking and hiking
   * are not runs. When the pace check overrules the file, a warning says why.
   */
  isRun: boolean;
  /** Rate of perceived exertion 0–10 when the file carries one (FIT session workout_rpe), else null. */
  rpe: number | null;
  startedAt: Date | null; // null when the file has no trustworthy absolute time
  durationSec: number | null; // moving time: the device's timer time where the file has it, else elapsed minus gaps
  elapsedSec: number | null; // the device's elapsed time where the file has it, else last minus first timestamp
  distanceM: number | null; // the device's total where the file has one, else along the track
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  elevationGainM: number | null;
  pointCount: number; // track points actually read (0 when only a summary could be read)
  hasGps: boolean;
  warnings: string[]; // e.g. "the file is damaged; only its summary was read"
}

/** What a format reader produces; index.ts settles `sport`, `isRun` and the plausibility check. */
export type RawActivity = Omit<ParsedActivity, "isRun">;
