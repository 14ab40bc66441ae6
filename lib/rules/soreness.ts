/**
 * Soreness per region and side: red flags (Silbernagel 2007's pain-monitoring model), soreness
 * that is not improving against the normal DOMS curve (Cheung 2003), and what is sore now.
 */
import type { DayNumber } from "./dates";
import {
  SORENESS_KEY_COUNT,
  regionOfKey,
  sideOfKey,
  type History,
  type SorenessReading,
} from "./history";
import {
  DOMS_WINDOW_DAYS,
  EPISODE_MAX_GAP_DAYS,
  EPISODE_MIN_LEVEL,
  NOT_IMPROVING_EPISODE_MIN_DAYS,
  NOT_IMPROVING_LATEST_WITHIN_DAYS,
  NOT_IMPROVING_LEVEL,
  ONE_SIDED_LEVEL,
  ONE_SIDED_LOOKBACK_DAYS,
  ONE_SIDED_MIN_HITS,
  ONE_SIDED_RUN_DAYS,
  PERSISTENT_DAYS,
  PERSISTENT_LATEST_WITHIN_DAYS,
  PERSISTENT_LEVEL,
  PERSISTENT_MAX_GAP_DAYS,
  RED_FLAG_PAIN_ABOVE,
  RED_FLAG_RECENT_DAYS,
  SOURCES,
} from "./thresholds";
import type { Region, SuggestionDraft } from "./types";
import { dateOf, dayInWords, level, listInWords, onDay, regionsInWords, sortedRegions, spotName } from "./wording";

export interface SorenessFindings {
  /** Regions with a red flag on any side: no deep massage, no stretching, no deep proposal. */
  redFlagRegions: ReadonlySet<Region>;
  /** see-professional suggestions, then soreness/not-improving. */
  suggestions: SuggestionDraft[];
  /** Per key, the latest reading of the DOMS window (today − 3 … today). */
  soreNow: SorenessReading[];
}

/** Every reading of the last `days` days, per key (same-day duplicates already resolved). */
function readingsWithin(history: History, days: number): SorenessReading[] {
  const readings: SorenessReading[] = [];
  for (let key = 0; key < SORENESS_KEY_COUNT; key++) {
    for (let day = history.today - days; day <= history.today; day++) {
      const reading = history.soreness.on(key, day);
      if (reading !== undefined) readings.push(reading);
    }
  }
  return readings;
}

/** The longest run of readings ≥ 3 ending at `end`, walking back while consecutive readings are ≤ 3 days apart. */
function persistentStart(history: History, key: number, end: SorenessReading): SorenessReading {
  let start = end;
  for (;;) {
    const previous = history.soreness.previousWithin(key, start.day, PERSISTENT_MAX_GAP_DAYS);
    if (previous === undefined || previous.level < PERSISTENT_LEVEL) return start;
    start = previous;
  }
}

function findPersistent(history: History): { start: SorenessReading; end: SorenessReading }[] {
  const found: { start: SorenessReading; end: SorenessReading }[] = [];
  for (let key = 0; key < SORENESS_KEY_COUNT; key++) {
    for (let day = history.today; day >= history.today - PERSISTENT_LATEST_WITHIN_DAYS; day--) {
      const end = history.soreness.on(key, day);
      if (end === undefined || end.level < PERSISTENT_LEVEL) continue;
      const start = persistentStart(history, key, end);
      if (end.day - start.day >= PERSISTENT_DAYS) {
        found.push({ start, end });
        break;
      }
    }
  }
  return found;
}

/** Distinct run days of today − 28 … today, latest first, at most 4. */
function lastRunDays(history: History): DayNumber[] {
  const days: DayNumber[] = [];
  const runs = history.recentRuns;
  for (let index = runs.length - 1; index >= 0 && days.length < ONE_SIDED_RUN_DAYS; index--) {
    const day = runs[index]!.day;
    if (day < history.today - ONE_SIDED_LOOKBACK_DAYS) break;
    if (days[days.length - 1] !== day) days.push(day);
  }
  return days;
}

