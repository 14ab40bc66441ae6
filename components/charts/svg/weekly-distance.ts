import type { WeekDistance } from "@/lib/charts/weekly-distance";
import { shortDate } from "@/lib/charts/days";
import { niceTicks } from "@/lib/charts/scale";
import { METRES_PER_MILE, type Units } from "@/lib/format/units";
import { chartFigureMarkup, el, empty, tableMarkup, textEl } from "./markup";

const W = 400;
const H = 210;
const M = { top: 12, right: 6, bottom: 26, left: 40 };

export const inUnits = (distanceKm: number, units: Units) => (units === "mi" ? (distanceKm * 1000) / METRES_PER_MILE : distanceKm);

const fmt = (value: number) => value.toFixed(1);

/** The bars of distance per Monday-to-Sunday week, as an <svg role="img"> string. */
export function weeklyDistanceSvg(weeks: readonly WeekDistance[], units: Units, summary: string): string {
  const values = weeks.map((week) => inUnits(week.distanceKm, units));
  const { max, ticks } = niceTicks(Math.max(...values, 0));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(weeks.length, 1);
  const y = (value: number) => M.top + plotH - (value / max) * plotH;
  let inner = "";
  for (const tick of ticks) {
    inner +=
      "<g>" +
      empty("line", { class: "grid-line", x1: M.left, x2: W - M.right, y1: y(tick), y2: y(tick) }) +
      textEl("text", { class: "axis-label", x: M.left - 5, y: y(tick) + 4, "text-anchor": "end" }, Number.isInteger(tick) ? String(tick) : tick.toFixed(1)) +
      "</g>";
  }
  inner += textEl(
    "text",
    { class: "axis-label", x: 4, y: M.top + 2, "dominant-baseline": "hanging", transform: `rotate(-90 4 ${M.top + 2})`, "text-anchor": "end" },
    units,
  );
  weeks.forEach((week, index) => {
    const top = y(values[index] ?? 0);
    inner += "<g>";
    inner += empty("rect", {
      class: week.current ? "bar bar-current" : "bar",
      x: M.left + index * band + band * 0.15,
      y: top,
      width: band * 0.7,
      height: Math.max(0, M.top + plotH - top),
      rx: 2,
    });
    if (index % 4 === 3 || index === 0) {
      inner += textEl("text", { class: "axis-label", x: M.left + index * band + band / 2, y: H - 8, "text-anchor": "middle" }, week.current ? "this wk" : shortDate(week.weekStart));
    }
    inner += "</g>";
  });
  return el("svg", { class: "chart-svg", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Bar chart of weekly distance in ${units}. ${summary}` }, inner);
}

/** The inside of the weekly distance figure: title, summary, bars and the figures as a table. */
export function weeklyDistanceFigure(weeks: readonly WeekDistance[], units: Units): string {
  const values = weeks.map((week) => inUnits(week.distanceKm, units));
  const current = weeks.at(-1);
  const previous = weeks.at(-2);
  const summary =
    current === undefined
      ? "No weeks to show."
      : `This week so far: ${fmt(inUnits(current.distanceKm, units))} ${units}` +
        (previous ? `; last week ${fmt(inUnits(previous.distanceKm, units))} ${units}` : "") +
        `; most in one week: ${fmt(Math.max(...values, 0))} ${units}. Weeks run Monday to Sunday.`;
  return chartFigureMarkup({
    id: "weekly-distance",
    title: `Weekly distance, last ${weeks.length} weeks (${units})`,
    summary,
    svg: weeklyDistanceSvg(weeks, units, summary),
    table: tableMarkup(
      `Weekly distance in ${units === "mi" ? "miles" : "kilometres"}`,
      ["Week", `Distance (${units})`, "Runs"],
      weeks.map((week, index) => [`${shortDate(week.weekStart)} – ${shortDate(week.weekEnd)}`, fmt(values[index] ?? 0), String(week.runs)]),
    ),
  });
}

