import type { HydrationPlan } from "@/lib/rules";

const ml = (value: number) => `${Math.round(value / 10) * 10} mL`;

/** Drinking before, during and after the next run, from the runner's own body mass and sweat rate. */
export function HydrationCard({ hydration }: { hydration: HydrationPlan }) {
  const rows: { when: string; what: string }[] = [];
  if (hydration.preRunMl) rows.push({ when: "About 4 hours before", what: `${ml(hydration.preRunMl.min)}–${ml(hydration.preRunMl.max)}` });
  if (hydration.duringMlPerHour) {
    rows.push({ when: "During (runs over an hour)", what: `${ml(hydration.duringMlPerHour.min)}–${ml(hydration.duringMlPerHour.max)} per hour` });
  }
  if (hydration.postRunMl !== undefined) rows.push({ when: "After today's run", what: `about ${ml(hydration.postRunMl)}` });
  return (
    <section className="card hydration" aria-labelledby="hydration-title">
      <h2 id="hydration-title">Drinking for your next run</h2>
      {rows.length > 0 ? (
        <dl className="hydration-list">
          {rows.map((row) => (
            <div key={row.when}>
              <dt>{row.when}</dt>
              <dd>{row.what}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {hydration.notes.length > 0 ? (
        <ul className="hydration-notes">
          {hydration.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