function findOneSided(history: History): { key: number; hits: SorenessReading[]; runDays: DayNumber[] }[] {
  const runDays = lastRunDays(history);
  if (runDays.length < ONE_SIDED_MIN_HITS) return [];
  const found: { key: number; hits: SorenessReading[]; runDays: DayNumber[] }[] = [];
  for (let key = 0; key < SORENESS_KEY_COUNT; key++) {
    if (sideOfKey(key) === "both") continue;
    const hits: SorenessReading[] = [];
    for (const runDay of runDays) {
      const sameDay = history.soreness.on(key, runDay);
      const dayAfter = runDay + 1 <= history.today ? history.soreness.on(key, runDay + 1) : undefined;
      const hit = [sameDay, dayAfter].find((reading) => reading !== undefined && reading.level >= ONE_SIDED_LEVEL);
      if (hit !== undefined) hits.push(hit);
    }
    if (hits.length >= ONE_SIDED_MIN_HITS) found.push({ key, hits, runDays });
  }
  return found;
}

/** The episode start if the latest reading of a key is not improving, else null. */
function notImprovingStart(history: History, key: number): { start: SorenessReading; latest: SorenessReading } | null {
  const { today, soreness } = history;
  const latest = soreness.latestBetween(key, today - NOT_IMPROVING_LATEST_WITHIN_DAYS, today);
  if (latest === undefined || latest.level < NOT_IMPROVING_LEVEL) return null;
  let start = latest;
  for (;;) {
    const previous = soreness.previousWithin(key, start.day, EPISODE_MAX_GAP_DAYS);
    if (previous === undefined || previous.level < EPISODE_MIN_LEVEL) break;
    if (previous.level > latest.level) return null; // it was worse before: improving
    start = previous;
  }
  return latest.day - start.day >= NOT_IMPROVING_EPISODE_MIN_DAYS ? { start, latest } : null;
}

const SEE_PROFESSIONAL = "see a physiotherapist or doctor";
const HANDS_OFF = "Until then, no deep massage and no stretching on that area; running through it is not advised.";

function redFlag(
  id: string,
  title: string,
  detail: string,
  readings: SorenessReading[],
  because: string[],
): SuggestionDraft {
  return {
    id,
    kind: "see-professional",
    priority: "high",
    title,
    detail: `${detail} ${HANDS_OFF}`,
    regions: sortedRegions(readings.map((reading) => reading.region)),
    because,
    evidence: [SOURCES.silbernagel2007, SOURCES.cheung2003],
  };
}

function spotsOf(readings: SorenessReading[]): string {
  const spots: string[] = [];
  for (const reading of readings) {
    const spot = spotName(reading.region, reading.side);
    if (!spots.includes(spot)) spots.push(spot);
  }
  return listInWords(spots);
}

