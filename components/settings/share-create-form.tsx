"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/validation/form";
import { SHARE_DEFAULT_DAYS, SHARE_EXPIRY_CHOICES } from "@/lib/validation/share";

export interface CreateShareState extends FormState {
  url?: string;
  label?: string;
}

export interface SessionChoice {
  id: string;
  /** "Tuesday 1 December 2026, light / flush massage, booked" */
  label: string;
}

/** Label, expiry, optional session → a private link shown this once, with a copy button. */
export function CreateShareForm({
  action,
  sessions,
  preselected,
  runnerName,
}: {
  action: (state: CreateShareState, formData: FormData) => Promise<CreateShareState>;
  sessions: readonly SessionChoice[];
  preselected?: string;
  runnerName: string | null;
}) {
  const [state, formAction] = useActionState(action, {});
  const [copied, setCopied] = useState<string | null>(null);
  const v = state.url ? {} : (state.values ?? {});
  return (
    <div className="stack">
      <form action={formAction} noValidate className="stack">
        <FormMessage message={state.url ? undefined : state.message} ok={state.ok} />
        <Field name="label" label="Label" hint="Who it is for, e.g. the clinic’s name." errors={state.fieldErrors?.label}>
          {(p) => <input {...p} name="label" maxLength={80} autoComplete="off" defaultValue={v.label ?? ""} />}
        </Field>
        <Field name="expiresInDays" label="Works for" errors={state.fieldErrors?.expiresInDays}>
          {(p) => (
            <select {...p} name="expiresInDays" defaultValue={v.expiresInDays ?? String(SHARE_DEFAULT_DAYS)}>
              {SHARE_EXPIRY_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {days === 1 ? "1 day" : `${days} days`}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="massageId" label="For the session" hint="Optional. Needed to let the therapist add notes for that session." errors={state.fieldErrors?.massageId}>
          {(p) => (
            <select {...p} name="massageId" defaultValue={v.massageId ?? preselected ?? ""}>
              <option value="">No particular session</option>
              {sessions.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <div className="field">
          <label style={{ fontWeight: 400 }}>
            <input type="checkbox" name="allowNotes" defaultChecked={v.allowNotes === "on"} aria-describedby="allow-notes-hint" /> Let the therapist add
            notes for this session
          </label>
          <span className="hint" id="allow-notes-hint">
            Only the notes of the chosen session can be written; nothing else on the page can be changed.
          </span>
          {state.fieldErrors?.allowNotes ? <p className="field-error">{state.fieldErrors.allowNotes.join(" ")}</p> : null}
        </div>
        <div className="field">
          <label style={{ fontWeight: 400 }}>
            <input type="checkbox" name="showName" defaultChecked={v.showName === "on"} disabled={!runnerName} /> Show my name
            {runnerName ? ` (${runnerName})` : " (no name in your profile)"}
          </label>
        </div>
        <Field name="noteToTherapist" label="Your note to the therapist" hint="Optional, at most 1,000 characters." errors={state.fieldErrors?.noteToTherapist}>
          {(p) => <textarea {...p} name="noteToTherapist" rows={3} maxLength={1000} defaultValue={v.noteToTherapist ?? ""} />}
        </Field>
        <SubmitButton pendingText="Creating…">Create link</SubmitButton>
      </form>
      {state.url ? (
        <div className="form-message ok" role="status" aria-live="polite">
          <p>
            <strong>Link “{state.label}” created.</strong> Copy it now: it is shown only this once. Anyone with it can read the page until it
            expires or you revoke it.
          </p>
          <div className="actions">
            <label htmlFor="new-share-url" className="visually-hidden">
              The new link
            </label>
            <input id="new-share-url" readOnly value={state.url} onFocus={(e) => e.currentTarget.select()} style={{ flex: "1 1 20rem" }} />
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(state.url!);
                  setCopied(state.url!);
                } catch {
                  setCopied(null);
                }
              }}
            >
              {copied === state.url ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
