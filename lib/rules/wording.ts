/**
 * How the engine says things: region names, distances, percentages, lists. Deterministic formatting only.
 * Distances are km inside the engine and are written in the runner's units only here (distanceInWords).
 */
import { isoDateOf, type DayNumber } from "./dates";
import { REGIONS, type DistanceUnits, type FluidUnits, type Region, type Side, type TemperatureUnits } from "./types";

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

/**
 * How a runner wants things written: distance, fluid and temperature units and "today" (for dates
 * in sentences). Built once per plan from PlanOptions; every sentence of the engine goes through it.
 */
export interface Voice {
  today: DayNumber;
  units: DistanceUnits;
  fluidUnits: FluidUnits;
  temperatureUnits: TemperatureUnits;
}

/** The voice of a km runner on `today` (the defaults of PlanOptions). */
export function defaultVoice(today: DayNumber, units: DistanceUnits = "km"): Voice {
  return { today, units, fluidUnits: units === "mi" ? "floz" : "ml", temperatureUnits: units === "mi" ? "f" : "c" };
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** 0 = Sunday … 6 = Saturday (1970-01-01, day 0, was a Thursday). */
export function weekdayOf(day: DayNumber): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * A date as a runner says it: "Sat 12 Dec"; the year is added when it is not today's year
 * ("Sat 12 Dec 2027"). ISO dates stay in machine fields only.
 */
export function dateOf(day: DayNumber, today: DayNumber): string {
  const iso = isoDateOf(day);
  const month = MONTHS[Number(iso.slice(5, 7)) - 1];
  const text = `${WEEKDAYS[weekdayOf(day)]} ${Number(iso.slice(8, 10))} ${month}`;
  return iso.slice(0, 4) === isoDateOf(today).slice(0, 4) ? text : `${text} ${iso.slice(0, 4)}`;
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

/** "today, Sun 29 Nov", "tomorrow, Mon 30 Nov", "Sat 12 Dec, in 13 days", "Tue 24 Nov, 5 days ago". */
export function dayInWords(day: DayNumber, today: DayNumber): string {
  const offset = day - today;
  if (offset >= -1 && offset <= 1) return `${relativeDay(day, today)}, ${dateOf(day, today)}`;
  return `${dateOf(day, today)}, ${relativeDay(day, today)}`;
}

/** One US fluid ounce in millilitres. */
export const ML_PER_US_FL_OZ = 29.5735295625;

/**
 * A fluid amount as people measure it: to 50 mL, or to 2 US fl oz. `round` "down" for caps that
 * must never be exceeded, "up" for floors. Never rounds a positive amount to 0.
 */
export function fluid(ml: number, voice: Pick<Voice, "fluidUnits">, round: "nearest" | "down" | "up" = "nearest"): string {
  const step = voice.fluidUnits === "floz" ? 2 : 50;
  const value = voice.fluidUnits === "floz" ? ml / ML_PER_US_FL_OZ : ml;
  const fn = round === "down" ? Math.floor : round === "up" ? Math.ceil : Math.round;
  let rounded = fn(value / step + 1e-9 * (round === "down" ? 1 : round === "up" ? -1 : 0)) * step;
  if (rounded <= 0 && value > 0) rounded = step;
  return voice.fluidUnits === "floz" ? `${rounded} fl oz` : `${rounded} mL`;
}

/** "350–500 mL" or "12–16 fl oz" (the low end rounded up, the high end down, so the range stays inside). */
export function fluidRange(minMl: number, maxMl: number, voice: Pick<Voice, "fluidUnits">): string {
  const low = fluid(minMl, voice, "nearest").split(" ")[0];
  return `${low}–${fluid(maxMl, voice, "nearest")}`;
}

/** A fluid rate, "600 mL per hour" / "20 fl oz per hour"; litres for 1 L and more ("1.2 L per hour"). */
export function fluidPerHour(mlPerHour: number, voice: Pick<Voice, "fluidUnits">, round: "nearest" | "down" = "nearest"): string {
  return `${fluid(mlPerHour, voice, round)} per hour`;
}

/** "24 °C" / "75 °F" (whole degrees). */
export function temperature(celsius: number, voice: Pick<Voice, "temperatureUnits">): string {
  return voice.temperatureUnits === "f" ? `${Math.round((celsius * 9) / 5 + 32)} °F` : `${Math.round(celsius)} °C`;
}

/** One pound in kilograms. */
export const KG_PER_LB = 0.45359237;

/** A body mass in the runner's units: kg with km, lb with miles ("70.5 kg", "155 lb"). */
export function bodyMass(kg: number, voice: Pick<Voice, "units">): string {
  return voice.units === "mi" ? `${Math.round(kg / KG_PER_LB)} lb` : `${kg.toFixed(1)} kg`;
}

export function level(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)}/10`;
}

/** value > base × (1 + fraction), with a tolerance so exact boundaries never fire through rounding. */
export function exceedsBy(value: number, base: number, fraction: number): boolean {
  return value - base * (1 + fraction) > 1e-9 * Math.max(1, Math.abs(base));
}

/** "You rated your left calf 4/10 yesterday, Sat 28 Nov." — no verb to agree with plural regions. */
export function ratedSpot(reading: { region: Region; side: Side; level: number; day: DayNumber }, today: DayNumber): string {
  return `You rated your ${spotName(reading.region, reading.side)} ${level(reading.level)} ${onDay(reading.day, today)}.`;
}

/** "today, Sun 29 Nov" / "on Sat 12 Dec, in 13 days" — a day after a verb. */
export function onDay(day: DayNumber, today: DayNumber): string {
  return Math.abs(day - today) <= 1 ? dayInWords(day, today) : `on ${dayInWords(day, today)}`;
}
