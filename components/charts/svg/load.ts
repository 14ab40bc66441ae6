import { ACWR_HIGH, ACWR_TYPICAL_HIGH, ACWR_TYPICAL_LOW, type LoadDay } from "@/lib/charts/load";
import { dayOf, shortDate, weekdayOf } from "@/lib/charts/days";
import { niceTicks } from "@/lib/charts/scale";
import { chartFigureMarkup, el, empty, legendMarkup, tableMarkup, textEl } from "./markup";

const W = 400;
const H = 274;
const M = { left: 40, right: 6 };
const LOAD = { top: 12, bottom: 150 };
// The ratio panel shows 0.5 … 2.0: enough room to tell 1.3 from 1.5.
const RATIO = { top: 170, bottom: 246, min: 0.5, max: 2 };

/** "x,y x,y …" runs of points, split at gaps so a missing ratio is not bridged by a straight line. */
export function polylinePoints(points: readonly (readonly [number, number] | null)[]): string[] {
  const paths: string[] = [];
  let current: string[] = [];
  for (const point of points) {
    if (point === null) {
      if (current.length > 1) paths.push(current.join(" "));
      current = [];
    } else current.push(`${point[0].toFixed(1)},${point[1].toFixed(1)}`);
  }
  if (current.length > 1) paths.push(current.join(" "));
  return paths;
}

const ratioText = (ratio: number) =>
  ratio >= ACWR_HIGH ? "high (1.5 or more)" : ratio > ACWR_TYPICAL_HIGH ? "above the typical range" : ratio >= ACWR_TYPICAL_LOW ? "in the typical range" : "below the typical range";

/** Today's acute and chronic load and the ratio, in words. */
export function loadSummary(days: readonly LoadDay[]): string {
  const today = days.at(-1);
  if (today === undefined) return "No days to show.";
  return (
    `Today: acute load ${today.acute.toFixed(0)}, chronic load ${today.chronic.toFixed(0)}. ` +
    (today.acwr === null
      ? "Ratio: calibrating — it needs 28 days of history before it means anything."
      : `Ratio ${today.acwr.toFixed(2)}, ${ratioText(today.acwr)} (typical ${ACWR_TYPICAL_LOW}–${ACWR_TYPICAL_HIGH}).`) +
    " For context only: the ratio does not predict injury." +
    (days.some((d) => d.estimated)
      ? " Some loads are estimated (≈) from heart rate or the usual effort of the session, because they have no effort rating (RPE)."
      : "")
  );
}

