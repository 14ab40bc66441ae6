import type { SweatRateTestView } from "@/lib/format/sweat-rate";
import { formatDuration } from "@/lib/format/units";


/** The runner's tests, newest first, each deletable (a plain form: works without JavaScript). */
export function SweatRateTests({ tests, deleteAction }: { tests: readonly SweatRateTestView[]; deleteAction: (formData: FormData) => Promise<void> }) {
  if (tests.length === 0) return <p className="muted">No tests yet. Your plan suggests drinking amounts only once it knows your sweat rate.</p>;
  return (
    <div className="table-scroll">
      <table style={{ borderCollapse: "collapse", width: "100%" }}>
        <caption className="visually-hidden">Your sweat-rate tests, newest first</caption>
        <thead>
          <tr>
            {["Day", "Sweat rate", "Temperature", "Before → after", "Drunk / urine", "Duration", ""].map((h, i) => (
              <th key={i} scope="col" style={{ textAlign: "left", padding: "0.35rem 0.5rem", borderBottom: "1px solid var(--border)" }}>
                {h || <span className="visually-hidden">Delete</span>}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tests.map((t, i) => (
            <tr key={t.id}>
              <td style={cell}>
                {t.date}
                {i === 0 ? <span className="muted"> (used by your plan)</span> : null}
              </td>
              <td style={cell}>
                <strong>{t.sweatRateLPerH.toFixed(2)} L/h</strong>
              </td>
              <td style={cell}>{t.temperatureC === null ? "–" : `${t.temperatureC} °C`}</td>
              <td style={cell}>
                {t.massBeforeKg} → {t.massAfterKg} kg
              </td>
              <td style={cell}>
                {t.fluidMl} / {t.urineMl} mL
              </td>
              <td style={cell}>{formatDuration(t.durationSec)}</td>
              <td style={cell}>
                <form action={deleteAction}>
                  <input type="hidden" name="id" value={t.id} />
                  <button type="submit" className="secondary" aria-label={`Delete the test of ${t.date}`}>
                    Delete
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const cell = { padding: "0.35rem 0.5rem", borderBottom: "1px solid var(--border)" } as const;
