import type { ReactNode } from "react";

/** A chart with its title, a one-paragraph summary and (visually hidden) the figures as a table. */
export function ChartFigure({
  id,
  title,
  summary,
  children,
  table,
  legend,
}: {
  id: string;
  title: string;
  summary: ReactNode;
  children: ReactNode;
  table: ReactNode;
  legend?: ReactNode;
}) {
  return (
    <figure className="card chart" aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="chart-summary muted">{summary}</p>
      </figcaption>
      {children}
      {legend}
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}
