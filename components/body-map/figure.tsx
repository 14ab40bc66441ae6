import type { ReactNode } from "react";
import type { Region } from "@/lib/rules";
import styles from "./body-map.module.css";
import { heatBand } from "./words";

// The drawing: a front and a back view of a runner, with one shape per region and side.
// Front view: the runner faces you, so their right side is on your left. Back view: their left
// is on your left. Feet (soles) are on the back view.

export type BodySide = "left" | "right";
export type ViewName = "front" | "back";

type Shape = { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number } | { kind: "rect"; x: number; y: number; w: number; h: number; r: number };

export interface SpotShape {
  region: Region;
  side: BodySide;
  shape: Shape;
  /** Where the level number is written. */
  labelAt: { x: number; y: number };
  /**
   * The invisible area a tap or click chooses this spot by (viewBox units): much larger than the
   * drawn shape, so each spot is at least 44 × 44 CSS px (WCAG 2.2 target size, 2.5.5) where the
   * figure is drawn ≥ 13.5rem wide (phones: see body-map.module.css). Areas of one view never overlap.
   */
  hit: { x: number; y: number; w: number; h: number };
}

const ellipse = (cx: number, cy: number, rx: number, ry: number): Shape => ({ kind: "ellipse", cx, cy, rx, ry });
const rect = (x: number, y: number, w: number, h: number, r: number): Shape => ({ kind: "rect", x, y, w, h, r });

/** Both views' spots, in the order keyboard focus moves through them. */
/** A region's two shapes: as given on the viewer's left, mirrored on the viewer's right. */
function pair(
  region: Region,
  leftOnViewer: BodySide,
  make: (mirrored: boolean) => Shape,
  label: { x: number; y: number },
  hit: { x: number; y: number; w: number; h: number },
): SpotShape[] {
  const other: BodySide = leftOnViewer === "left" ? "right" : "left";
  return [
    { region, side: leftOnViewer, shape: make(false), labelAt: label, hit },
    { region, side: other, shape: make(true), labelAt: { x: 200 - label.x, y: label.y }, hit: { ...hit, x: 200 - hit.x - hit.w } },
  ];
}

/** A hit area on the viewer's left half, from x to x + w and from y to y + h. */
const area = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

const rectPair = (x: number, y: number, w: number, h: number, r: number) => (mirrored: boolean) => rect(mirrored ? 200 - x - w : x, y, w, h, r);
const ellipsePair = (cx: number, cy: number, rx: number, ry: number) => (mirrored: boolean) => ellipse(mirrored ? 200 - cx : cx, cy, rx, ry);

export const VIEWS: Record<ViewName, { title: string; spots: SpotShape[] }> = {
  // Facing you: the runner's right is on the viewer's left.
  front: {
    title: "Front",
    spots: [
      // Hit areas, top to bottom: hips, the thigh split into outer (IT band) and front (quadriceps), knees, shins.
      ...pair("hips", "right", ellipsePair(83, 196, 15, 9), { x: 83, y: 200 }, area(44, 156, 56, 50)),
      ...pair("quadriceps", "right", rectPair(74, 214, 22, 80, 10), { x: 85, y: 258 }, area(52, 206, 48, 90)),
      ...pair("it-band", "right", rectPair(64, 214, 8, 84, 4), { x: 58, y: 258 }, area(2, 206, 50, 90)),
      ...pair("knees", "right", ellipsePair(84, 312, 12, 12), { x: 84, y: 316 }, area(44, 296, 56, 48)),
      ...pair("shins", "right", rectPair(78, 332, 13, 76, 6), { x: 84.5, y: 374 }, area(44, 344, 56, 116)),
    ],
  },
  // From behind: the runner's left is on the viewer's left.
  back: {
    title: "Back",
    spots: [
      // Hit areas, top to bottom in one column per side: lower back, glutes, hamstrings, calves, Achilles, soles.
      ...pair("lower-back", "left", rectPair(75, 148, 23, 32, 6), { x: 86.5, y: 168 }, area(40, 124, 60, 59)),
      ...pair("glutes", "left", ellipsePair(84, 206, 16, 15), { x: 84, y: 210 }, area(40, 183, 60, 45)),
      ...pair("hamstrings", "left", rectPair(73, 228, 23, 72, 10), { x: 84.5, y: 268 }, area(40, 228, 60, 86)),
      ...pair("calves", "left", ellipsePair(84, 348, 12, 26), { x: 84, y: 352 }, area(40, 314, 60, 62)),
      ...pair("achilles", "left", rectPair(80, 380, 8, 32, 3), { x: 70, y: 400 }, area(40, 376, 60, 45)),
      ...pair("feet", "left", ellipsePair(84, 436, 11, 15), { x: 84, y: 440 }, area(40, 421, 60, 49)),
    ],
  },
};

