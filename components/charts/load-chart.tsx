import { ACWR_HIGH, ACWR_TYPICAL_HIGH, ACWR_TYPICAL_LOW, type LoadDay } from "@/lib/charts/load";
import { dayOf, shortDate, weekdayOf } from "@/lib/charts/days";
import { niceTicks } from "@/lib/charts/scale";
import { ChartFigure } from "./chart-figure";

const W = 400;
const H = 274;
const M = { left: 40, right: 6 };
const LOAD = { top: 12, bottom: 150 };
// The ratio panel shows 0.5 … 2.0: enough room to tell 1.3 from 1.5.
const RATIO = { top: 170, bottom: 246, min: 0.5, max: 2 };

function polyline(points: readonly (readonly [number, number] | null)[]): string[] {
  // Split at gaps so a missing ratio is not bridged by a straight line.
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

/**
 * Daily load bars with the acute (7-day) and chronic (28-day) EWMA lines, and below them the ratio
 * against its context band. Information, never a prediction.
 */
export function LoadChart({ days }: { days: readonly LoadDay[] }) {
  const n = Math.max(days.length, 1);
  const plotW = W - M.left - M.right;
  const band = plotW / n;
  const x = (index: number) => M.left + index * band + band / 2;
  const { max, ticks } = niceTicks(Math.max(...days.map((d) => Math.max(d.load, d.acute, d.chronic)), 0));
  const yLoad = (value: number) => LOAD.bottom - (value / max) * (LOAD.bottom - LOAD.top);
  const yRatio = (value: number) =>
    RATIO.bottom - ((Math.min(Math.max(value, RATIO.min), RATIO.max) - RATIO.min) / (RATIO.max - RATIO.min)) * (RATIO.bottom - RATIO.top);
  const calibratingCount = days.filter((d) => d.calibrating).length;
  const today = days.at(-1);
  const ratioText = (ratio: number) =>
    ratio >= ACWR_HIGH ? "high (1.5 or more)" : ratio > ACWR_TYPICAL_HIGH ? "above the typical range" : ratio >= ACWR_TYPICAL_LOW ? "in the typical range" : "below the typical range";
  const summary =
    today === undefined
      ? "No days to show."
      : `Today: acute load ${today.acute.toFixed(0)}, chronic load ${today.chronic.toFixed(0)}. ` +
        (today.acwr === null
          ? "Ratio: calibrating — it needs 28 days of history before it means anything."
          : `Ratio ${today.acwr.toFixed(2)}, ${ratioText(today.acwr)} (typical ${ACWR_TYPICAL_LOW}–${ACWR_TYPICAL_HIGH}).`) +
        " For context only: the ratio does not predict injury.";
  const weekEnds = days.filter((d, index) => index === days.length - 1 || weekdayOf(dayOf(d.date)) === 6);
  const firstSettled = days.findIndex((d) => !d.calibrating);
  const calibratingEnd = firstSettled === -1 ? days.length : firstSettled;
  return (
    <ChartFigure
      id="load"
      title={`Daily load with acute and chronic lines, last ${days.length} days`}
      summary={summary}
      legend={
        <ul className="chart-legend">
          <li><span className="swatch swatch-bar" aria-hidden="true" /> Daily load (RPE × minutes)</li>
          <li><span className="swatch swatch-acute" aria-hidden="true" /> Acute (7-day average)</li>
          <li><span className="swatch swatch-chronic" aria-hidden="true" /> Chronic (28-day average)</li>
          <li><span className="swatch swatch-typical" aria-hidden="true" /> Ratio {ACWR_TYPICAL_LOW}–{ACWR_TYPICAL_HIGH}: typical</li>
          <li><span className="swatch swatch-high" aria-hidden="true" /> Ratio ≥ {ACWR_HIGH}: high</li>
        </ul>
      }
      table={
        <table>
          <caption>Load at the end of each week (RPE × minutes)</caption>
          <thead>
            <tr>
              <th scope="col">Day</th>
              <th scope="col">Load that day</th>
              <th scope="col">Acute</th>
              <th scope="col">Chronic</th>
              <th scope="col">Ratio</th>
            </tr>
          </thead>
          <tbody>
            {weekEnds.map((d) => (
              <tr key={d.date}>
                <th scope="row">{shortDate(d.date)}</th>
                <td>{d.load.toFixed(0)}</td>
                <td>{d.acute.toFixed(0)}</td>
                <td>{d.chronic.toFixed(0)}</td>
                <td>{d.acwr === null ? "calibrating" : d.acwr.toFixed(2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Load chart. ${summary}`}>
        {calibratingCount > 0 ? (
          <g className="calibrating">
            <rect className="calibrating-area" x={M.left} y={LOAD.top} width={calibratingEnd * band} height={RATIO.bottom - LOAD.top} />
            <text className="axis-label calibrating-label" x={M.left + (calibratingEnd * band) / 2} y={(RATIO.top + RATIO.bottom) / 2 + 4} textAnchor="middle">
              {calibratingEnd * band > 60 ? "calibrating" : ""}
            </text>
          </g>
        ) : null}
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="grid-line" x1={M.left} x2={W - M.right} y1={yLoad(tick)} y2={yLoad(tick)} />
            <text className="axis-label" x={M.left - 5} y={yLoad(tick) + 4} textAnchor="end">
              {tick}
            </text>
          </g>
        ))}
        {/* One path for all the bars: a few elements instead of one per day keeps the page light. */}
        <path
          className="bar"
          d={days
            .map((d, index) =>
              d.load > 0 ? `M${(x(index) - band * 0.35).toFixed(1)} ${LOAD.bottom}V${yLoad(d.load).toFixed(1)}h${(band * 0.7).toFixed(2)}V${LOAD.bottom}Z` : "",
            )
            .join("")}
        />
        {polyline(days.map((d, index) => [x(index), yLoad(d.chronic)] as const)).map((points) => (
          <polyline key={`c${points.slice(0, 12)}`} className="line-chronic" points={points} />
        ))}
        {polyline(days.map((d, index) => [x(index), yLoad(d.acute)] as const)).map((points) => (
          <polyline key={`a${points.slice(0, 12)}`} className="line-acute" points={points} />
        ))}
        {/* The ratio panel: context bands, then the line where it is not calibrating. */}
        <rect className="band-typical" x={M.left} width={plotW} y={yRatio(ACWR_TYPICAL_HIGH)} height={yRatio(ACWR_TYPICAL_LOW) - yRatio(ACWR_TYPICAL_HIGH)} />
        <rect className="band-high" x={M.left} width={plotW} y={yRatio(RATIO.max)} height={yRatio(ACWR_HIGH) - yRatio(RATIO.max)} />
        <line className="grid-line" x1={M.left} x2={W - M.right} y1={RATIO.bottom} y2={RATIO.bottom} />
        {[ACWR_TYPICAL_LOW, ACWR_TYPICAL_HIGH].map((value) => (
          <text key={value} className="axis-label" x={M.left - 5} y={yRatio(value) + 4} textAnchor="end">
            {value.toFixed(1)}
          </text>
        ))}
        <text className="axis-label" x={M.left - 5} y={yRatio((ACWR_HIGH + RATIO.max) / 2) + 4} textAnchor="end">
          ≥{ACWR_HIGH.toFixed(1)}
        </text>
        <text className="axis-label" x={M.left} y={RATIO.top - 6}>
          ratio (acute ÷ chronic)
        </text>
        {polyline(days.map((d, index) => (d.acwr === null ? null : ([x(index), yRatio(d.acwr)] as const)))).map((points) => (
          <polyline key={`r${points.slice(0, 12)}`} className="line-ratio" points={points} />
        ))}
        {days.map((d, index) =>
          index % 28 === (days.length - 1) % 28 ? (
            <text key={d.date} className="axis-label" x={Math.min(Math.max(x(index), M.left + 18), W - 24)} y={H - 8} textAnchor="middle">
              {index === days.length - 1 ? "today" : shortDate(d.date)}
            </text>
          ) : null,
        )}
      </svg>
    </ChartFigure>
  );
}
