import type { WellnessSeries } from "@/lib/charts/wellness";
import { shortDate } from "@/lib/charts/days";
import { chartFigureMarkup, el, empty, num, tableMarkup, textEl } from "./markup";

const W = 600;
const H = 150;
const M = { top: 10, right: 8, bottom: 22, left: 38 };

/** One measure over the 12 weeks: the personal baseline band (shaded), each reading a dot on a line. */
export function wellnessSeriesSvg(series: WellnessSeries, summary: string): string {
  const values = series.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const bands = series.points.flatMap((p) => (p.band === null ? [] : [p.band.low, p.band.high]));
  const lo = Math.min(series.min, ...values, ...bands);
  const hi = Math.max(series.max, ...values, ...bands);
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const n = Math.max(series.points.length - 1, 1);
  const x = (i: number) => M.left + (i / n) * plotW;
  const y = (v: number) => M.top + plotH - ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo || 1)) * plotH;
  let inner = "";
  for (const tick of [lo, (lo + hi) / 2, hi]) {
    inner += empty("line", { class: "grid-line", x1: M.left, x2: W - M.right, y1: y(tick), y2: y(tick) });
    inner += textEl("text", { class: "axis-label", x: M.left - 4, y: y(tick) + 4, "text-anchor": "end" }, num(tick, 0));
  }
  // The band: one closed path per run of consecutive days that have a baseline.
  let run: string[] = [];
  let runBack: string[] = [];
  const flush = () => {
    if (run.length > 0) inner += empty("path", { class: "baseline-band", d: `M${run.join("L")}L${runBack.reverse().join("L")}Z` });
    run = [];
    runBack = [];
  };
  series.points.forEach((p, i) => {
    if (p.band === null) return flush();
    run.push(`${num(x(i))},${num(y(p.band.high))}`);
    runBack.push(`${num(x(i))},${num(y(p.band.low))}`);
  });
  flush();
  const dots = series.points.flatMap((p, i) => (p.value === null ? [] : [{ x: x(i), y: y(p.value) }]));
  if (dots.length > 1) inner += empty("polyline", { class: "series-line", points: dots.map((d) => `${num(d.x)},${num(d.y)}`).join(" "), fill: "none" });
  for (const d of dots) inner += empty("circle", { class: "series-dot", cx: d.x, cy: d.y, r: 2.5 });
  const first = series.points[0] ? shortDate(series.points[0].date) : "";
  const last = series.points.at(-1) ? shortDate(series.points.at(-1)!.date) : "";
  inner += textEl("text", { class: "axis-label", x: M.left, y: H - 6 }, first);
  inner += textEl("text", { class: "axis-label", x: W - M.right, y: H - 6, "text-anchor": "end" }, last);
  return el("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": summary, class: "chart-svg wellness-chart", preserveAspectRatio: "xMidYMid meet" }, inner);
}

export function wellnessFigure(series: WellnessSeries): string {
  const readings = series.points.filter((p) => p.value !== null);
  const latest = readings.at(-1);
  const band = series.points.at(-1)?.band ?? null;
  const fmt = (v: number) => (series.unit === "1–7" ? String(v) : v.toFixed(1));
  const summary =
    readings.length === 0
      ? `${series.title}: nothing logged in the last 12 weeks.`
      : `${readings.length} ${readings.length === 1 ? "reading" : "readings"} in 12 weeks; latest ${fmt(latest?.value ?? 0)}${series.unit === "1–7" ? " of 7" : ` ${series.unit}`} on ${latest ? shortDate(latest.date) : ""}. ` +
        (band ? `Your usual today: ${fmt(band.low)}–${fmt(band.high)} ${series.unit} (${series.bandNote}).` : "Calibrating: not enough readings for a baseline yet.");
  const table = tableMarkup(
    `${series.title} (${series.unit})`,
    ["Day", "Value", "Usual from", "Usual to"],
    readings.map((p) => [shortDate(p.date), fmt(p.value ?? 0), p.band ? fmt(p.band.low) : "–", p.band ? fmt(p.band.high) : "–"]),
  );
  return chartFigureMarkup({ id: `wellness-${series.id}`, title: series.title, summary, svg: wellnessSeriesSvg(series, summary), table });
}
