"use client";

import Link from "next/link";
import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { FormMessage } from "@/components/forms/field";
import styles from "./calendar.module.css";
import type { CalendarMassage } from "./types";

/**
 * One form per massage day: the one-click buttons (accept, dismiss, mark done) and "move to"
 * with a date input. Works without JavaScript: the buttons submit the form with their intent.
 */
export function MassageActions({
  massage,
  action,
  back,
}: {
  massage: Pick<CalendarMassage, "id" | "date" | "status" | "version" | "depth">;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  back: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  const { status } = massage;
  if (status === "done" || status === "dismissed") return null;
  const moveId = `move-${massage.id}`;
  const what = massage.depth === "deep" ? "deep tissue massage" : massage.depth === "light" ? "light massage" : "self-massage";
  return (
    <form action={formAction} className={styles.actionsForm} aria-label={`Change the ${what} of ${massage.date}`}>
      <input type="hidden" name="id" value={massage.id} />
      <input type="hidden" name="status" value={status} />
      <input type="hidden" name="version" value={massage.version} />
      <input type="hidden" name="back" value={back} />
      {status === "proposed" ? (
        <button type="submit" name="intent" value="accept" disabled={pending}>
          Accept
        </button>
      ) : null}
      {status === "accepted" || status === "booked" ? (
        <button type="submit" name="intent" value="done" className="secondary" disabled={pending}>
          Mark done
        </button>
      ) : null}
      <Link className={`${styles.linkButton} button secondary`} href={`/calendar/massages/${massage.id}?back=${encodeURIComponent(back)}`} prefetch={false}>
        {status === "booked" ? "Edit booking" : "Book…"}
      </Link>
      <span className={styles.moveField}>
        <label htmlFor={moveId}>Move to</label>
        <input id={moveId} type="date" name="date" defaultValue={massage.date} aria-invalid={state.fieldErrors?.date ? true : undefined} />
      </span>
      <button type="submit" name="intent" value="move" className="secondary" disabled={pending}>
        Move
      </button>
      <button type="submit" name="intent" value="dismiss" className="secondary" disabled={pending}>
        {status === "proposed" ? "Dismiss" : "Cancel it"}
      </button>
      <div style={{ flexBasis: "100%" }}>
        <FormMessage message={state.fieldErrors?.date?.join(" ") ?? state.message} ok={state.ok} />
      </div>
    </form>
  );
}
