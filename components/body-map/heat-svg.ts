import type { Region, Side } from "@/lib/rules";
import { el, empty, textEl } from "@/components/charts/svg/markup";
import { SILHOUETTE, VIEWS, type SpotShape, type ViewName } from "./figure";
import { levelShownAt, type SpotLevel } from "./spot-levels";
import { heatBand } from "./words";

/** The CSS-module class names the drawing uses (body-map.module.css), passed in to keep this pure. */
export type HeatMapClasses = Readonly<Record<"view" | "viewTitle" | "figure" | "silhouette" | "sideWords" | "spot" | "spotNumber", string | undefined>>;

function spotMarkup(spot: SpotShape, levels: readonly SpotLevel[], classes: HeatMapClasses): string {
  const shown = levelShownAt(levels, spot.region, spot.side);
  const band = shown ? heatBand(shown.level) : undefined;
  const { shape } = spot;
  let out =
    shape.kind === "ellipse"
      ? empty("ellipse", { class: classes.spot, "data-band": band, cx: shape.cx, cy: shape.cy, rx: shape.rx, ry: shape.ry })
      : empty("rect", { class: classes.spot, "data-band": band, x: shape.x, y: shape.y, width: shape.w, height: shape.h, rx: shape.r });
  if (shown) {
    out += textEl("text", { class: classes.spotNumber, "data-band": band, x: spot.labelAt.x, y: spot.labelAt.y, "text-anchor": "middle", "aria-hidden": "true" }, `${shown.level}${shown.sharp ? "!" : ""}`);
  }
  return el("g", {}, out);
}

function silhouetteMarkup(classes: HeatMapClasses): string {
  const shapes = SILHOUETTE.map(({ kind, ...shape }) => empty(kind, shape)).join("");
  return el("g", { class: classes.silhouette, "aria-hidden": "true" }, shapes);
}

/** One view (title and drawing) of the read-only heat map, as markup. */
export function heatViewMarkup(view: ViewName, levels: readonly SpotLevel[], classes: HeatMapClasses): string {
  const title = view === "front" ? "Front" : "Back";
  const leftWord = view === "front" ? "Right" : "Left";
  const rightWord = view === "front" ? "Left" : "Right";
  const svg = el(
    "svg",
    { class: classes.figure, viewBox: "0 0 200 470", role: "img", "aria-label": `${title} view; the list below says the same in words.`, focusable: "false" },
    silhouetteMarkup(classes) +
      VIEWS[view].spots.map((spot) => spotMarkup(spot, levels, classes)).join("") +
      el(
        "g",
        { "aria-hidden": "true", class: classes.sideWords },
        textEl("text", { x: 40, y: 464, "text-anchor": "middle" }, leftWord) + textEl("text", { x: 160, y: 464, "text-anchor": "middle" }, rightWord),
      ),
  );
  return el("div", { class: classes.view }, textEl("span", { class: classes.viewTitle, "aria-hidden": "true" }, title) + svg);
}

/** Both views of the read-only heat map (front, then back), each spot coloured and numbered by its level. */
export function heatMapMarkup(entries: readonly { region: Region; side: Side; level: number; sharp?: boolean }[], classes: HeatMapClasses): string {
  return heatViewMarkup("front", entries, classes) + heatViewMarkup("back", entries, classes);
}
