"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

const painInput = (name: string, value: string | undefined) =>
  function PainInput(props: { id: string }) {
    return <input {...props} name={name} type="number" inputMode="numeric" min="0" max="10" step="1" defaultValue={value ?? ""} />;
  };

export function StartProgrammeForm({ action, regions, region, test }: { action: Action; regions: { value: string; label: string }[]; region?: string; test: string }) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  return (
    <form action={formAction} className="stack" aria-label="Start a return-to-run programme">
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="region" label="Region" errors={state.fieldErrors?.region}>
        {(props) => (
          <select {...props} name="region" defaultValue={v.region ?? region ?? ""}>
            <option value="">Choose…</option>
            {regions.map((r) => (
              <option key={r.value} value={r.value}>
                {r.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field name="side" label="Side" errors={state.fieldErrors?.side}>
        {(props) => (
          <select {...props} name="side" defaultValue={v.side ?? "left"}>
            <option value="left">Left</option>
            <option value="right">Right</option>
            <option value="both">Both</option>
          </select>
        )}
      </Field>
      <Field name="usualRestPain" label="Your usual pain at rest (0–10)" hint="How it feels on a normal morning now, before running." errors={state.fieldErrors?.usualRestPain}>
        {painInput("usualRestPain", v.usualRestPain)}
      </Field>
      <Field name="usualTestPain" label="Your usual pain on the single-leg test (0–10)" hint={`Single-leg ${test}s for calf and Achilles, single-leg hops otherwise: 10 on the affected side.`} errors={state.fieldErrors?.usualTestPain}>
        {painInput("usualTestPain", v.usualTestPain)}
      </Field>
      <SubmitButton pendingText="Starting…">Start the programme</SubmitButton>
    </form>
  );
}

export function SessionPainForm({ action, sessionId }: { action: Action; sessionId: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="stack" aria-label="Log the session">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="painDuring" label="Pain during the session (0–10)" hint="Up to 5/10 is acceptable; above 5, or sharp pain, stops the programme." errors={state.fieldErrors?.painDuring}>
        {painInput("painDuring", state.values?.painDuring)}
      </Field>
      <label className="checkbox">
        <input type="checkbox" name="sharp" /> The pain was sharp or stabbing
      </label>
      <SubmitButton pendingText="Saving…">Log the session</SubmitButton>
    </form>
  );
}

export function MorningPainForm({ action, sessionId, test }: { action: Action; sessionId: string; test: string }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} className="stack" aria-label="Log the next morning">
      <input type="hidden" name="sessionId" value={sessionId} />
      <FormMessage message={state.message} ok={state.ok} />
      <Field name="restPain" label="Pain at rest this morning (0–10)" errors={state.fieldErrors?.restPain}>
        {painInput("restPain", state.values?.restPain)}
      </Field>
      <Field name="testPain" label={`Pain on 10 single-leg ${test}s (0–10)`} errors={state.fieldErrors?.testPain}>
        {painInput("testPain", state.values?.testPain)}
      </Field>
      <SubmitButton pendingText="Saving…">Log this morning</SubmitButton>
    </form>
  );
}
