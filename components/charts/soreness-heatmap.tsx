import type { SorenessHeatmap as Heatmap } from "@/lib/charts/soreness";
import { shortDate } from "@/lib/charts/days";
import { regionLabel } from "@/components/dashboard/labels";
import { ChartFigure } from "./chart-figure";
import { HEAT_LEGEND, heatClass } from "./heat";

const W = 400;
const LABEL_W = 96;
const ROW_H = 22;
const TOP = 4;

function cellPaths(levels: readonly (number | null)[], cell: number, y: number): [string, string][] {
  const byClass = new Map<string, string>();
  levels.forEach((level, index) => {
    const className = heatClass(level);
    const x = LABEL_W + index * cell + 0.5;
    byClass.set(className, `${byClass.get(className) ?? ""}M${x.toFixed(1)} ${y}h${(cell - 1).toFixed(2)}v${ROW_H - 2}h${(-(cell - 1)).toFixed(2)}Z`);
  });
  return [...byClass.entries()];
}

/** Soreness per region (the higher side) and day over the last weeks. */
export function SorenessHeatmap({ heatmap }: { heatmap: Heatmap }) {
  const days = heatmap.dates.length;
  const cell = (W - LABEL_W - 4) / Math.max(days, 1);
  const rows = heatmap.rows;
  const H = TOP + Math.max(rows.length, 1) * ROW_H + 24;
  const peaks = rows.map((row) => ({ region: row.region, peak: Math.max(...row.levels.map((level) => level ?? 0)) }));
  const summary =
    rows.length === 0
      ? `No soreness logged in the last ${Math.round(days / 7)} weeks.`
      : `Regions logged: ${peaks.map((p) => `${regionLabel(p.region)} (up to ${p.peak}/10)`).join(", ")}. Darker means more sore; a dot marks a sharp pain.`;
  return (
    <ChartFigure
      id="soreness-heatmap"
      title={`Soreness by region, last ${Math.round(days / 7)} weeks`}
      summary={summary}
      legend={
        <ul className="chart-legend" aria-label="Soreness scale, 0–10">
          {HEAT_LEGEND.map((step) => (
            <li key={step.className}>
              <span className={`swatch ${step.className}`} aria-hidden="true" /> {step.label}
            </li>
          ))}
        </ul>
      }
      table={
        <table>
          <caption>Soreness logged per region (0–10, the higher side)</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col">Days and levels</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.region}>
                <th scope="row">{regionLabel(row.region)}</th>
                <td>
                  {row.levels
                    .map((level, index) =>
                      level === null ? null : `${shortDate(heatmap.dates[index]!)}: ${level}${row.sharp[index] ? " (sharp)" : ""}`,
                    )
                    .filter(Boolean)
                    .join("; ")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      {rows.length === 0 ? null : (
        <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Heat map of soreness. ${summary}`}>
          {rows.map((row, r) => (
            <g key={row.region}>
              <text className="axis-label" x={LABEL_W - 6} y={TOP + r * ROW_H + ROW_H / 2 + 4} textAnchor="end">
                {regionLabel(row.region)}
              </text>
              {/* One path per colour step rather than one element per cell. */}
              {cellPaths(row.levels, cell, TOP + r * ROW_H + 1).map(([className, d]) => (
                <path key={className} className={className} d={d} />
              ))}
              {row.sharp.map((sharp, index) =>
                sharp ? (
                  <circle key={`s${index}`} className="sharp-dot" cx={LABEL_W + index * cell + cell / 2} cy={TOP + r * ROW_H + ROW_H / 2} r={Math.min(2.2, cell / 3)} />
                ) : null,
              )}
            </g>
          ))}
          {heatmap.dates.map((date, index) =>
            (days - 1 - index) % 14 === 0 ? (
              <text key={date} className="axis-label" x={Math.min(LABEL_W + index * cell + cell / 2, W - 16)} y={H - 6} textAnchor="middle">
                {index === days - 1 ? "today" : shortDate(date)}
              </text>
            ) : null,
          )}
        </svg>
      )}
    </ChartFigure>
  );
}
