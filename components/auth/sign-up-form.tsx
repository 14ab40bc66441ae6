"use client";

import { useActionState, useSyncExternalStore } from "react";
import type { FormState } from "@/lib/validation/form";
import { PASSWORD_MIN_LENGTH } from "@/lib/validation/account";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

const noSubscription = () => () => {};

export function SignUpForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(action, {});
  // The browser's time zone pre-fills the profile; without JavaScript the runner sets it later.
  const timeZone = useSyncExternalStore(
    noSubscription,
    () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    () => "",
  );
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <Field name="name" label="Name (optional)" errors={state.fieldErrors?.name}>
        {(p) => <input {...p} name="name" autoComplete="given-name" defaultValue={state.values?.name} />}
      </Field>
      <Field name="email" label="Email" errors={state.fieldErrors?.email}>
        {(p) => <input {...p} name="email" type="email" autoComplete="email" required defaultValue={state.values?.email} />}
      </Field>
      <Field
        name="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN_LENGTH} characters. A short phrase is easy to remember and hard to guess.`}
        errors={state.fieldErrors?.password}
      >
        {(p) => <input {...p} name="password" type="password" autoComplete="new-password" required minLength={PASSWORD_MIN_LENGTH} />}
      </Field>
      <SubmitButton pendingText="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
