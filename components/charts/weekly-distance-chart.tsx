import type { WeekDistance } from "@/lib/charts/weekly-distance";
import type { Units } from "@/lib/format/units";
import { ChartFigure } from "./chart-figure";
import { weeklyDistanceFigure } from "./svg/weekly-distance";

export { inUnits } from "./svg/weekly-distance";

/** Bars of distance per Monday-to-Sunday week, in the runner's units. */
export function WeeklyDistanceChart({ weeks, units }: { weeks: readonly WeekDistance[]; units: Units }) {
  return <ChartFigure id="weekly-distance" html={weeklyDistanceFigure(weeks, units)} />;
}
