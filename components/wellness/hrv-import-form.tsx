"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

/** Upload of an HRV4Training or Elite HRV CSV export: resting HR and rMSSD per morning. */
export function HrvImportForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="stack" aria-label="Import HRV readings">
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="file" label="CSV export from HRV4Training or Elite HRV" hint="Mornings you already logged keep your own values." errors={state.fieldErrors?.file}>
        {(props) => <input {...props} name="file" type="file" accept=".csv,text/csv" />}
      </Field>
      <SubmitButton pendingText="Importing…" className="secondary">
        Import readings
      </SubmitButton>
    </form>
  );
}