export function assessSoreness(history: History): SorenessFindings {
  const { today } = history;
  const recent = readingsWithin(history, RED_FLAG_RECENT_DAYS);
  const suggestions: SuggestionDraft[] = [];

  const sharp = recent.filter((reading) => reading.sharp);
  if (sharp.length > 0) {
    suggestions.push(
      redFlag(
        "red-flag/sharp-pain",
        `Sharp pain in your ${spotsOf(sharp)}: ${SEE_PROFESSIONAL}`,
        `Sharp or stabbing pain is not ordinary training soreness. Stop running on it and ${SEE_PROFESSIONAL} before you run on it again.`,
        sharp,
        sharp.map(
          (reading) => `You marked your ${spotName(reading.region, reading.side)} as sharp pain (${level(reading.level)}) ${onDay(reading.day, today)}.`,
        ),
      ),
    );
  }

  const high = recent.filter((reading) => reading.level > RED_FLAG_PAIN_ABOVE);
  if (high.length > 0) {
    suggestions.push(
      redFlag(
        "red-flag/high-pain",
        `Pain above ${RED_FLAG_PAIN_ABOVE}/10 in your ${spotsOf(high)}: ${SEE_PROFESSIONAL}`,
        `Pain above ${RED_FLAG_PAIN_ABOVE} out of 10 is more than the soreness training should leave. Rest it and ${SEE_PROFESSIONAL} if it is not clearly better within a day or two.`,
        high,
        high.map(
          (reading) =>
            `You rated your ${spotName(reading.region, reading.side)} ${level(reading.level)} ${onDay(reading.day, today)}${reading.sharp ? " (sharp)" : ""}, above ${RED_FLAG_PAIN_ABOVE}/10.`,
        ),
      ),
    );
  }

  const persistent = findPersistent(history);
  if (persistent.length > 0) {
    suggestions.push(
      redFlag(
        "red-flag/persistent",
        `Soreness for a week or more in your ${spotsOf(persistent.map((found) => found.end))}: ${SEE_PROFESSIONAL}`,
        `Normal post-run soreness is gone within 5–7 days. Soreness that stays for a week or more needs a look: ${SEE_PROFESSIONAL}.`,
        persistent.map((found) => found.end),
        persistent.map(
          ({ start, end }) =>
            `Soreness of ${PERSISTENT_LEVEL}/10 or more in your ${spotName(end.region, end.side)} from ${dateOf(start.day, today)} to ${dateOf(end.day, today)} (${end.day - start.day} days; latest ${level(end.level)}).`,
        ),
      ),
    );
  }

  const oneSided = findOneSided(history);
  if (oneSided.length > 0) {
    const latestHits = oneSided.map((found) => found.hits[0]!);
    suggestions.push(
      redFlag(
        "red-flag/one-sided",
        `The same one-sided spot hurts after your runs (${spotsOf(latestHits)}): ${SEE_PROFESSIONAL}`,
        `Soreness on one side only, at the same spot after run after run, can be the start of an overuse injury. ${SEE_PROFESSIONAL.charAt(0).toUpperCase()}${SEE_PROFESSIONAL.slice(1)} before it gets worse.`,
        latestHits,
        oneSided.map(
          ({ key, hits, runDays }) =>
            `Your ${spotName(regionOfKey(key), sideOfKey(key))} hurt at ${ONE_SIDED_LEVEL}/10 or more after ${hits.length} of your last ${runDays.length} run days (${hits
              .map((hit) => `${level(hit.level)} on ${dateOf(hit.day, today)}`)
              .join(", ")}).`,
        ),
      ),
    );
  }

  const redFlagRegions = new Set<Region>(suggestions.flatMap((suggestion) => suggestion.regions));
  const firstRedFlag = suggestions[0];
  if (firstRedFlag !== undefined) {
    const bookedDeep = history.massages.filter(
      (massage) =>
        massage.booked &&
        massage.depth === "deep" &&
        massage.day >= today &&
        (massage.regions.length === 0 || massage.regions.some((region) => redFlagRegions.has(region))),
    );
    for (const massage of bookedDeep) {
      firstRedFlag.detail += ` You have a deep massage booked for ${dayInWords(massage.day, today)}: ask your therapist to keep off the ${regionsInWords(sortedRegions(redFlagRegions))}, or move it.`;
    }
  }

  const notImproving: { start: SorenessReading; latest: SorenessReading }[] = [];
  for (let key = 0; key < SORENESS_KEY_COUNT; key++) {
    const found = notImprovingStart(history, key);
    if (found !== null) notImproving.push(found);
  }
  if (notImproving.length > 0) {
    suggestions.push({
      id: "soreness/not-improving",
      kind: "rest",
      priority: "medium",
      title: `Your ${spotsOf(notImproving.map((found) => found.latest))} soreness is not improving: take it easy`,
      detail:
        "Ordinary soreness peaks 1–3 days after a run and then fades. Yours has not: take a rest day or a very easy, short run, " +
        `and ${SEE_PROFESSIONAL} if it is still there after a week.`,
      regions: sortedRegions(notImproving.map((found) => found.latest.region)),
      because: notImproving.map(
        ({ start, latest }) =>
          `Soreness in your ${spotName(latest.region, latest.side)} since ${dateOf(start.day, today)}: ${level(latest.level)} ${onDay(latest.day, today)}, as high as at any point in those ${latest.day - start.day} days.`,
      ),
      evidence: [SOURCES.cheung2003],
    });
  }

  const soreNow: SorenessReading[] = [];
  for (let key = 0; key < SORENESS_KEY_COUNT; key++) {
    const reading = history.soreness.latestBetween(key, today - DOMS_WINDOW_DAYS, today);
    if (reading !== undefined) soreNow.push(reading);
  }
  return { redFlagRegions, suggestions, soreNow };
}
