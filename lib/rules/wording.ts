/**
 * How the engine says things: region names, distances, percentages, lists. Deterministic formatting only.
 * Distances are km inside the engine and are written in the runner's units only here (distanceInWords).
 */
import { isoDateOf, type DayNumber } from "./dates";
import { REGIONS, type DistanceUnits, type Region, type Side } from "./types";

/** The one table of region names (one side, and all of them), used by the engine and the UI. */
export const REGION_WORDS: Readonly<Record<Region, { one: string; all: string }>> = {
  calves: { one: "calf", all: "calves" },
  shins: { one: "shin", all: "shins" },
  achilles: { one: "Achilles", all: "Achilles tendons" },
  feet: { one: "sole of the foot", all: "soles of the feet" },
  hamstrings: { one: "hamstring", all: "hamstrings" },
  quadriceps: { one: "quadriceps", all: "quadriceps" },
  knees: { one: "knee", all: "knees" },
  "it-band": { one: "IT band", all: "IT bands" },
  hips: { one: "hip", all: "hips" },
  glutes: { one: "glute", all: "glutes" },
  "lower-back": { one: "lower back", all: "lower back" },
};

export function regionName(region: Region): string {
  return REGION_WORDS[region].all;
}

/** "left calf", "right hip", "calves (both sides)". */
export function spotName(region: Region, side: Side): string {
  const words = REGION_WORDS[region];
  if (side === "both") return region === "lower-back" ? words.all : `${words.all} (both sides)`;
  return `${side} ${words.one}`;
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function regionsInWords(regions: readonly Region[]): string {
  return listInWords(regions.map(regionName));
}

/** Regions without duplicates, in the canonical REGIONS order (stable output). */
export function sortedRegions(regions: Iterable<Region>): Region[] {
  const wanted = new Set(regions);
  return REGIONS.filter((region) => wanted.has(region));
}

/** One international mile in kilometres. */
export const KM_PER_MILE = 1.609344;

/**
 * The one way the engine writes a distance: in the runner's units, one decimal —
 * distanceInWords(24, "km") → "24.0 km", distanceInWords(24, "mi") → "14.9 mi".
 */
export function distanceInWords(distanceKm: number, units: DistanceUnits): string {
  return units === "mi" ? `${(distanceKm / KM_PER_MILE).toFixed(1)} mi` : `${distanceKm.toFixed(1)} km`;
}

export function minutes(durationMin: number): string {
  return `${Math.round(durationMin)} min`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/**
 * How much more `ratio` (new ÷ old) is, as a percentage; an old value of (nearly) nothing makes the
 * ratio huge or infinite, and "Infinity %" helps nobody: past 1,000 times it is "far more than 100 %".
 */
export function increaseInWords(ratio: number): string {
  return Number.isFinite(ratio) && ratio < 1000 ? percent(ratio - 1) : "far more than 100 %";
}

export function twoDecimals(value: number): string {
  return value.toFixed(2);
}

export function dateOf(day: DayNumber): string {
  return isoDateOf(day);
}

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return days === 1 ? "1 day" : `${days} days`;
}

/** "today", "yesterday", "2 days ago", "in 3 days". */
export function relativeDay(day: DayNumber, today: DayNumber): string {
  const offset = day - today;
  if (offset === 0) return "today";
  if (offset === -1) return "yesterday";
  if (offset === 1) return "tomorrow";
  return offset < 0 ? `${-offset} days ago` : `in ${offset} days`;
}

/** "today (2026-11-22)". */
export function dayInWords(day: DayNumber, today: DayNumber): string {
  return `${relativeDay(day, today)} (${isoDateOf(day)})`;
}

export function millilitres(ml: number): string {
  return `${Math.round(ml)} mL`;
}

export function level(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}/10`;
}

/** value > base × (1 + fraction), with a tolerance so exact boundaries never fire through rounding. */
export function exceedsBy(value: number, base: number, fraction: number): boolean {
  return value - base * (1 + fraction) > 1e-9 * Math.max(1, Math.abs(base));
}

/** "You rated your left calf 4/10 on 2026-11-22." — no verb to agree with plural regions. */
export function ratedSpot(reading: { region: Region; side: Side; level: number; day: DayNumber }): string {
  return `You rated your ${spotName(reading.region, reading.side)} ${level(reading.level)} on ${isoDateOf(reading.day)}.`;
}
