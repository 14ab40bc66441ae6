"use client";

import { useActionState } from "react";
import type { RevocationState } from "@/lib/validation/revocation";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { RevocationResult } from "./revocation-result";

export function ChangePasswordForm({ action }: { action: (state: RevocationState, formData: FormData) => Promise<RevocationState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <RevocationResult state={state} />
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
