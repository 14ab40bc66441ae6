"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { formatPace, metresFromUnits, parseDuration, type Units } from "@/lib/format/units";
import type { FormState } from "@/lib/validation/form";
import { CountedTextarea } from "@/components/forms/counted-textarea";
import { MAX_NOTES_LENGTH, RPE_WORDS, RUN_KIND_LABELS, RUN_KINDS } from "@/lib/validation/run";
import styles from "./runs.module.css";

export interface RunFormValues {
  date: string;
  time: string;
  distance: string;
  duration: string;
  rpe: string;
  kind: string;
  temperature: string;
  heartRate: string;
  notes: string;
}

/** Pace as the runner types: "5:12 /km", or null until both distance and time make sense. */
export function livePace(distance: string, duration: string, units: Units): string | null {
  const d = distance.trim().replace(",", ".");
  if (!/^\d*\.?\d+$|^\d+\.$/.test(d)) return null;
  const seconds = parseDuration(duration);
  if (seconds === null) return null;
  return formatPace(metresFromUnits(Number(d), units), seconds, units);
}

export function RunForm({
  action,
  units,
  initial,
  nonce,
  version,
  submitLabel,
  pendingLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  units: Units;
  initial: RunFormValues;
  nonce?: string;
  version?: number;
  submitLabel: string;
  pendingLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = { ...initial, ...state.values };
  const errors = state.fieldErrors ?? {};
  const [distance, setDistance] = useState(v.distance);
  const [duration, setDuration] = useState(v.duration);
  const pace = livePace(distance, duration, units);
  const unitName = units === "mi" ? "miles" : "km";
  const extrasOpen = Boolean(v.temperature || v.heartRate || v.notes || errors.temperature || errors.heartRate || errors.notes);

  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {state.confirm ? (
        <div className="form-message error" role="alert">
          <p>{state.confirm}</p>
          <label style={{ fontWeight: 400, display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
            <input type="checkbox" name="confirmed" value="yes" />
            Yes, that is right — save it as it is
          </label>
        </div>
      ) : null}
      {nonce ? <input type="hidden" name="nonce" value={nonce} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <div className={styles.formGrid}>
        <Field name="date" label="Date" errors={errors.date}>
          {(p) => <input {...p} name="date" type="date" defaultValue={v.date} required />}
        </Field>
        <Field name="time" label="Start time" errors={errors.time}>
          {(p) => <input {...p} name="time" type="time" defaultValue={v.time} required />}
        </Field>
        <Field name="distance" label={`Distance (${unitName})`} errors={errors.distance}>
          {(p) => (
            <input
              {...p}
              name="distance"
              inputMode="decimal"
              autoComplete="off"
              placeholder={units === "mi" ? "6.2" : "10"}
              defaultValue={v.distance}
              onChange={(e) => setDistance(e.target.value)}
              required
            />
          )}
        </Field>
        <Field name="duration" label="Duration" hint="h:mm:ss, mm:ss or minutes" errors={errors.duration}>
          {(p) => (
            <input
              {...p}
              name="duration"
              inputMode="numeric"
              autoComplete="off"
              placeholder="52:30"
              defaultValue={v.duration}
              onChange={(e) => setDuration(e.target.value)}
              required
            />
          )}
        </Field>
      </div>
      <p className={styles.pace} aria-live="polite">
        {pace ? (
          <>
            Pace: <strong data-testid="live-pace">{pace}</strong>
          </>
        ) : (
          <span className="muted">Pace appears here as you type the distance and duration.</span>
        )}
      </p>

      <fieldset className={styles.rpe} aria-describedby={errors.rpe ? "field-rpe-error" : undefined}>
        <legend>How hard did it feel? (effort, RPE 0–10)</legend>
        <div className={styles.rpeScale}>
          {Array.from({ length: 11 }, (_, n) => (
            <div className={styles.rpeOption} key={n}>
              <input type="radio" name="rpe" id={`rpe-${n}`} value={n} defaultChecked={v.rpe === String(n)} />
              <label htmlFor={`rpe-${n}`}>
                <b>{n}</b>
                <span>{RPE_WORDS[n] ?? "\u00a0"}</span>
              </label>
            </div>
          ))}
        </div>
        {errors.rpe ? (
          <p className="field-error" id="field-rpe-error">
            {errors.rpe.join(" ")}
          </p>
        ) : null}
      </fieldset>

      <Field name="kind" label="Kind of run" errors={errors.kind}>
        {(p) => (
          <select {...p} name="kind" defaultValue={v.kind}>
            <option value="">Not set</option>
            {RUN_KINDS.map((k) => (
              <option key={k} value={k}>
                {RUN_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        )}
      </Field>

      <details className={styles.optional} open={extrasOpen || undefined}>
        <summary>Temperature, heart rate, notes (optional)</summary>
        <div className={styles.formGrid}>
          <Field name="temperature" label="Temperature (°C)" errors={errors.temperature}>
            {(p) => <input {...p} name="temperature" inputMode="decimal" autoComplete="off" defaultValue={v.temperature} />}
          </Field>
          <Field name="heartRate" label="Average heart rate (bpm)" errors={errors.heartRate}>
            {(p) => <input {...p} name="heartRate" inputMode="numeric" autoComplete="off" defaultValue={v.heartRate} />}
          </Field>
        </div>
        <Field name="notes" label="Notes" errors={errors.notes}>
          {(p) => <CountedTextarea {...p} name="notes" rows={3} max={MAX_NOTES_LENGTH} defaultValue={v.notes} />}
        </Field>
      </details>

      <SubmitButton pendingText={pendingLabel}>{submitLabel}</SubmitButton>
    </form>
  );
}
