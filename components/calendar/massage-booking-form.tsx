"use client";

import { useActionState } from "react";
import { CountedTextarea } from "@/components/forms/counted-textarea";
import { MASSAGE_DEPTHS, REGIONS, type MassageDepth, type Region } from "@/lib/rules/types";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./calendar.module.css";
import { DEPTH_WORDS, regionLabel } from "./words";

export interface BookingValues {
  id?: string;
  date: string;
  depth: MassageDepth;
  regions: Region[];
  status: "booked" | "accepted" | "done";
  therapist: string;
  time: string;
  place: string;
  notes: string;
}

/** Book a massage: directly (new) or for a proposed / accepted day (with its id); edit a booking. */
export function MassageBookingForm({
  action,
  initial,
  submitLabel,
  chooseStatus,
  back,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: BookingValues;
  submitLabel: string;
  chooseStatus: boolean;
  back?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <input type="hidden" name="regions-present" value="1" />
      <Field name="date" label="Date" errors={errors.date}>
        {(p) => <input {...p} type="date" name="date" required defaultValue={v?.date ?? initial.date} />}
      </Field>
      <Field name="depth" label="Kind of massage" errors={errors.depth}>
        {(p) => (
          <select {...p} name="depth" defaultValue={v?.depth ?? initial.depth}>
            {MASSAGE_DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {DEPTH_WORDS[depth]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset className={styles.regions}>
        <legend>Regions (none ticked: the whole body)</legend>
        <div className={styles.regionGrid}>
          {REGIONS.map((region) => (
            <label key={region}>
              <input type="checkbox" name="regions" value={region} defaultChecked={initial.regions.includes(region)} />
              {regionLabel(region)}
            </label>
          ))}
        </div>
        {errors.regions ? <p className="field-error">{errors.regions.join(" ")}</p> : null}
      </fieldset>
      {chooseStatus ? (
        <Field name="status" label="Status" errors={errors.status}>
          {(p) => (
            <select {...p} name="status" defaultValue={v?.status ?? initial.status}>
              <option value="booked">Booked with a therapist</option>
              <option value="accepted">Planned (not booked yet, or self-massage)</option>
              <option value="done">Done already</option>
            </select>
          )}
        </Field>
      ) : (
        <input type="hidden" name="status" value={initial.status} />
      )}
      <Field name="therapist" label="Therapist (optional)" errors={errors.therapist}>
        {(p) => <input {...p} name="therapist" maxLength={100} autoComplete="off" defaultValue={v?.therapist ?? initial.therapist} />}
      </Field>
      <Field name="time" label="Time (optional)" hint="Your local time, e.g. 17:30" errors={errors.time}>
        {(p) => <input {...p} type="time" name="time" defaultValue={v?.time ?? initial.time} />}
      </Field>
      <Field name="place" label="Place (optional)" errors={errors.place}>
        {(p) => <input {...p} name="place" maxLength={200} defaultValue={v?.place ?? initial.place} />}
      </Field>
      <Field name="notes" label="Notes (optional)" errors={errors.notes}>
        {(p) => <CountedTextarea {...p} name="notes" rows={3} max={2000} defaultValue={v?.notes ?? initial.notes} />}
      </Field>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
