import type { LoadDay } from "@/lib/charts/load";
import { ChartFigure } from "./chart-figure";
import { loadFigure } from "./svg/load";

/**
 * Daily load bars with the acute (7-day) and chronic (28-day) EWMA lines, and below them the ratio
 * against its context band. Information, never a prediction.
 */
export function LoadChart({ days }: { days: readonly LoadDay[] }) {
  return <ChartFigure id="load" html={loadFigure(days)} />;
}
