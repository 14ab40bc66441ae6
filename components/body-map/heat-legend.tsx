import styles from "./body-map.module.css";
import { HEAT_BANDS } from "./words";

/** What the colours mean, in words: the map never relies on colour alone. */
export function HeatLegend({ showUnlogged = true }: { showUnlogged?: boolean }) {
  return (
    <ul className={styles.legend} aria-label="Colour key">
      {showUnlogged ? (
        <li>
          <span className={styles.swatch} data-band="none" aria-hidden="true" /> not logged
        </li>
      ) : null}
      {HEAT_BANDS.map((b) => (
        <li key={b.band}>
          <span className={styles.swatch} data-band={b.band} aria-hidden="true" /> {b.levels} {b.words}
        </li>
      ))}
      <li>
        <strong aria-hidden="true">!</strong> sharp or stabbing
      </li>
    </ul>
  );
}
