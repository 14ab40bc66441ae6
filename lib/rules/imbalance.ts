/**
 * Left–right comparison per region over the last 4 weeks: is the same region sorer on one side
 * on most of the days it was logged? The seed advice ("have your therapist look for imbalances
 * between the legs; monitor muscle imbalances") gives no number, so the thresholds below are
 * ours, named, and every sentence carries the counts it is based on.
 */
import { dayNumberOf, isoDateOf } from "./dates";
import { REGIONS, type ISODate, type Region, type SorenessEntry } from "./types";
import { REGION_WORDS } from "./wording";

/** The window: today and the 27 days before (issue 16: "the last 4 weeks"). */
export const IMBALANCE_WINDOW_DAYS = 28;
/** Fewer logged days than this and no imbalance is named (three days are the least that can show a pattern). */
export const IMBALANCE_MIN_LOGGED_DAYS = 3;
/** "Most" logged days: strictly more than this fraction of them. */
export const IMBALANCE_MOST_FRACTION = 0.5;

export type SorerSide = "left" | "right";

export interface SideComparison {
  region: Region;
  /** Days of the window with any entry for this region (either side or both). */
  loggedDays: number;
  /** Days the left side was rated higher than the right (an unlogged side counts as 0). */
  leftSorerDays: number;
  rightSorerDays: number;
  /** Days both sides were rated the same (a "both sides" entry alone is even). */
  evenDays: number;
  /** Mean level 0–10 over the logged days, one decimal. */
  meanLeft: number;
  meanRight: number;
  /** The side sorer on most logged days — only with at least IMBALANCE_MIN_LOGGED_DAYS; else null. */
  sorerSide: SorerSide | null;
  /** Oldest first: the window's logged days with each side's level. */
  days: { date: ISODate; left: number; right: number }[];
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/**
 * Per region with anything logged in today − 27 … today (body-map order), the left–right
 * comparison. Entries outside the window are ignored; for the same day, region and side the later
 * entry in the input wins (as in the plan). A "both sides" entry counts for each side unless that
 * side has its own entry that day. Pure: the same entries and today give the same answer.
 */
export function compareSides(entries: readonly SorenessEntry[], today: ISODate, windowDays = IMBALANCE_WINDOW_DAYS): SideComparison[] {
  const last = dayNumberOf(today);
  const first = last - windowDays + 1;
  // region → day → { left, right, both } levels (later entry wins)
  const byRegion = new Map<Region, Map<number, { left?: number; right?: number; both?: number }>>();
  for (const entry of entries) {
    const day = dayNumberOf(entry.date);
    if (day < first || day > last) continue;
    const days = byRegion.get(entry.region) ?? new Map<number, { left?: number; right?: number; both?: number }>();
    byRegion.set(entry.region, days);
    const levels = days.get(day) ?? {};
    days.set(day, levels);
    levels[entry.side] = entry.level;
  }
  const out: SideComparison[] = [];
  for (const region of REGIONS) {
    const days = byRegion.get(region);
    if (!days) continue;
    const rows = [...days.entries()]
      .sort(([a], [b]) => a - b)
      .map(([day, levels]) => ({
        date: isoDateOf(day),
        left: levels.left ?? levels.both ?? 0,
        right: levels.right ?? levels.both ?? 0,
      }));
    const leftSorerDays = rows.filter((row) => row.left > row.right).length;
    const rightSorerDays = rows.filter((row) => row.right > row.left).length;
    const loggedDays = rows.length;
    const most = (count: number) => loggedDays >= IMBALANCE_MIN_LOGGED_DAYS && count > loggedDays * IMBALANCE_MOST_FRACTION;
    out.push({
      region,
      loggedDays,
      leftSorerDays,
      rightSorerDays,
      evenDays: loggedDays - leftSorerDays - rightSorerDays,
      meanLeft: oneDecimal(rows.reduce((sum, row) => sum + row.left, 0) / loggedDays),
      meanRight: oneDecimal(rows.reduce((sum, row) => sum + row.right, 0) / loggedDays),
      sorerSide: most(leftSorerDays) ? "left" : most(rightSorerDays) ? "right" : null,
      days: rows,
    });
  }
  return out;
}

/** Only the regions with an imbalance (one side sorer on most logged days). */
export function imbalancesOf(comparisons: readonly SideComparison[]): SideComparison[] {
  return comparisons.filter((comparison) => comparison.sorerSide !== null);
}

/**
 * The comparison in one sentence with its numbers, e.g. "Right calf sorer than the left on 5 of
 * 6 logged days in the last 4 weeks (average 4.2 vs 1.0 out of 10)." Never says more than the counts.
 */
export function sidesInWords(comparison: SideComparison, windowDays = IMBALANCE_WINDOW_DAYS): string {
  const one = REGION_WORDS[comparison.region].one;
  const weeks = windowDays % 7 === 0 ? `${windowDays / 7} weeks` : `${windowDays} days`;
  const logged = `${comparison.loggedDays} logged day${comparison.loggedDays === 1 ? "" : "s"}`;
  const side = comparison.sorerSide;
  if (side !== null) {
    const other = side === "left" ? "right" : "left";
    const sorer = side === "left" ? comparison.leftSorerDays : comparison.rightSorerDays;
    const [high, low] = side === "left" ? [comparison.meanLeft, comparison.meanRight] : [comparison.meanRight, comparison.meanLeft];
    return `${side === "left" ? "Left" : "Right"} ${one} sorer than the ${other} on ${sorer} of ${logged} in the last ${weeks} (average ${high.toFixed(1)} vs ${low.toFixed(1)} out of 10).`;
  }
  const name = REGION_WORDS[comparison.region].all;
  const capital = name.charAt(0).toUpperCase() + name.slice(1);
  if (comparison.loggedDays < IMBALANCE_MIN_LOGGED_DAYS) {
    return `${capital}: ${logged} in the last ${weeks} — too few to compare the sides.`;
  }
  return `${capital}: no side sorer on most days (left sorer on ${comparison.leftSorerDays}, right on ${comparison.rightSorerDays}, even on ${comparison.evenDays} of ${logged}).`;
}
