"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

export interface RaceFormValues {
  id?: string;
  name: string;
  date: string;
  /** In the runner's unit, as text ("42.2"). */
  distance: string;
  priority: "A" | "B" | "C";
}

const PRIORITIES = [
  { value: "A", label: "A — the goal race" },
  { value: "B", label: "B — important" },
  { value: "C", label: "C — a tune-up or training race" },
] as const;

export function RaceForm({
  action,
  initial,
  units,
  submitLabel,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: RaceFormValues;
  units: "km" | "mi";
  submitLabel: string;
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {initial.id ? <input type="hidden" name="id" value={initial.id} /> : null}
      <Field name="name" label="Race name" errors={errors.name}>
        {(p) => <input {...p} name="name" maxLength={100} required defaultValue={v?.name ?? initial.name} />}
      </Field>
      <Field name="date" label="Date" errors={errors.date}>
        {(p) => <input {...p} type="date" name="date" required defaultValue={v?.date ?? initial.date} />}
      </Field>
      <Field name="distance" label={`Distance in ${units}`} hint={units === "km" ? "e.g. 42.2 for a marathon" : "e.g. 26.2 for a marathon"} errors={errors.distance ?? errors.distanceM}>
        {(p) => <input {...p} name="distance" inputMode="decimal" required defaultValue={v?.distance ?? initial.distance} />}
      </Field>
      <Field name="priority" label="Priority" errors={errors.priority}>
        {(p) => (
          <select {...p} name="priority" defaultValue={v?.priority ?? initial.priority}>
            {PRIORITIES.map((priority) => (
              <option key={priority.value} value={priority.value}>
                {priority.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
