"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

export function DeleteAccountForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} />
      <Field
        name="password"
        label="Your password, to confirm"
        hint="This deletes your account and every run, soreness entry, race, massage day, token and calendar feed in it. It cannot be undone — export first if you want a copy."
        errors={state.fieldErrors?.password}
      >
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" />}
      </Field>
      <SubmitButton pendingText="Deleting…" className="danger">
        Delete my account
      </SubmitButton>
    </form>
  );
}
