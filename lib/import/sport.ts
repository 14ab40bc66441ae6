/**
 * Which sport an activity is, and whether it counts as a run. Pure.
 *
 * Sources of the words:
 * - FIT: the `sport` / `sub_sport` enums of the FIT profile (Garmin FIT SDK, Profile.types),
 *   turned into snake_case ("fitness_equipment", "indoor_rowing").
 * - TCX: the schema's Sport attribute ("Running", "Biking", "Other"; TrainingCenterDatabase v2).
 * - GPX: `<trk><type>` is free text; Strava writes its activity-type code as a number
 *   (1 Ride, 2 Alpine Ski, … 9 Run, 10 Walk, … 16 Swim, 17 Virtual Ride, … 30 Yoga, the order
 *   of Strava's legacy activity-type enum), other apps write names ("running", "Run", "TrailRun").
 */

export interface SportWords {
  sport: string | null;
  subSport: string | null;
}

/** Strava's numeric activity types as its GPX exports write them in <type>. */
const STRAVA_CODES: Readonly<Record<number, SportWords>> = {
  1: { sport: "cycling", subSport: null },
  2: { sport: "alpine_skiing", subSport: null },
  3: { sport: "cross_country_skiing", subSport: "backcountry" },
  4: { sport: "hiking", subSport: null },
  5: { sport: "ice_skating", subSport: null },
  6: { sport: "inline_skating", subSport: null },
  7: { sport: "cross_country_skiing", subSport: null },
  8: { sport: "roller_skiing", subSport: null },
  9: { sport: "running", subSport: null },
  10: { sport: "walking", subSport: null },
  11: { sport: "training", subSport: null },
  12: { sport: "snowboarding", subSport: null },
  13: { sport: "snowshoeing", subSport: null },
  14: { sport: "kitesurfing", subSport: null },
  15: { sport: "windsurfing", subSport: null },
  16: { sport: "swimming", subSport: null },
  17: { sport: "cycling", subSport: "virtual_activity" },
  18: { sport: "e_biking", subSport: null },
  19: { sport: "water_sport", subSport: null },
  20: { sport: "paddling", subSport: "canoeing" },
  21: { sport: "kayaking", subSport: null },
  22: { sport: "rowing", subSport: null },
  23: { sport: "stand_up_paddleboarding", subSport: null },
  24: { sport: "surfing", subSport: null },
  25: { sport: "training", subSport: "crossfit" },
  26: { sport: "fitness_equipment", subSport: "elliptical" },
  27: { sport: "rock_climbing", subSport: null },
  28: { sport: "fitness_equipment", subSport: "stair_climbing" },
  29: { sport: "training", subSport: "strength_training" },
  30: { sport: "training", subSport: "yoga" },
};

/** Names apps write (after lower-casing and dropping spaces, "-" and "_"), to sport words. */
const NAMES: Readonly<Record<string, SportWords>> = {
  run: { sport: "running", subSport: null },
  running: { sport: "running", subSport: null },
  trailrun: { sport: "running", subSport: "trail" },
  trailrunning: { sport: "running", subSport: "trail" },
  virtualrun: { sport: "running", subSport: "virtual_activity" },
  treadmill: { sport: "running", subSport: "treadmill" },
  treadmillrunning: { sport: "running", subSport: "treadmill" },
  indoorrunning: { sport: "running", subSport: "indoor_running" },
  trackrunning: { sport: "running", subSport: "track" },
  streetrunning: { sport: "running", subSport: "street" },
  ride: { sport: "cycling", subSport: null },
  biking: { sport: "cycling", subSport: null },
  bike: { sport: "cycling", subSport: null },
  cycling: { sport: "cycling", subSport: null },
  roadbiking: { sport: "cycling", subSport: "road" },
  mtb: { sport: "cycling", subSport: "mountain" },
  mountainbiking: { sport: "cycling", subSport: "mountain" },
  mountainbikeride: { sport: "cycling", subSport: "mountain" },
  gravelride: { sport: "cycling", subSport: "gravel_cycling" },
  virtualride: { sport: "cycling", subSport: "virtual_activity" },
  indoorcycling: { sport: "cycling", subSport: "indoor_cycling" },
  ebikeride: { sport: "e_biking", subSport: null },
  swim: { sport: "swimming", subSport: null },
  swimming: { sport: "swimming", subSport: null },
  openwaterswimming: { sport: "swimming", subSport: "open_water" },
  lapswimming: { sport: "swimming", subSport: "lap_swimming" },
  walk: { sport: "walking", subSport: null },
  walking: { sport: "walking", subSport: null },
  hike: { sport: "hiking", subSport: null },
  hiking: { sport: "hiking", subSport: null },
  rowing: { sport: "rowing", subSport: null },
  row: { sport: "rowing", subSport: null },
  indoorrowing: { sport: "fitness_equipment", subSport: "indoor_rowing" },
  elliptical: { sport: "fitness_equipment", subSport: "elliptical" },
  stairstepper: { sport: "fitness_equipment", subSport: "stair_climbing" },
  weighttraining: { sport: "training", subSport: "strength_training" },
  workout: { sport: "training", subSport: null },
  yoga: { sport: "training", subSport: "yoga" },
  other: { sport: "other", subSport: null },
  // Names in the languages seen in real exports (accents dropped before the look-up).
  courseapied: { sport: "running", subSport: null },
  laufen: { sport: "running", subSport: null },
  hardlopen: { sport: "running", subSport: null },
  corsa: { sport: "running", subSport: null },
  carrera: { sport: "running", subSport: null },
  velo: { sport: "cycling", subSport: null },
  radfahren: { sport: "cycling", subSport: null },
  fietsen: { sport: "cycling", subSport: null },
  ciclismo: { sport: "cycling", subSport: null },
  natation: { sport: "swimming", subSport: null },
  schwimmen: { sport: "swimming", subSport: null },
  zwemmen: { sport: "swimming", subSport: null },
  nuoto: { sport: "swimming", subSport: null },
  wandern: { sport: "hiking", subSport: null },
  randonnee: { sport: "hiking", subSport: null },
  wandelen: { sport: "walking", subSport: null },
  marche: { sport: "walking", subSport: null },
  gehen: { sport: "walking", subSport: null },
};

