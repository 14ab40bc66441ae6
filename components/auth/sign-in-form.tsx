"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

export function SignInForm({
  action,
  next,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  next?: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field name="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />}
      </Field>
      <Field name="password" label="Password" errors={state.fieldErrors?.password}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" required />}
      </Field>
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
