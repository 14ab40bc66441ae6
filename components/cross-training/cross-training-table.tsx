import Link from "next/link";
import { localTimeOf } from "@/lib/format/dates";
import { formatDistance, formatDuration, type Units } from "@/lib/format/units";
import { sportLabel } from "@/lib/validation/cross-training";
import styles from "@/components/runs/runs.module.css";

export interface CrossTrainingRow {
  id: string;
  sport: string;
  startedAt: string;
  date: string;
  durationSec: number;
  distanceM: number | null;
  rpe: number | null;
  load: number;
  loadEstimated: "heart-rate" | "default" | null;
  source: string;
}

const dayFormat = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dayOf = (isoDate: string) => dayFormat.format(new Date(`${isoDate}T00:00:00Z`));

/** Cross-training sessions, newest first: sport, time, effort and load ("≈" when estimated). */
export function CrossTrainingTable({ sessions, units, timeZone }: { sessions: CrossTrainingRow[]; units: Units; timeZone: string }) {
  return (
    // Not the runs table's wrapper (hidden on phones, where runs become cards): this table scrolls in its own box.
    <div className="table-scroll" tabIndex={0} role="region" aria-label="Your cross-training">
      <table className={styles.table}>
        <caption className="visually-hidden">Your cross-training, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Sport</th>
            <th scope="col" className={styles.num}>
              Distance
            </th>
            <th scope="col" className={styles.num}>
              Time
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
          {sessions.map((s) => (
            <tr key={s.id} data-cross-training-id={s.id}>
              <td>
                {dayOf(s.date)} <span className="muted">{localTimeOf(new Date(s.startedAt), timeZone)}</span>
              </td>
              <td>
                {sportLabel(s.sport)}
                {s.source !== "manual" ? <span className="muted"> · {s.source.toUpperCase()}</span> : null}
              </td>
              <td className={styles.num}>{s.distanceM === null ? "—" : formatDistance(s.distanceM, units, 2)}</td>
              <td className={styles.num}>{formatDuration(s.durationSec)}</td>
              <td className={styles.num}>
                {s.rpe ?? (
                  <Link href={`/runs/cross-training/${s.id}`} className={styles.needsRpe}>
                    needs RPE
                  </Link>
                )}
              </td>
              <td className={styles.num}>
                {s.loadEstimated ? <span title="Estimated: no effort rating (RPE) yet">≈ {s.load}</span> : s.load}
              </td>
              <td>
                <Link href={`/runs/cross-training/${s.id}`} aria-label={`Edit the ${sportLabel(s.sport).toLowerCase()} session of ${dayOf(s.date)}`}>
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
