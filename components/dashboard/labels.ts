import type { MassageDepth, Region, Side, SuggestionKind } from "@/lib/rules";
import { utcMilliseconds } from "@/lib/rules/dates";

const REGION_LABELS: Readonly<Record<Region, string>> = {
  calves: "Calves",
  shins: "Shins",
  achilles: "Achilles",
  feet: "Feet (soles)",
  hamstrings: "Hamstrings",
  quadriceps: "Quadriceps",
  knees: "Knees",
  "it-band": "IT band",
  hips: "Hips",
  glutes: "Glutes",
  "lower-back": "Lower back",
};

export const regionLabel = (region: Region): string => REGION_LABELS[region];

export const sideLabel = (side: Side): string => (side === "both" ? "both sides" : side);

export const KIND_LABELS: Readonly<Record<SuggestionKind, string>> = {
  "see-professional": "See a professional",
  load: "Training load",
  rest: "Rest",
  massage: "Massage",
  stretch: "Stretching",
  hydration: "Hydration",
};

export const DEPTH_LABELS: Readonly<Record<MassageDepth, string>> = {
  light: "Light / flush massage",
  deep: "Deep-tissue massage",
  self: "Self-massage (foam roller or ball)",
};

/** "today", "tomorrow", "in 12 days", "2 days ago". */
export function countdown(daysAway: number): string {
  if (daysAway === 0) return "today";
  if (daysAway === 1) return "tomorrow";
  if (daysAway === -1) return "yesterday";
  return daysAway > 0 ? `in ${daysAway} days` : `${-daysAway} days ago`;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

/** "Monday 3 March 2026" from a local "YYYY-MM-DD" (no time zone involved). */
export function longDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(utcMilliseconds(y, m - 1, d)).getUTCDay()];
  return `${weekday} ${d} ${MONTHS[m - 1]} ${y}`;
}
