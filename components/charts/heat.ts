import { HEAT_BANDS, heatBand } from "@/components/body-map/words";

/**
 * Soreness 0–10 → the CSS class of its colour step (heat-0 … heat-5, app/globals.css): the same
 * bands as the body map (heatBand), so a "3–4" looks the same on every chart. null: not logged.
 */
export function heatClass(level: number | null): string {
  if (level === null) return "heat-none";
  return `heat-${heatBand(level)}`;
}

/** The chart legends' steps, from the body map's bands (levels and words). */
export const HEAT_LEGEND = HEAT_BANDS.map((b) => ({ className: `heat-${b.band}`, label: `${b.levels} ${b.words}` }));
