import type { Region, Side } from "@/lib/rules";
import styles from "./body-map.module.css";
import { HeatLegend } from "./heat-legend";
import { heatMapMarkup, type HeatMapClasses } from "./heat-svg";
import { levelPhrase, spotLabel } from "./words";

const CLASSES: HeatMapClasses = {
  view: styles.view,
  viewTitle: styles.viewTitle,
  figure: styles.figure,
  silhouette: styles.silhouette,
  sideWords: styles.sideWords,
  spot: styles.spot,
  spotNumber: styles.spotNumber,
};

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
  const sorted = [...entries].sort((a, b) => b.level - a.level);
  return (
    <figure className={`${styles.maps} ${compact ? styles.compact : ""}`} style={{ margin: 0, flexDirection: "column" }} aria-label={title}>
      {/* The drawing is static markup (see heat-svg.ts): one element to render instead of ~70. */}
      <div className={styles.maps} dangerouslySetInnerHTML={{ __html: heatMapMarkup(entries, CLASSES) }} />
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
