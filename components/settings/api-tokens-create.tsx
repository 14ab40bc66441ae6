"use client";

import { useActionState, useState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/validation/form";

export interface CreateTokenState extends FormState {
  token?: string;
  tokenName?: string;
}

/** Name → a new token, shown this once with a copy button. */
export function CreateApiTokenForm({ action }: { action: (state: CreateTokenState, formData: FormData) => Promise<CreateTokenState> }) {
  const [state, formAction] = useActionState(action, {});
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="stack">
      <form action={formAction} noValidate>
        <FormMessage message={state.token ? undefined : state.message} ok={state.ok} />
        <Field name="name" label="Token name" hint="What will use it, e.g. “watch sync script”." errors={state.fieldErrors?.name}>
          {(p) => <input {...p} name="name" autoComplete="off" maxLength={60} defaultValue={state.token ? "" : (state.values?.name ?? "")} />}
        </Field>
        <SubmitButton pendingText="Creating…">Create token</SubmitButton>
      </form>
      {state.token ? (
        <div className="form-message ok" role="status" aria-live="polite">
          <p>
            <strong>Token “{state.tokenName}” created.</strong> Copy it now: it is shown only this once. Send it as{" "}
            <code>Authorization: Bearer &lt;token&gt;</code>.
          </p>
          <div className="actions">
            <label htmlFor="new-token" className="visually-hidden">
              Your new token
            </label>
            <input
              id="new-token"
              readOnly
              value={state.token}
              onFocus={(e) => e.currentTarget.select()}
              style={{ fontFamily: "ui-monospace, SFMono-Regular, Menlo, Consolas, monospace", flex: "1 1 20rem" }}
            />
            <button
              type="button"
              className="secondary"
              onClick={async () => {
                try {
                  await navigator.clipboard.writeText(state.token!);
                  setCopied(state.token!);
                } catch {
                  setCopied(null);
                }
              }}
            >
              {copied === state.token ? "Copied" : "Copy"}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
