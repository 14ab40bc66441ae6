/**
 * A chart figure whose inside (title, summary, drawing, legend, hidden table) is markup built by the
 * pure functions in ./svg: one element for React to render and serialise instead of hundreds.
 */
export function ChartFigure({ id, html }: { id: string; html: string }) {
  return <figure className="card chart" aria-labelledby={`${id}-title`} dangerouslySetInnerHTML={{ __html: html }} />;
}
