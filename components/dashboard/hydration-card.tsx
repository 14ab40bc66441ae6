import type { HydrationPlan } from "@/lib/rules";

// Whole millilitres, written the way the plan's own notes write them ("310–434 mL"), so the
// amounts in the card and in the notes under it are the same numbers.
const ml = (value: number) => `${Math.round(value)} mL`;
const mlRange = ({ min, max }: { min: number; max: number }) => `${Math.round(min)}–${Math.round(max)} mL`;

/** Drinking before, during and after the next run, from the runner's own body mass and sweat rate. */
export function HydrationCard({ hydration }: { hydration: HydrationPlan }) {
  const rows: { when: string; what: string }[] = [];
  // The plan's own words (the runner's fluid units, rounded as people measure); raw mL only as a fallback.
  const words = hydration.inWords ?? {};
  if (hydration.preRunMl) rows.push({ when: "About 4 hours before", what: words.preRun ?? mlRange(hydration.preRunMl) });
  if (hydration.duringMlPerHour) {
    rows.push({ when: "During (runs over an hour)", what: words.duringPerHour ?? `${mlRange(hydration.duringMlPerHour)} per hour` });
  }
  if (hydration.postRunMl !== undefined) rows.push({ when: "After today's run", what: words.postRun ?? `about ${ml(hydration.postRunMl)}` });
  return (
    <section className="card hydration" aria-labelledby="hydration-title">
      {/* With a red flag or after a race the plan prepares for no run: no pre-run drinking, and the title says so. */}
      <h2 id="hydration-title">{hydration.preRunMl ? "Drinking for your next run" : "Drinking today"}</h2>
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
