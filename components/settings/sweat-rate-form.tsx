"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/validation/form";
import { rawSweatRateLPerH } from "@/lib/format/sweat-rate";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

type RateField = "massBeforeKg" | "massAfterKg" | "fluidMl" | "urineMl" | "durationMin";
type Typed = Partial<Record<RateField, string>>;

const num = (text: string | undefined) => (text === undefined || text.trim() === "" ? NaN : Number(text.trim().replace(",", ".")));

/** The rate the typed numbers give, or null while they are incomplete. */
function previewRate(typed: Typed): number | null {
  const test = {
    massBeforeKg: num(typed.massBeforeKg),
    massAfterKg: num(typed.massAfterKg),
    fluidMl: num(typed.fluidMl),
    urineMl: typed.urineMl?.trim() ? num(typed.urineMl) : 0,
    durationSec: num(typed.durationMin) * 60,
  };
  if (Object.values(test).some((v) => !Number.isFinite(v)) || test.durationSec <= 0) return null;
  return rawSweatRateLPerH(test);
}

/** A sweat-rate test: weights before and after, what was drunk and passed, how long. Shows the rate as you type. */
export function SweatRateForm({ action, today }: { action: (state: FormState, formData: FormData) => Promise<FormState>; today: string }) {
  const [state, formAction] = useActionState(action, {});
  const [typed, setTyped] = useState<Typed>({});
  // After a save the form is emptied (React resets it), so the preview starts again too.
  const [seenState, setSeenState] = useState(state);
  if (seenState !== state) {
    setSeenState(state);
    if (state.ok) setTyped({});
  }
  const v = state.ok ? undefined : state.values;
  const errors = state.fieldErrors ?? {};
  const rate = previewRate(typed);
  const track = (name: RateField) => (e: React.ChangeEvent<HTMLInputElement>) => setTyped((t) => ({ ...t, [name]: e.target.value }));

  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      <div className="grid">
        <Field name="date" label="Day of the test" errors={errors.date}>
          {(p) => <input {...p} type="date" name="date" defaultValue={v?.date ?? today} max={today} />}
        </Field>
        <Field name="durationMin" label="Duration of the run (minutes)" hint="About 60 minutes works best." errors={errors.durationMin}>
          {(p) => <input {...p} name="durationMin" inputMode="decimal" defaultValue={v?.durationMin ?? ""} onChange={track("durationMin")} />}
        </Field>
        <Field name="massBeforeKg" label="Body mass before (kg)" hint="Naked or in the same dry clothes, bladder empty." errors={errors.massBeforeKg}>
          {(p) => <input {...p} name="massBeforeKg" inputMode="decimal" defaultValue={v?.massBeforeKg ?? ""} onChange={track("massBeforeKg")} />}
        </Field>
        <Field name="massAfterKg" label="Body mass after (kg)" hint="Towel off the sweat first, same clothes." errors={errors.massAfterKg}>
          {(p) => <input {...p} name="massAfterKg" inputMode="decimal" defaultValue={v?.massAfterKg ?? ""} onChange={track("massAfterKg")} />}
        </Field>
        <Field name="fluidMl" label="Drunk during the run (mL)" hint="0 if nothing." errors={errors.fluidMl}>
          {(p) => <input {...p} name="fluidMl" inputMode="numeric" defaultValue={v?.fluidMl ?? ""} onChange={track("fluidMl")} />}
        </Field>
        <Field name="urineMl" label="Urine passed during the run (mL, optional)" hint="Leave empty if none." errors={errors.urineMl}>
          {(p) => <input {...p} name="urineMl" inputMode="numeric" defaultValue={v?.urineMl ?? ""} onChange={track("urineMl")} />}
        </Field>
        <Field name="temperatureC" label="Temperature (°C, optional)" hint="Your sweat rate rises with the heat." errors={errors.temperatureC}>
          {(p) => <input {...p} name="temperatureC" inputMode="decimal" defaultValue={v?.temperatureC ?? ""} />}
        </Field>
      </div>
      <p aria-live="polite" className="muted">
        {rate === null ? "Fill in the numbers to see your sweat rate." : `That is a sweat rate of ${Math.max(0, rate).toFixed(2)} L/h.`}
      </p>
      <SubmitButton pendingText="Saving…">Save test</SubmitButton>
    </form>
  );
}