/** Every spot of both views, front first: the order of the body map's keyboard focus. */
export const ALL_SPOTS: (SpotShape & { view: ViewName })[] = (["front", "back"] as const).flatMap((view) => VIEWS[view].spots.map((s) => ({ ...s, view })));

/** A spot's shape; `band` (0–5) colours it by level, none means nothing logged. */
export function ShapeElement({ shape, band }: { shape: Shape; band?: number }) {
  const common = { className: styles.spot, "data-band": band };
  return shape.kind === "ellipse" ? (
    <ellipse {...common} cx={shape.cx} cy={shape.cy} rx={shape.rx} ry={shape.ry} />
  ) : (
    <rect {...common} x={shape.x} y={shape.y} width={shape.w} height={shape.h} rx={shape.r} />
  );
}

/** The invisible tap area of a spot on the interactive map (see SpotShape.hit). */
export function HitArea({ spot }: { spot: SpotShape }) {
  return <rect className={styles.hit} x={spot.hit.x} y={spot.hit.y} width={spot.hit.w} height={spot.hit.h} />;
}

/** The level written on a spot: "4", or "4!" when sharp. */
export function SpotNumber({ spot, level, sharp }: { spot: SpotShape; level: number; sharp: boolean }) {
  return (
    <text className={styles.spotNumber} data-band={heatBand(level)} x={spot.labelAt.x} y={spot.labelAt.y} textAnchor="middle" aria-hidden="true">
      {level}
      {sharp ? "!" : ""}
    </text>
  );
}

/** The runner's outline, behind the spots (the same in both views). */
export const SILHOUETTE: readonly ({ kind: "circle"; cx: number; cy: number; r: number } | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number } | { kind: "rect"; x: number; y: number; width: number; height: number; rx?: number })[] = [
  { kind: "circle", cx: 100, cy: 34, r: 22 },
  { kind: "rect", x: 92, y: 52, width: 16, height: 16 },
  { kind: "rect", x: 64, y: 66, width: 72, height: 132, rx: 18 },
  { kind: "rect", x: 40, y: 72, width: 20, height: 150, rx: 10 },
  { kind: "rect", x: 140, y: 72, width: 20, height: 150, rx: 10 },
  { kind: "rect", x: 64, y: 178, width: 72, height: 44, rx: 16 },
  { kind: "rect", x: 66, y: 205, width: 32, height: 215, rx: 14 },
  { kind: "rect", x: 102, y: 205, width: 32, height: 215, rx: 14 },
  { kind: "ellipse", cx: 82, cy: 440, rx: 15, ry: 12 },
  { kind: "ellipse", cx: 118, cy: 440, rx: 15, ry: 12 },
];

function Silhouette() {
  return (
    <g className={styles.silhouette} aria-hidden="true">
      {SILHOUETTE.map(({ kind, ...shape }, index) =>
        kind === "circle" ? <circle key={index} {...shape} /> : kind === "ellipse" ? <ellipse key={index} {...shape} /> : <rect key={index} {...shape} />,
      )}
    </g>
  );
}

/** One view of the body: silhouette, then each spot drawn by `renderSpot`. */
export function BodyFigure({
  view,
  renderSpot,
  role,
  label,
}: {
  view: ViewName;
  renderSpot: (spot: SpotShape) => ReactNode;
  role: "group" | "img";
  label: string;
}) {
  const { spots } = VIEWS[view];
  const leftWord = view === "front" ? "Right" : "Left";
  const rightWord = view === "front" ? "Left" : "Right";
  return (
    <svg className={styles.figure} viewBox="0 0 200 470" role={role} aria-label={label} focusable="false">
      <Silhouette />
      {spots.map((spot) => renderSpot(spot))}
      <g aria-hidden="true" className={styles.sideWords}>
        <text x={40} y={464} textAnchor="middle">
          {leftWord}
        </text>
        <text x={160} y={464} textAnchor="middle">
          {rightWord}
        </text>
      </g>
    </svg>
  );
}
