"use client";

import { useActionState } from "react";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { DEPTH_LABELS, regionLabel } from "@/components/dashboard/labels";
import { MASSAGE_DEPTHS, REGIONS, type MassageDepth, type Region } from "@/lib/rules/types";
import type { FormState } from "@/lib/validation/form";

export interface SessionNoteInitial {
  regionsWorked: Region[];
  depthWorked: MassageDepth | null;
  findings: string | null;
}

/**
 * What a session worked on (regions, depth) and what was found — the runner's form on the
 * massage page, and the therapist's on the share page when the runner allowed it. Works without
 * JavaScript (a plain form post); with it, errors and the result appear in place.
 */
export function SessionNoteForm({
  action,
  initial,
  who,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: SessionNoteInitial;
  who: "runner" | "therapist";
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate className="stack">
      <FormMessage message={state.message} ok={state.ok} />
      <fieldset>
        <legend>Regions worked on</legend>
        <div className="actions">
          {REGIONS.map((region) => (
            <label key={region} style={{ fontWeight: 400 }}>
              <input type="checkbox" name="regionsWorked" value={region} defaultChecked={initial.regionsWorked.includes(region)} /> {regionLabel(region)}
            </label>
          ))}
        </div>
        {state.fieldErrors?.regionsWorked ? <p className="field-error">{state.fieldErrors.regionsWorked.join(" ")}</p> : null}
      </fieldset>
      <Field name="depthWorked" label="Depth" errors={state.fieldErrors?.depthWorked}>
        {(p) => (
          <select {...p} name="depthWorked" defaultValue={initial.depthWorked ?? ""}>
            <option value="">Not said</option>
            {MASSAGE_DEPTHS.map((depth) => (
              <option key={depth} value={depth}>
                {DEPTH_LABELS[depth]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="findings"
        label={who === "therapist" ? "Your findings" : "The therapist’s findings"}
        hint="Tight spots, trigger points, differences between the legs, advice given. At most 2,000 characters."
        errors={state.fieldErrors?.findings}
      >
        {(p) => <textarea {...p} name="findings" rows={4} maxLength={2000} defaultValue={initial.findings ?? ""} />}
      </Field>
      <SubmitButton pendingText="Saving…">Save session notes</SubmitButton>
    </form>
  );
}
