import type { Region, Side } from "@/lib/rules";
import type { BodySide } from "./figure";

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
