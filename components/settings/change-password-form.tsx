"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

export function ChangePasswordForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(p) => <input {...p} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field
        name="newPassword"
        label="New password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters.`}
        errors={state.fieldErrors?.newPassword}
      >
        {(p) => <input {...p} name="newPassword" type="password" autoComplete="new-password" />}
      </Field>
      <SubmitButton pendingText="Changing…" className="secondary">
        Change password
      </SubmitButton>
    </form>
  );
}
