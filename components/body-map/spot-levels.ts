import type { Region, Side } from "@/lib/rules";
import type { BodySide } from "./figure";
import type { SpotValues } from "./soreness-list";

export interface SpotLevel {
  region: Region;
  side: Side;
  level: number;
  sharp?: boolean;
}

/**
 * What one drawn shape shows: its own side's entry, or the region's "both sides" entry —
 * whichever is sorer (sharp counts when either is sharp at that level).
 */
export function levelShownAt(levels: readonly SpotLevel[], region: Region, side: BodySide): { level: number; sharp: boolean; fromBoth: boolean } | null {
  let shown: { level: number; sharp: boolean; fromBoth: boolean } | null = null;
  for (const entry of levels) {
    if (entry.region !== region || (entry.side !== side && entry.side !== "both")) continue;
    if (!shown || entry.level > shown.level || (entry.level === shown.level && entry.sharp && !shown.sharp)) {
      shown = { level: entry.level, sharp: entry.sharp ?? false, fromBoth: entry.side === "both" };
    }
  }
  return shown;
}

/**
 * What Save would change against what is saved: spots added or changed (with their new level) and
 * spots cleared (level null). Empty when the form shows exactly the saved day.
 */
export function unsavedChanges(values: SpotValues, saved: SpotValues): { region: Region; side: Side; level: number | null; sharp: boolean }[] {
  const keys = new Set([...Object.keys(values), ...Object.keys(saved)]);
  return [...keys].sort().flatMap((key) => {
    const now = values[key] ?? { level: null, sharp: false };
    const before = saved[key] ?? { level: null, sharp: false };
    if (now.level === before.level && (now.level === null || now.sharp === before.sharp)) return [];
    const [region, side] = key.split(".") as [Region, Side];
    return [{ region, side, level: now.level, sharp: now.sharp }];
  });
}
