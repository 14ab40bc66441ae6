import type { Region, Side } from "@/lib/rules";
import styles from "./body-map.module.css";
import { BodyFigure, ShapeElement, SpotNumber, type SpotShape, type ViewName } from "./figure";
import { HeatLegend } from "./heat-legend";
import { levelShownAt, type SpotLevel } from "./spot-levels";
import { heatBand, levelPhrase, spotLabel } from "./words";

/**
 * A read-only heat map of soreness (no interaction, no client JavaScript): front and back views,
 * each logged spot coloured by its level and marked with the number, a legend in words, and the
 * same information as a list for screen readers and anyone who prefers text.
 */
export function BodyMapHeat({
  entries,
  title = "Soreness on the body map",
  compact = false,
  showList = true,
}: {
  entries: readonly { region: Region; side: Side; level: number; sharp?: boolean }[];
  /** Names the figure for assistive technology. */
  title?: string;
  compact?: boolean;
  /** The text list below the maps (visually hidden when false, still read by screen readers). */
  showList?: boolean;
}) {
  const levels: SpotLevel[] = [...entries];
  const sorted = [...entries].sort((a, b) => b.level - a.level);
  return (
    <figure className={`${styles.maps} ${compact ? styles.compact : ""}`} style={{ margin: 0, flexDirection: "column" }} aria-label={title}>
      <div className={styles.maps}>
        {(["front", "back"] as ViewName[]).map((view) => (
          <div className={styles.view} key={view}>
            <span className={styles.viewTitle} aria-hidden="true">
              {view === "front" ? "Front" : "Back"}
            </span>
            <BodyFigure view={view} role="img" label={`${view === "front" ? "Front" : "Back"} view; the list below says the same in words.`} renderSpot={(spot) => <HeatSpot key={`${spot.region}.${spot.side}`} spot={spot} levels={levels} />} />
          </div>
        ))}
      </div>
      <HeatLegend />
      <figcaption className={showList ? undefined : "visually-hidden"}>
        {sorted.length === 0 ? (
          <p className="muted">Nothing sore logged.</p>
        ) : (
          <ul className={styles.summary}>
            {sorted.map((e) => (
              <li key={`${e.region}.${e.side}`}>
                {spotLabel(e.region, e.side)}: {levelPhrase(e.level, e.sharp)}
              </li>
            ))}
          </ul>
        )}
      </figcaption>
    </figure>
  );
}

function HeatSpot({ spot, levels }: { spot: SpotShape; levels: SpotLevel[] }) {
  const shown = levelShownAt(levels, spot.region, spot.side);
  return (
    <g>
      <ShapeElement shape={spot.shape} band={shown ? heatBand(shown.level) : undefined} />
      {shown ? <SpotNumber spot={spot} level={shown.level} sharp={shown.sharp} /> : null}
    </g>
  );
}
