/**
 * Soreness for the heat map (region × day over the last weeks) and for today's body map.
 */
import { REGIONS, type ISODate, type Region, type Side, type SorenessEntry } from "@/lib/rules";
import { DOMS_WINDOW_DAYS } from "@/lib/rules/thresholds";
import { dateOfDay, dayOf } from "./days";

export const SORENESS_HEATMAP_DAYS = 42;

export interface SorenessHeatmap {
  /** Oldest first, today last. */
  dates: ISODate[];
  /** One row per region that has any entry in the window, in the body-map order. */
  rows: { region: Region; levels: (number | null)[]; sharp: boolean[] }[];
}

/** The highest level of either side per region and day; null where nothing was logged. */
export function sorenessHeatmap(
  entries: readonly SorenessEntry[],
  today: ISODate,
  days = SORENESS_HEATMAP_DAYS,
): SorenessHeatmap {
  const last = dayOf(today);
  const first = last - days + 1;
  const dates = Array.from({ length: days }, (_, index) => dateOfDay(first + index));
  const byRegion = new Map<Region, { levels: (number | null)[]; sharp: boolean[] }>();
  for (const entry of entries) {
    const day = dayOf(entry.date);
    if (day < first || day > last) continue;
    let row = byRegion.get(entry.region);
    if (!row) {
      row = { levels: new Array<number | null>(days).fill(null), sharp: new Array<boolean>(days).fill(false) };
      byRegion.set(entry.region, row);
    }
    const index = day - first;
    row.levels[index] = Math.max(row.levels[index] ?? 0, entry.level);
    if (entry.sharp) row.sharp[index] = true;
  }
  return {
    dates,
    rows: REGIONS.filter((region) => byRegion.has(region)).map((region) => ({ region, ...byRegion.get(region)! })),
  };
}

export interface SorenessNow {
  region: Region;
  side: Side;
  level: number;
  sharp: boolean;
  date: ISODate;
}

/**
 * How each region and side feels now: its latest entry in the DOMS window (today and the
 * 3 days before), the same "sore now" the rules use. Entries of 0 say "no longer sore".
 */
export function sorenessNow(entries: readonly SorenessEntry[], today: ISODate): SorenessNow[] {
  const last = dayOf(today);
  const latest = new Map<string, SorenessNow & { day: number }>();
  for (const entry of entries) {
    const day = dayOf(entry.date);
    if (day > last || day < last - DOMS_WINDOW_DAYS) continue;
    const key = `${entry.region}/${entry.side}`;
    const previous = latest.get(key);
    // The later entry in the input wins on the same day, as in the rules.
    if (!previous || day >= previous.day) {
      latest.set(key, { region: entry.region, side: entry.side, level: entry.level, sharp: entry.sharp ?? false, date: entry.date, day });
    }
  }
  return [...latest.values()]
    .filter((entry) => entry.level > 0)
    .sort((a, b) => REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) || a.side.localeCompare(b.side))
    .map((entry) => ({ region: entry.region, side: entry.side, level: entry.level, sharp: entry.sharp, date: entry.date }));
}
