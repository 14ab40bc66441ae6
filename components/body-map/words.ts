import type { Region, Side } from "@/lib/rules";
import { REGION_WORDS } from "@/lib/rules/wording";

// The body map's words: spot names, the 0–10 scale and the heat bands. Shared by the
// interactive map, the read-only heat map, the list and the history timeline.


const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "Calves", "IT bands", "Lower back". */
export function regionLabel(region: Region): string {
  return capitalise(REGION_WORDS[region].all);
}

/** "Left calf", "Right IT band", "Both calves", "Lower back, left side", "Lower back (both sides)". */
export function spotLabel(region: Region, side: Side): string {
  const words = REGION_WORDS[region];
  if (region === "lower-back") return side === "both" ? "Lower back (both sides)" : `Lower back, ${side} side`;
  if (side === "both") return region === "achilles" ? "Both Achilles tendons" : `Both ${words.all}`;
  return `${capitalise(side)} ${words.one}`;
}

/** 0–10 in words (a numeric rating scale with anchors; 0 none … 10 worst imaginable). */
export const LEVEL_WORDS = [
  "none",
  "very mild",
  "mild",
  "moderate",
  "moderate",
  "quite sore",
  "quite sore",
  "very sore",
  "very sore",
  "severe",
  "worst imaginable",
] as const;

export const levelWord = (level: number): string => LEVEL_WORDS[level] ?? "";

/** "sore 4 of 10 (moderate)". */
export function levelPhrase(level: number, sharp = false): string {
  return `sore ${level} of 10 (${levelWord(level)})${sharp ? ", sharp or stabbing" : ""}`;
}

/** Heat bands: colour plus words, so the map never relies on colour alone. */
export const HEAT_BANDS = [
  { band: 0, levels: "0", words: "none" },
  { band: 1, levels: "1–2", words: "very mild to mild" },
  { band: 2, levels: "3–4", words: "moderate" },
  { band: 3, levels: "5–6", words: "quite sore" },
  { band: 4, levels: "7–8", words: "very sore" },
  { band: 5, levels: "9–10", words: "severe to worst imaginable" },
] as const;

export function heatBand(level: number): number {
  if (level <= 0) return 0;
  if (level <= 2) return 1;
  if (level <= 4) return 2;
  if (level <= 6) return 3;
  if (level <= 8) return 4;
  return 5;
}

export const spotKey = (region: Region, side: Side) => `${region}.${side}`;

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const toDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "today, Tuesday 24 November", "yesterday, Monday 23 November", "Sunday 22 November". */
export function dayInWords(date: string, today: string): string {
  const words = dayFormat.format(toDate(date));
  const offset = Math.round((toDate(date).getTime() - toDate(today).getTime()) / 86_400_000);
  if (offset === 0) return `today, ${words}`;
  if (offset === -1) return `yesterday, ${words}`;
  if (offset === 1) return `tomorrow, ${words}`;
  return words;
}

/** "24 Nov". */
export const shortDay = (date: string) => shortDayFormat.format(toDate(date));