/** Daily load bars, the acute and chronic lines, and below them the ratio against its context band. */
export function loadSvg(days: readonly LoadDay[], summary: string): string {
  const n = Math.max(days.length, 1);
  const plotW = W - M.left - M.right;
  const band = plotW / n;
  const x = (index: number) => M.left + index * band + band / 2;
  const { max, ticks } = niceTicks(Math.max(...days.map((d) => Math.max(d.load, d.acute, d.chronic)), 0));
  const yLoad = (value: number) => LOAD.bottom - (value / max) * (LOAD.bottom - LOAD.top);
  const yRatio = (value: number) =>
    RATIO.bottom - ((Math.min(Math.max(value, RATIO.min), RATIO.max) - RATIO.min) / (RATIO.max - RATIO.min)) * (RATIO.bottom - RATIO.top);
  const firstSettled = days.findIndex((d) => !d.calibrating);
  const calibratingEnd = firstSettled === -1 ? days.length : firstSettled;
  let inner = "";
  if (days.some((d) => d.calibrating)) {
    inner += el(
      "g",
      { class: "calibrating" },
      empty("rect", { class: "calibrating-area", x: M.left, y: LOAD.top, width: calibratingEnd * band, height: RATIO.bottom - LOAD.top }) +
        textEl(
          "text",
          { class: "axis-label calibrating-label", x: M.left + (calibratingEnd * band) / 2, y: (RATIO.top + RATIO.bottom) / 2 + 4, "text-anchor": "middle" },
          calibratingEnd * band > 60 ? "calibrating" : "",
        ),
    );
  }
  for (const tick of ticks) {
    inner += el(
      "g",
      {},
      empty("line", { class: "grid-line", x1: M.left, x2: W - M.right, y1: yLoad(tick), y2: yLoad(tick) }) +
        textEl("text", { class: "axis-label", x: M.left - 5, y: yLoad(tick) + 4, "text-anchor": "end" }, String(tick)),
    );
  }
  // One path for all the bars.
  const bars = days
    .map((d, index) => (d.load > 0 ? `M${(x(index) - band * 0.35).toFixed(1)} ${LOAD.bottom}V${yLoad(d.load).toFixed(1)}h${(band * 0.7).toFixed(2)}V${LOAD.bottom}Z` : ""))
    .join("");
  inner += empty("path", { class: "bar", d: bars });
  for (const points of polylinePoints(days.map((d, index) => [x(index), yLoad(d.chronic)] as const))) inner += empty("polyline", { class: "line-chronic", points });
  for (const points of polylinePoints(days.map((d, index) => [x(index), yLoad(d.acute)] as const))) inner += empty("polyline", { class: "line-acute", points });
  // The ratio panel: context bands, then the line where it is not calibrating.
  inner += empty("rect", { class: "band-typical", x: M.left, width: plotW, y: yRatio(ACWR_TYPICAL_HIGH), height: yRatio(ACWR_TYPICAL_LOW) - yRatio(ACWR_TYPICAL_HIGH) });
  inner += empty("rect", { class: "band-high", x: M.left, width: plotW, y: yRatio(RATIO.max), height: yRatio(ACWR_HIGH) - yRatio(RATIO.max) });
  inner += empty("line", { class: "grid-line", x1: M.left, x2: W - M.right, y1: RATIO.bottom, y2: RATIO.bottom });
  for (const value of [ACWR_TYPICAL_LOW, ACWR_TYPICAL_HIGH]) {
    inner += textEl("text", { class: "axis-label", x: M.left - 5, y: yRatio(value) + 4, "text-anchor": "end" }, value.toFixed(1));
  }
  inner += textEl("text", { class: "axis-label", x: M.left - 5, y: yRatio((ACWR_HIGH + RATIO.max) / 2) + 4, "text-anchor": "end" }, `≥${ACWR_HIGH.toFixed(1)}`);
  inner += textEl("text", { class: "axis-label", x: M.left, y: RATIO.top - 6 }, "ratio (acute ÷ chronic)");
  for (const points of polylinePoints(days.map((d, index) => (d.acwr === null ? null : ([x(index), yRatio(d.acwr)] as const))))) {
    inner += empty("polyline", { class: "line-ratio", points });
  }
  days.forEach((d, index) => {
    if (index % 28 !== (days.length - 1) % 28) return;
    inner += textEl(
      "text",
      { class: "axis-label", x: Math.min(Math.max(x(index), M.left + 18), W - 24), y: H - 8, "text-anchor": "middle" },
      index === days.length - 1 ? "today" : shortDate(d.date),
    );
  });
  return el("svg", { class: "chart-svg", viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": `Load chart. ${summary}` }, inner);
}

/** The inside of the load figure: title, summary, drawing, legend and the week ends as a table. */
export function loadFigure(days: readonly LoadDay[]): string {
  const summary = loadSummary(days);
  const weekEnds = days.filter((d, index) => index === days.length - 1 || weekdayOf(dayOf(d.date)) === 6);
  return chartFigureMarkup({
    id: "load",
    title: `Daily load with its 7-day and 28-day weighted averages (EWMA), last ${days.length} days`,
    summary,
    svg: loadSvg(days, summary),
    legend: legendMarkup([
      { swatch: "swatch-bar", label: "Daily load (RPE × minutes)" },
      { swatch: "swatch-acute", label: "Acute: 7-day weighted average (EWMA)" },
      { swatch: "swatch-chronic", label: "Chronic: 28-day weighted average (EWMA)" },
      { swatch: "swatch-typical", label: `Ratio ${ACWR_TYPICAL_LOW}–${ACWR_TYPICAL_HIGH}: typical` },
      { swatch: "swatch-high", label: `Ratio ≥ ${ACWR_HIGH}: high` },
    ]),
    table: tableMarkup(
      "Load at the end of each week (RPE × minutes)",
      ["Day", "Load that day", "Acute (7-day EWMA)", "Chronic (28-day EWMA)", "Ratio"],
      weekEnds.map((d) => [shortDate(d.date), `${d.estimated ? "≈ " : ""}${d.load.toFixed(0)}`, d.acute.toFixed(0), d.chronic.toFixed(0), d.acwr === null ? "calibrating" : d.acwr.toFixed(2)]),
    ),
  });
}

