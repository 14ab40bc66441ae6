"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { Units } from "@/lib/format/units";
import { CROSS_TRAINING_SPORT_LABELS } from "@/lib/validation/cross-training";
import type { FormState } from "@/lib/validation/form";
import { MAX_NOTES_LENGTH, RPE_WORDS } from "@/lib/validation/run";

export interface CrossTrainingFormValues {
  sport: string;
  date: string;
  time: string;
  duration: string;
  rpe: string;
  distance: string;
  heartRate: string;
  notes: string;
}

/** Manual entry and edit of a cross-training session: sport, date and time, duration, effort; distance, heart rate and notes optional. */
export function CrossTrainingForm({
  action,
  units,
  initial,
  version,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  units: Units;
  initial: CrossTrainingFormValues;
  version?: number;
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const [notesLength, setNotesLength] = useState(v.notes.length);
  const sports = CROSS_TRAINING_SPORT_LABELS[v.sport] || !v.sport ? Object.entries(CROSS_TRAINING_SPORT_LABELS) : [[v.sport, v.sport], ...Object.entries(CROSS_TRAINING_SPORT_LABELS)];
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <Field name="sport" label="Sport" errors={errors.sport}>
        {(p) => (
          <select {...p} name="sport" defaultValue={v.sport}>
            <option value="">Choose…</option>
            {sports.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="date" label="Date" errors={errors.date}>
        {(p) => <input {...p} name="date" type="date" defaultValue={v.date} required />}
      </Field>
      <Field name="time" label="Start time" errors={errors.time}>
        {(p) => <input {...p} name="time" type="time" defaultValue={v.time} required />}
      </Field>
      <Field name="duration" label="Duration" hint="h:mm:ss, mm:ss or minutes" errors={errors.duration}>
        {(p) => <input {...p} name="duration" inputMode="numeric" autoComplete="off" defaultValue={v.duration} required />}
      </Field>
      <Field name="rpe" label="How hard did it feel? (effort, RPE 0–10)" hint="Without it, the load is estimated." errors={errors.rpe}>
        {(p) => (
          <select {...p} name="rpe" defaultValue={v.rpe}>
            <option value="">Not rated</option>
            {Array.from({ length: 11 }, (_, n) => (
              <option key={n} value={n}>
                {n}
                {RPE_WORDS[n] ? ` — ${RPE_WORDS[n]}` : ""}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="distance" label={`Distance (${units === "mi" ? "miles" : "km"}, optional)`} errors={errors.distance}>
        {(p) => <input {...p} name="distance" inputMode="decimal" autoComplete="off" defaultValue={v.distance} />}
      </Field>
      <Field name="heartRate" label="Average heart rate (bpm, optional)" errors={errors.heartRate}>
        {(p) => <input {...p} name="heartRate" inputMode="numeric" autoComplete="off" defaultValue={v.heartRate} />}
      </Field>
      <Field name="notes" label="Notes (optional)" hint={`Up to ${MAX_NOTES_LENGTH} characters.`} errors={errors.notes}>
        {(p) => <textarea {...p} name="notes" rows={3} defaultValue={v.notes} onChange={(e) => setNotesLength(e.target.value.length)} />}
      </Field>
      <p className={notesLength > MAX_NOTES_LENGTH ? "field-error" : "muted"} aria-live="polite">
        {notesLength > MAX_NOTES_LENGTH
          ? `${notesLength} of ${MAX_NOTES_LENGTH} characters: ${notesLength - MAX_NOTES_LENGTH} too many. Shorten the notes to save.`
          : `${notesLength} of ${MAX_NOTES_LENGTH} characters`}
      </p>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
