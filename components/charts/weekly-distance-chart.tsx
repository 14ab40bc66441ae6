import type { WeekDistance } from "@/lib/charts/weekly-distance";
import { shortDate } from "@/lib/charts/days";
import { niceTicks } from "@/lib/charts/scale";
import { METRES_PER_MILE, type Units } from "@/lib/format/units";
import { ChartFigure } from "./chart-figure";

const W = 400;
const H = 210;
const M = { top: 12, right: 6, bottom: 26, left: 40 };

export const inUnits = (distanceKm: number, units: Units) => (units === "mi" ? (distanceKm * 1000) / METRES_PER_MILE : distanceKm);

/** Bars of distance per Monday-to-Sunday week, in the runner's units. */
export function WeeklyDistanceChart({ weeks, units }: { weeks: readonly WeekDistance[]; units: Units }) {
  const values = weeks.map((week) => inUnits(week.distanceKm, units));
  const { max, ticks } = niceTicks(Math.max(...values, 0));
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / Math.max(weeks.length, 1);
  const y = (value: number) => M.top + plotH - (value / max) * plotH;
  const current = weeks.at(-1);
  const previous = weeks.at(-2);
  const fmt = (value: number) => value.toFixed(1);
  const summary =
    current === undefined
      ? "No weeks to show."
      : `This week so far: ${fmt(inUnits(current.distanceKm, units))} ${units}` +
        (previous ? `; last week ${fmt(inUnits(previous.distanceKm, units))} ${units}` : "") +
        `; most in one week: ${fmt(Math.max(...values, 0))} ${units}. Weeks run Monday to Sunday.`;
  return (
    <ChartFigure
      id="weekly-distance"
      title={`Weekly distance, last ${weeks.length} weeks (${units})`}
      summary={summary}
      table={
        <table>
          <caption>Weekly distance in {units === "mi" ? "miles" : "kilometres"}</caption>
          <thead>
            <tr>
              <th scope="col">Week</th>
              <th scope="col">Distance ({units})</th>
              <th scope="col">Runs</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, index) => (
              <tr key={week.weekStart}>
                <th scope="row">
                  {shortDate(week.weekStart)} – {shortDate(week.weekEnd)}
                </th>
                <td>{fmt(values[index] ?? 0)}</td>
                <td>{week.runs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    >
      <svg className="chart-svg" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Bar chart of weekly distance in ${units}. ${summary}`}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line className="grid-line" x1={M.left} x2={W - M.right} y1={y(tick)} y2={y(tick)} />
            <text className="axis-label" x={M.left - 5} y={y(tick) + 4} textAnchor="end">
              {Number.isInteger(tick) ? tick : tick.toFixed(1)}
            </text>
          </g>
        ))}
        <text className="axis-label" x={4} y={M.top + 2} dominantBaseline="hanging" transform={`rotate(-90 4 ${M.top + 2})`} textAnchor="end">
          {units}
        </text>
        {weeks.map((week, index) => {
          const value = values[index] ?? 0;
          const top = y(value);
          return (
            <g key={week.weekStart}>
              <rect
                className={week.current ? "bar bar-current" : "bar"}
                x={M.left + index * band + band * 0.15}
                y={top}
                width={band * 0.7}
                height={Math.max(0, M.top + plotH - top)}
                rx={2}
              />
              {index % 4 === 3 || index === 0 ? (
                <text className="axis-label" x={M.left + index * band + band / 2} y={H - 8} textAnchor="middle">
                  {week.current ? "this wk" : shortDate(week.weekStart)}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
    </ChartFigure>
  );
}
