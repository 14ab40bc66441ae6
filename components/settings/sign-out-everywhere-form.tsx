"use client";

import { useActionState } from "react";
import type { RevocationState } from "@/lib/validation/revocation";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { RevocationResult } from "./revocation-result";

export function SignOutEverywhereForm({ action }: { action: (state: RevocationState, formData: FormData) => Promise<RevocationState> }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <RevocationResult state={state} />
      <SubmitButton pendingText="Signing out everywhere…" className="secondary">
        Sign out everywhere
      </SubmitButton>
    </form>
  );
}
