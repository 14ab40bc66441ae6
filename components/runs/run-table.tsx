import Link from "next/link";
import { localTimeOf } from "@/lib/format/dates";
import { formatDistance, formatDuration, formatPace, type Units } from "@/lib/format/units";
import { RUN_KIND_LABELS, type RunKind } from "@/lib/validation/run";
import styles from "./runs.module.css";

export interface RunRow {
  id: string;
  startedAt: string;
  date: string;
  distanceM: number;
  durationSec: number;
  rpe: number | null;
  kind: RunKind | null;
  load: number | null;
  /** Without an RPE: the estimated load the plan counts ("≈"). */
  estimatedLoad?: number | null;
  source: string;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dayOf = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/**
 * The runs, newest first: a table on wide screens, one card per run on phones (CSS shows one of
 * the two; the other is display: none, so it is read once). Edit links do not prefetch: a page of
 * 50 runs would otherwise fetch 50 edit pages on view.
 */
export function RunTable({ runs, units, timeZone, highlight }: { runs: RunRow[]; units: Units; timeZone: string; highlight?: string }) {
  return (
    <>
      <RunCards runs={runs} units={units} timeZone={timeZone} highlight={highlight} />
      <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Your runs, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Kind</th>
            <th scope="col" className={styles.num}>
              Distance
            </th>
            <th scope="col" className={styles.num}>
              Time
            </th>
            <th scope="col" className={styles.num}>
              Pace
            </th>
            <th scope="col" className={styles.num}>
              RPE
            </th>
            <th scope="col" className={styles.num}>
              <abbr title="Session load: effort (RPE) × minutes">Load</abbr>
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((r) => (
            <tr key={r.id} className={r.id === highlight ? styles.highlight : undefined} data-run-id={r.id}>
              <td>
                {dayOf(r.date)}{" "}
                <span className="muted">{localTimeOf(new Date(r.startedAt), timeZone)}</span>
              </td>
              <td>
                {r.kind ? RUN_KIND_LABELS[r.kind] : <span className="muted">—</span>}
                {r.source !== "manual" ? <span className="muted"> · {r.source.toUpperCase()}</span> : null}
              </td>
              <td className={styles.num}>{formatDistance(r.distanceM, units, 2)}</td>
              <td className={styles.num}>{formatDuration(r.durationSec)}</td>
              <td className={styles.num}>{formatPace(r.distanceM, r.durationSec, units) ?? "—"}</td>
              <td className={styles.num}>
                {r.rpe ?? (
                  <Link href={`/runs/${r.id}/edit`} prefetch={false} className={styles.needsRpe} aria-label={`Rate the effort of the run of ${dayOf(r.date)}`}>
                    needs RPE
                  </Link>
                )}
              </td>
              <td className={styles.num}>
                {r.load ?? (r.estimatedLoad !== undefined && r.estimatedLoad !== null ? <span title="Estimated: no effort rating (RPE) yet">≈ {r.estimatedLoad}</span> : "—")}
              </td>
              <td>
                <Link href={`/runs/${r.id}/edit`} prefetch={false} aria-label={`Edit the run of ${dayOf(r.date)}`}>
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
}

/** Phones: one card per run with the day, kind, distance, time, pace and load in words. */
function RunCards({ runs, units, timeZone, highlight }: { runs: RunRow[]; units: Units; timeZone: string; highlight?: string }) {
  return (
    <ol className={styles.cards} aria-label="Your runs, newest first">
      {runs.map((r) => (
        <li key={r.id} className={`${styles.runCard} ${r.id === highlight ? styles.highlight : ""}`} data-run-id={r.id}>
          <div className={styles.cardHead}>
            <h2>
              {dayOf(r.date)} <span className="muted">{localTimeOf(new Date(r.startedAt), timeZone)}</span>
            </h2>
            <Link href={`/runs/${r.id}/edit`} prefetch={false} aria-label={`Edit the run of ${dayOf(r.date)}`}>
              Edit
            </Link>
          </div>
          <p className={styles.cardKind}>
            {r.kind ? RUN_KIND_LABELS[r.kind] : "Run"}
            {r.source !== "manual" ? <span className="muted"> · {r.source.toUpperCase()}</span> : null}
          </p>
          <dl className={styles.cardFacts}>
            <div>
              <dt>Distance</dt>
              <dd>{formatDistance(r.distanceM, units, 2)}</dd>
            </div>
            <div>
              <dt>Time</dt>
              <dd>{formatDuration(r.durationSec)}</dd>
            </div>
            <div>
              <dt>Pace</dt>
              <dd>{formatPace(r.distanceM, r.durationSec, units) ?? "—"}</dd>
            </div>
            <div>
              <dt>Load</dt>
              <dd>
                {r.load !== null ? (
                  `${r.load}${r.rpe === null ? "" : ` (RPE ${r.rpe})`}`
                ) : (
                  <>
                    {r.estimatedLoad !== undefined && r.estimatedLoad !== null ? <span title="Estimated: no effort rating (RPE) yet">≈ {r.estimatedLoad} </span> : "— "}
                    <Link href={`/runs/${r.id}/edit`} prefetch={false} className={styles.needsRpe} aria-label={`Rate the effort of the run of ${dayOf(r.date)}`}>
                      needs RPE
                    </Link>
                  </>
                )}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
