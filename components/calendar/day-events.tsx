import Link from "next/link";
import { formatDistance, formatDuration } from "@/lib/format/units";
import { sportLabel } from "@/lib/validation/cross-training";
import styles from "./calendar.module.css";
import type { CalendarContent } from "./types";
import { CONFLICT_WORDS, DEPTH_WORDS, RUN_KIND_WORDS, STATUS_WORDS } from "./words";

/** A day's runs, cross-training (with its sport), races and massage days as links; conflicts right under the session they concern. */
export function DayEvents({ date, content, detailed }: { date: string; content: CalendarContent; detailed: boolean }) {
  const runs = content.runs.filter((r) => r.date === date);
  const races = content.races.filter((r) => r.date === date);
  const massages = content.massages.filter((m) => m.date === date);
  const crossTraining = (content.crossTraining ?? []).filter((c) => c.date === date);
  if (runs.length + crossTraining.length + races.length + massages.length === 0) {
    return detailed ? <p className={styles.empty}>Nothing planned.</p> : null;
  }
  return (
    <ul className={styles.events}>
      {races.map((race) => (
        <li key={race.id}>
          <Link className={`${styles.chip} ${styles.race}`} href={`/calendar/races/${race.id}`}>
            Race: {race.name} ({formatDistance(race.distanceM, content.units)}, {race.priority})
          </Link>
        </li>
      ))}
      {runs.map((run) => (
        <li key={run.id}>
          <Link className={`${styles.chip} ${styles.run}`} href={`/runs/${run.id}/edit`}>
            {run.kind ? RUN_KIND_WORDS[run.kind] : "Run"} {formatDistance(run.distanceM, content.units)}
          </Link>
        </li>
      ))}
      {crossTraining.map((session) => (
        <li key={session.id}>
          <Link className={`${styles.chip} ${styles.run}`} href={`/runs/cross-training/${session.id}`}>
            {sportLabel(session.sport)} {formatDuration(session.durationSec)}
          </Link>
        </li>
      ))}
      {massages.map((massage) => {
        const conflicts = content.conflicts.filter((c) => c.massageId === massage.id);
        return (
          <li key={massage.id}>
            <a className={`${styles.chip} ${styles[massage.status]}`} href={`#massage-${massage.id}`}>
              {STATUS_WORDS[massage.status]}: {DEPTH_WORDS[massage.depth].toLowerCase()}
              {massage.time ? ` at ${massage.time}` : ""}
            </a>
            {conflicts.map((conflict) => (
              <p key={conflict.kind} className={styles.conflict}>
                <span aria-hidden="true">⚠ </span>Conflict: {detailed ? conflict.message : CONFLICT_WORDS[conflict.kind]}
              </p>
            ))}
          </li>
        );
      })}
    </ul>
  );
}
