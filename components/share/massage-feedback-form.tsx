"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { regionLabel } from "@/components/dashboard/labels";
import type { Region } from "@/lib/rules/types";
import type { FormState } from "@/lib/validation/form";
import { FEEDBACK_ANSWERS } from "@/lib/validation/share";

const ANSWER_LABELS = { better: "Better", same: "Same", worse: "Worse" } as const;

/**
 * "Did yesterday's massage help?" — better, same or worse per region worked. Its own small form
 * (not part of the morning check-in), shown the morning after a massage marked done.
 */
export function MassageFeedbackForm({
  action,
  regions,
  answered,
  title,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  regions: readonly Region[];
  answered: Partial<Record<Region, (typeof FEEDBACK_ANSWERS)[number]>>;
  title: string;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="stack">
      <FormMessage message={state.message} ok={state.ok} />
      {regions.map((region) => (
        <fieldset key={region} className="actions">
          <legend>
            {regionLabel(region)} <span className="visually-hidden">— {title}</span>
          </legend>
          {FEEDBACK_ANSWERS.map((answer) => (
            <label key={answer} style={{ fontWeight: 400 }}>
              <input type="radio" name={`answer.${region}`} value={answer} defaultChecked={answered[region] === answer} /> {ANSWER_LABELS[answer]}
            </label>
          ))}
        </fieldset>
      ))}
      {state.fieldErrors?.answers ? <p className="field-error">{state.fieldErrors.answers.join(" ")}</p> : null}
      <SubmitButton pendingText="Saving…">Save answers</SubmitButton>
    </form>
  );
}
