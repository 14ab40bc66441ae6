"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { WELLNESS_ITEMS, type WellnessItem } from "@/lib/validation/soreness-fields";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "./body-map.module.css";

// Hooper 1995: four 1–7 ratings; 1 is the best answer, 7 the worst.
const GOOD_TO_BAD = ["very, very good", "very good", "good", "average", "bad", "very bad", "very, very bad"];
const LOW_TO_HIGH = ["very, very low", "very low", "low", "average", "high", "very high", "very, very high"];

const QUESTIONS: Record<WellnessItem, { legend: string; words: string[] }> = {
  sleep: { legend: "Sleep quality last night", words: GOOD_TO_BAD },
  stress: { legend: "Stress", words: LOW_TO_HIGH },
  fatigue: { legend: "Fatigue", words: LOW_TO_HIGH },
  soreness: { legend: "Muscle soreness overall", words: LOW_TO_HIGH },
};

/** The optional daily wellness check: four questions, one tap each. */
export function WellnessForm({
  action,
  date,
  initial,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  date: string;
  initial: Partial<Record<WellnessItem, number | null>> | null;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="date" value={date} />
      <FormMessage message={state.message ?? (state.fieldErrors?.date ? state.fieldErrors.date.join(" ") : undefined)} ok={state.ok} />
      {WELLNESS_ITEMS.map((item) => {
        const { legend, words } = QUESTIONS[item];
        const chosen = state.values?.[item] ?? (initial?.[item] != null ? String(initial[item]) : undefined);
        const errors = state.fieldErrors?.[item];
        return (
          <fieldset key={`${item}-${chosen ?? ""}`} className="field" style={{ border: 0, padding: 0, margin: "0 0 0.9rem" }} aria-describedby={errors ? `wellness-${item}-error` : undefined}>
            <legend style={{ fontWeight: 600, marginBottom: "0.3rem" }}>{legend}</legend>
            <div className={styles.levels}>
              {words.map((word, i) => (
                <label key={i} className={styles.choice}>
                  <input type="radio" name={item} value={i + 1} defaultChecked={chosen === String(i + 1)} />
                  {i + 1} {word}
                </label>
              ))}
            </div>
            {errors ? (
              <p className="field-error" id={`wellness-${item}-error`}>
                {errors.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      <SubmitButton pendingText="Saving…">Save wellness</SubmitButton>
    </form>
  );
}
