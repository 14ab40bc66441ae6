import { fullDateLabel } from "@/lib/calendar/grid";
import type { FormState } from "@/lib/validation/form";
import styles from "./calendar.module.css";
import { MassageActions } from "./massage-actions";
import type { CalendarConflict, CalendarMassage } from "./types";
import { DEPTH_WORDS, regionWords, STATUS_WORDS } from "./words";

/** A massage day with why it was proposed, its booking, its conflicts and what the runner can do. */
export function MassageCard({
  massage,
  conflicts,
  action,
  back,
}: {
  massage: CalendarMassage;
  conflicts: CalendarConflict[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  back: string;
}) {
  const headingId = `massage-${massage.id}-title`;
  return (
    <li className={styles.card} id={`massage-${massage.id}`} aria-labelledby={headingId}>
      <h3 id={headingId}>
        <span className={`${styles.badge} ${styles[massage.status]}`}>{STATUS_WORDS[massage.status]}</span>
        {DEPTH_WORDS[massage.depth]} — {fullDateLabel(massage.date)}
      </h3>
      <p className="muted">For: {regionWords(massage.regions)}</p>
      {massage.reason ? <p>{massage.reason}</p> : null}
      {massage.therapist || massage.time || massage.place || massage.notes ? (
        <dl className={styles.details}>
          {massage.therapist ? (
            <>
              <dt>With</dt>
              <dd>{massage.therapist}</dd>
            </>
          ) : null}
          {massage.time ? (
            <>
              <dt>At</dt>
              <dd>{massage.time}</dd>
            </>
          ) : null}
          {massage.place ? (
            <>
              <dt>Where</dt>
              <dd>{massage.place}</dd>
            </>
          ) : null}
          {massage.notes ? (
            <>
              <dt>Notes</dt>
              <dd style={{ whiteSpace: "pre-line" }}>{massage.notes}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {conflicts.length > 0 ? (
        <ul className={styles.cardConflicts} aria-label="Conflicts">
          {conflicts.map((conflict) => (
            <li key={conflict.kind} className={styles.conflict}>
              <span aria-hidden="true">⚠ </span>Conflict: {conflict.message}
            </li>
          ))}
        </ul>
      ) : null}
      <MassageActions massage={massage} action={action} back={back} />
    </li>
  );
}
