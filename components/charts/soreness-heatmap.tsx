import type { SorenessHeatmap as Heatmap } from "@/lib/charts/soreness";
import { ChartFigure } from "./chart-figure";
import { heatmapFigure } from "./svg/soreness-heatmap";

/** Soreness per region (the higher side) and day over the last weeks. */
export function SorenessHeatmap({ heatmap }: { heatmap: Heatmap }) {
  return <ChartFigure id="soreness-heatmap" html={heatmapFigure(heatmap)} />;
}
