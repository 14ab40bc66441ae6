"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { sportLabel } from "@/lib/validation/cross-training";
import type { FormState } from "@/lib/validation/form";

/** Checkboxes: the cross-training sports the runner keeps out of their session load. */
export function LoadSportsForm({
  action,
  sports,
  excluded,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  sports: string[];
  excluded: string[];
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <fieldset className="field" style={{ border: 0, padding: 0, margin: "0 0 0.9rem" }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.3rem" }}>Leave out of my training load</legend>
        {sports.map((sport) => (
          <label key={sport} style={{ fontWeight: 400, display: "flex", gap: "0.4rem", alignItems: "center" }}>
            <input type="checkbox" name="excluded" value={sport} defaultChecked={excluded.includes(sport)} />
            {sportLabel(sport)}
          </label>
        ))}
        {state.fieldErrors?.excluded ? <p className="field-error">{state.fieldErrors.excluded.join(" ")}</p> : null}
      </fieldset>
      <SubmitButton pendingText="Saving…">Save</SubmitButton>
    </form>
  );
}