function plainLetters(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** "fitnessEquipment" / "Fitness Equipment" / "fitness-equipment" → "fitness_equipment". */
export function snakeWords(text: string): string {
  return plainLetters(text)
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * Sport words from free text (TCX Sport attribute, GPX <type>), a Strava numeric code
 * included. An unknown number gives sport "other" and `unknownCode` so the caller can warn.
 */
export function sportFromText(text: string | null): SportWords & { unknownCode: number | null } {
  const t = (text ?? "").trim();
  if (t === "") return { sport: null, subSport: null, unknownCode: null };
  if (/^\d{1,4}$/.test(t)) {
    const code = Number(t);
    const known = STRAVA_CODES[code];
    return known ? { ...known, unknownCode: null } : { sport: "other", subSport: null, unknownCode: code };
  }
  const key = plainLetters(t).toLowerCase().replace(/[\s_-]+/g, "");
  const known = NAMES[key];
  if (known) return { ...known, unknownCode: null };
  const words = snakeWords(t);
  return { sport: words === "" ? null : words, subSport: null, unknownCode: null };
}

/** Sub-sports that are running whatever sport the file puts them under (FIT profile names). */
const RUNNING_SUB_SPORTS = new Set(["treadmill", "indoor_running", "virtual_run"]);
/** Sports that are never runs even when a sub-sport looks like one. */
const NOT_RUN_SUB_SPORTS = new Set([
  "indoor_rowing",
  "elliptical",
  "stair_climbing",
  "indoor_cycling",
  "spin",
  "indoor_walking",
]);

/**
 * Whether the file itself says "run": sport running (any sub-sport: street, trail, track,
 * treadmill, virtual …), a running sub-sport under another sport (fitness_equipment +
 * treadmill), or no sport at all / FIT "generic" (files from apps that only record runs).
 */
export function fileSaysRun(words: SportWords): boolean {
  if (words.subSport !== null && NOT_RUN_SUB_SPORTS.has(words.subSport)) return false;
  if (words.sport === "running") return true;
  if (words.subSport !== null && RUNNING_SUB_SPORTS.has(words.subSport)) return true;
  return words.sport === null || words.sport === "generic";
}

/** Faster than this average pace (seconds per km) for longer than MAX_FAST_PACE_SEC is not a run. */
export const FASTEST_RUN_PACE_S_PER_KM = 170; // 2:50/km; the men's 10 000 m world record is ≈ 2:38/km, so only a few people alive could hold 2:50 for 10 min
export const MAX_FAST_PACE_SEC = 600;

function paceText(secPerKm: number): string {
  const s = Math.round(secPerKm);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}/km`;
}

/**
 * The pace check: null when plausible, else the reason (for the runner) why this cannot
 * be a run. Uses moving time (durationSec) and distance.
 */
export function implausibleRunReason(distanceM: number | null, durationSec: number | null): string | null {
  if (distanceM === null || durationSec === null || durationSec <= MAX_FAST_PACE_SEC || distanceM <= 0) return null;
  const secPerKm = durationSec / (distanceM / 1000);
  if (secPerKm >= FASTEST_RUN_PACE_S_PER_KM) return null;
  const minutes = Math.round(durationSec / 60);
  return (
    `Its average pace, ${paceText(secPerKm)} over ${minutes} min, is faster than anyone runs ` +
    `(2:50/km for more than 10 minutes), so it was kept as cross-training, not a run.`
  );
}
