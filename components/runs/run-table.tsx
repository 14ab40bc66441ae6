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
const shortDayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const shortDayOf = (isoDate: string) => shortDayFormat.format(new Date(`${isoDate}T00:00:00Z`));

export function RunTable({ runs, units, timeZone, highlight }: { runs: RunRow[]; units: Units; timeZone: string; highlight?: string }) {
  return (
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
                {/* Phones show the short day (CSS picks one; the other is display: none, so read once). */}
                <span className={styles.dayLong}>{dayOf(r.date)}</span>
                <span className={styles.dayShort}>{shortDayOf(r.date)}</span>{" "}
                <span className={`muted ${styles.startTime}`}>{localTimeOf(new Date(r.startedAt), timeZone)}</span>
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
                  <Link href={`/runs/${r.id}/edit`} className={styles.needsRpe} aria-label={`Rate the effort of the run of ${dayOf(r.date)}`}>
                    needs RPE
                  </Link>
                )}
              </td>
              <td className={styles.num}>
                {r.load ?? (r.estimatedLoad !== undefined && r.estimatedLoad !== null ? <span title="Estimated: no effort rating (RPE) yet">≈ {r.estimatedLoad}</span> : "—")}
              </td>
              <td>
                <Link href={`/runs/${r.id}/edit`} aria-label={`Edit the run of ${dayOf(r.date)}`}>
                  Edit
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
