"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/validation/form";
import { CHECK_IN_RATINGS, type CheckInNumber, type CheckInRating } from "@/lib/validation/wellness-fields";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import styles from "@/components/body-map/body-map.module.css";

// Hooper 1995: four 1–7 ratings; 1 is the best answer, 7 the worst.
const GOOD_TO_BAD = ["very, very good", "very good", "good", "average", "bad", "very bad", "very, very bad"];
const LOW_TO_HIGH = ["very, very low", "very low", "low", "average", "high", "very high", "very, very high"];

export const RATING_QUESTIONS: Record<CheckInRating, { legend: string; words: string[] }> = {
  sleep: { legend: "Sleep quality last night", words: GOOD_TO_BAD },
  stress: { legend: "Stress", words: LOW_TO_HIGH },
  fatigue: { legend: "Fatigue", words: LOW_TO_HIGH },
  soreness: { legend: "Muscle soreness overall", words: LOW_TO_HIGH },
};

const NUMBER_QUESTIONS: { name: CheckInNumber; label: string; hint: string; inputMode: "numeric" | "decimal"; step: string }[] = [
  { name: "restingHrBpm", label: "Resting heart rate (bpm)", hint: "Lying down, before getting up: count 30 s and double it, or read your strap.", inputMode: "numeric", step: "1" },
  { name: "hrvRmssdMs", label: "HRV, rMSSD in ms (optional)", hint: "From your HRV app or chest strap: the rMSSD in milliseconds, not the app's score.", inputMode: "decimal", step: "0.1" },
  { name: "sleepHours", label: "Hours slept", hint: "Last night, e.g. 7.5.", inputMode: "decimal", step: "0.25" },
];

export type CheckInValues = Partial<Record<CheckInNumber | CheckInRating, number | null>>;

/**
 * The morning check-in: three numbers and four taps. `children` are extra questions (other
 * features add theirs there); each field's name must be in the shared schema.
 */
export function CheckInForm({
  action,
  date,
  initial,
  children,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  date: string;
  initial: CheckInValues | null;
  children?: ReactNode;
}) {
  const [state, formAction] = useActionState(action, {});
  const valueOf = (name: CheckInNumber | CheckInRating) => state.values?.[name] ?? (initial?.[name] != null ? String(initial[name]) : "");
  const formError = state.fieldErrors?._form ?? state.fieldErrors?.date;
  return (
    <form action={formAction} noValidate className="stack" aria-label="Morning check-in">
      <input type="hidden" name="date" value={date} />
      <FormMessage message={state.message ?? formError?.join(" ")} ok={state.ok} />
      <div>
        {NUMBER_QUESTIONS.map((q) => (
          <Field key={`${q.name}-${valueOf(q.name)}`} name={q.name} label={q.label} hint={q.hint} errors={state.fieldErrors?.[q.name]}>
            {(props) => <input {...props} name={q.name} type="number" inputMode={q.inputMode} step={q.step} min="0" defaultValue={valueOf(q.name)} />}
          </Field>
        ))}
      </div>
      {CHECK_IN_RATINGS.map((item) => {
        const { legend, words } = RATING_QUESTIONS[item];
        const chosen = valueOf(item);
        const errors = state.fieldErrors?.[item];
        return (
          <fieldset key={`${item}-${chosen}`} className="field" style={{ border: 0, padding: 0, margin: "0 0 0.9rem" }} aria-describedby={errors ? `check-in-${item}-error` : undefined}>
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
              <p className="field-error" id={`check-in-${item}-error`}>
                {errors.join(" ")}
              </p>
            ) : null}
          </fieldset>
        );
      })}
      {children}
      <SubmitButton pendingText="Saving…">Save check-in</SubmitButton>
    </form>
  );
}
