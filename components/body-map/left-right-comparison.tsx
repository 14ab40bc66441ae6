import { regionLabel } from "@/components/dashboard/labels";
import type { CSSProperties } from "react";
import { IMBALANCE_MIN_LOGGED_DAYS, sidesInWords, type SideComparison } from "@/lib/rules/imbalance";

/**
 * Left against right per region over the last 4 weeks, as a table with the counts behind it: the
 * days each side was the sorer one, even days, and the average levels. A region sorer on one side
 * on most logged days is named above the table, with its numbers.
 */
const CELL: CSSProperties = { padding: "0.2rem 0.5rem", verticalAlign: "top" };

export function LeftRightTable({ sides, caption = "Days each side was the sorer one, last 4 weeks" }: { sides: readonly SideComparison[]; caption?: string }) {
  if (sides.length === 0) return <p className="muted small">Nothing logged in the last 4 weeks to compare.</p>;
  return (
    // Focusable, so a keyboard can scroll it on a narrow screen.
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="small left-right-table" style={{ borderCollapse: "collapse", width: "100%", textAlign: "left" }}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={CELL}>Region</th>
            <th scope="col" style={CELL}>Days logged</th>
            <th scope="col" style={CELL}>Left sorer</th>
            <th scope="col" style={CELL}>Right sorer</th>
            <th scope="col" style={CELL}>Even</th>
            <th scope="col" style={CELL}>Average L / R</th>
          </tr>
        </thead>
        <tbody>
          {sides.map((c) => (
            <tr key={c.region} data-imbalance={c.sorerSide ?? undefined}>
              <th scope="row" style={CELL}>
                {regionLabel(c.region)}
                {c.sorerSide ? <strong> — {c.sorerSide} sorer</strong> : null}
              </th>
              <td style={CELL}>{c.loggedDays}</td>
              <td style={CELL}>{c.leftSorerDays}</td>
              <td style={CELL}>{c.rightSorerDays}</td>
              <td style={CELL}>{c.evenDays}</td>
              <td style={CELL}>
                {c.meanLeft.toFixed(1)} / {c.meanRight.toFixed(1)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The runner's own left–right card (soreness page and Today): imbalances in words, then the table. */
export function LeftRightComparison({ sides, id = "left-right" }: { sides: readonly SideComparison[]; id?: string }) {
  const flagged = sides.filter((c) => c.sorerSide !== null);
  return (
    <section className="card" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Left against right, last 4 weeks</h2>
      <p className="hint">
        A region counts as one-sided when the same side was sorer on most of the days you logged it (at least {IMBALANCE_MIN_LOGGED_DAYS} days).
        Worth showing your therapist; if it hurts on one side after run after run, see a physiotherapist or doctor.
      </p>
      {flagged.length > 0 ? (
        <ul>
          {flagged.map((c) => (
            <li key={c.region}>
              <strong>{sidesInWords(c)}</strong>
            </li>
          ))}
        </ul>
      ) : (
        <p>No region was sorer on one side on most logged days.</p>
      )}
      <LeftRightTable sides={sides} />
    </section>
  );
}
