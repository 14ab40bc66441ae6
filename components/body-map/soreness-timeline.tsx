import type { Region, Side } from "@/lib/rules";
import styles from "./body-map.module.css";
import { heatBand, levelWord, regionLabel, shortDay, spotLabel } from "./words";

export interface TimelineRegion {
  region: Region;
  sides: { side: Side; days: { date: string; level: number; sharp: boolean }[] }[];
}

const CELL = 14;
const GAP = 2;
const ROW = 20;
const AXIS = 14;

const dayIndex = (from: string, date: string) => Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Soreness per region over a window of days (server-rendered SVG, no client code): one strip per
 * side with a cell per day, coloured and numbered by level, a sentence summing it up for screen
 * readers, and the days as a table on request.
 */
export function SorenessTimeline({ timeline, from, to }: { timeline: readonly TimelineRegion[]; from: string; to: string }) {
  const days = dayIndex(from, to) + 1;
  if (timeline.length === 0) {
    return <p className="muted">Nothing logged from {shortDay(from)} to {shortDay(to)}.</p>;
  }
  const width = days * (CELL + GAP);
  return (
    <div className="stack">
      {timeline.map(({ region, sides }) => (
        <section key={region} aria-labelledby={`timeline-${region}`}>
          <h3 id={`timeline-${region}`}>{regionLabel(region)}</h3>
          {sides.map(({ side, days: logged }) => {
            const byIndex = new Map(logged.map((d) => [dayIndex(from, d.date), d]));
            return (
              <div key={side} className={styles.maps} style={{ alignItems: "center", flexWrap: "nowrap" }}>
                <span style={{ minWidth: "5.5rem", fontSize: "0.9rem" }}>{side === "both" ? "Both sides" : side === "left" ? "Left" : "Right"}</span>
                <svg
                  viewBox={`0 0 ${width} ${ROW + AXIS}`}
                  style={{ width: "100%", maxWidth: `${width}px`, height: "auto" }}
                  role="img"
                  aria-label={summary(spotLabel(region, side), logged, from, to)}
                >
                  {Array.from({ length: days }, (_, i) => {
                    const entry = byIndex.get(i);
                    const x = i * (CELL + GAP);
                    const date = addDays(from, i);
                    return (
                      <g key={i}>
                        <rect
                          x={x}
                          y={2}
                          width={CELL}
                          height={ROW - 4}
                          rx={3}
                          className={styles.spot}
                          data-band={entry ? heatBand(entry.level) : undefined}
                        >
                          <title>{entry ? `${shortDay(date)}: ${entry.level} of 10, ${levelWord(entry.level)}${entry.sharp ? ", sharp" : ""}` : `${shortDay(date)}: not logged`}</title>
                        </rect>
                        {entry ? (
                          <text x={x + CELL / 2} y={ROW - 6} textAnchor="middle" className={styles.spotNumber} data-band={heatBand(entry.level)} style={{ fontSize: "9px" }}>
                            {entry.level}
                            {entry.sharp ? "!" : ""}
                          </text>
                        ) : null}
                        {i % 7 === 0 || i === days - 1 ? (
                          <text x={x} y={ROW + AXIS - 3} style={{ fontSize: "9px" }} className={styles.sideWords} aria-hidden="true">
                            {i === days - 1 && i % 7 !== 0 ? "" : shortDay(date)}
                          </text>
                        ) : null}
                      </g>
                    );
                  })}
                </svg>
              </div>
            );
          })}
          <details>
            <summary>{regionLabel(region)} day by day</summary>
            <table className={styles.list} style={{ minWidth: 0 }}>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Side</th>
                  <th scope="col">Level</th>
                </tr>
              </thead>
              <tbody>
                {sides
                  .flatMap(({ side, days: logged }) => logged.map((d) => ({ side, ...d })))
                  .sort((a, b) => a.date.localeCompare(b.date))
                  .map((d) => (
                    <tr key={`${d.date}.${d.side}`}>
                      <td>{shortDay(d.date)}</td>
                      <td>{d.side === "both" ? "both sides" : d.side}</td>
                      <td>
                        {d.level} of 10, {levelWord(d.level)}
                        {d.sharp ? ", sharp" : ""}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </details>
        </section>
      ))}
    </div>
  );
}

function summary(name: string, logged: readonly { date: string; level: number; sharp: boolean }[], from: string, to: string): string {
  const latest = logged[logged.length - 1];
  if (!latest) return `${name}: nothing logged from ${shortDay(from)} to ${shortDay(to)}.`;
  const highest = logged.reduce((a, b) => (b.level > a.level ? b : a));
  const sharpDays = logged.filter((d) => d.sharp).length;
  return (
    `${name}, ${shortDay(from)} to ${shortDay(to)}: logged on ${logged.length} day${logged.length === 1 ? "" : "s"}; ` +
    `highest ${highest.level} of 10 on ${shortDay(highest.date)}; latest ${latest.level} of 10 on ${shortDay(latest.date)}` +
    (sharpDays ? `; sharp on ${sharpDays} day${sharpDays === 1 ? "" : "s"}.` : ".")
  );
}
