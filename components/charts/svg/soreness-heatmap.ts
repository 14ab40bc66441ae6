import type { SorenessHeatmap } from "@/lib/charts/soreness";
import { shortDate } from "@/lib/charts/days";
import { regionLabel } from "@/components/dashboard/labels";
import { HEAT_LEGEND, heatClass } from "../heat";
import { chartFigureMarkup, el, empty, legendMarkup, num, tableMarkup, textEl } from "./markup";

const W = 400;
const LABEL_W = 96;
const ROW_H = 22;
const TOP = 4;

/** One path per colour step rather than one element per cell: [class, d] pairs. */
function cellPaths(levels: readonly (number | null)[], cell: number, y: number): [string, string][] {
  const byClass = new Map<string, string>();
  levels.forEach((level, index) => {
    const className = heatClass(level);
    const x = LABEL_W + index * cell + 0.5;
    byClass.set(className, `${byClass.get(className) ?? ""}M${x.toFixed(1)} ${y}h${(cell - 1).toFixed(2)}v${ROW_H - 2}h${(-(cell - 1)).toFixed(2)}Z`);
  });
  return [...byClass.entries()];
}

const weeksOf = (heatmap: SorenessHeatmap) => Math.round(heatmap.dates.length / 7);

/** The regions logged and their peaks, in words. */
export function heatmapSummary(heatmap: SorenessHeatmap): string {
  if (heatmap.rows.length === 0) return `No soreness logged in the last ${weeksOf(heatmap)} weeks.`;
  const peaks = heatmap.rows.map((row) => `${regionLabel(row.region)} (up to ${Math.max(...row.levels.map((level) => level ?? 0))}/10)`);
  return `Regions logged: ${peaks.join(", ")}. Each colour is a step of the 0–10 scale named in the key; a dot marks a sharp pain.`;
}

/** Soreness per region (the higher side) and day, as an <svg role="img"> string; "" with no rows. */
export function heatmapSvg(heatmap: SorenessHeatmap, summary: string): string {
  const { rows, dates } = heatmap;
  if (rows.length === 0) return "";
  const days = dates.length;
  const cell = (W - LABEL_W - 4) / Math.max(days, 1);
  const H = TOP + rows.length * ROW_H + 24;
  let inner = "";
  rows.forEach((row, r) => {
    let group = textEl("text", { class: "axis-label", x: LABEL_W - 6, y: TOP + r * ROW_H + ROW_H / 2 + 4, "text-anchor": "end" }, regionLabel(row.region));
    for (const [className, d] of cellPaths(row.levels, cell, TOP + r * ROW_H + 1)) group += empty("path", { class: className, d });
    row.sharp.forEach((sharp, index) => {
      if (sharp) group += empty("circle", { class: "sharp-dot", cx: LABEL_W + index * cell + cell / 2, cy: TOP + r * ROW_H + ROW_H / 2, r: Math.min(2.2, cell / 3) });
    });
    inner += el("g", {}, group);
  });
  dates.forEach((date, index) => {
    if ((days - 1 - index) % 14 !== 0) return;
    inner += textEl("text", { class: "axis-label", x: Math.min(LABEL_W + index * cell + cell / 2, W - 16), y: H - 6, "text-anchor": "middle" }, index === days - 1 ? "today" : shortDate(date));
  });
  return el("svg", { class: "chart-svg", viewBox: `0 0 ${W} ${num(H)}`, role: "img", "aria-label": `Heat map of soreness. ${summary}` }, inner);
}

/** The inside of the heat map figure: title, summary, drawing, colour key and the levels as a table. */
export function heatmapFigure(heatmap: SorenessHeatmap): string {
  const summary = heatmapSummary(heatmap);
  return chartFigureMarkup({
    id: "soreness-heatmap",
    title: `Soreness by region, last ${weeksOf(heatmap)} weeks`,
    summary,
    svg: heatmapSvg(heatmap, summary),
    legend: legendMarkup(
      HEAT_LEGEND.map((step) => ({ swatch: step.className, label: step.label })),
      "Soreness scale, 0–10",
    ),
    table: tableMarkup(
      "Soreness logged per region (0–10, the higher side)",
      ["Region", "Days and levels"],
      heatmap.rows.map((row) => [
        regionLabel(row.region),
        row.levels
          .map((level, index) => (level === null ? null : `${shortDate(heatmap.dates[index]!)}: ${level}${row.sharp[index] ? " (sharp)" : ""}`))
          .filter(Boolean)
          .join("; "),
      ]),
    ),
  });
}
