"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/validation/form";
import { Field, FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { TimeZoneOption } from "@/lib/format/time-zone-search";
import { TimeZonePicker } from "./time-zone-picker";

export interface SettingsValues {
  units: "km" | "mi";
  timeZone: string;
  bodyMassKg: number | null;
  maxHeartRate: number | null;
  name: string | null;
  fluidUnitsSetting?: "ml" | "floz" | null;
  temperatureUnitsSetting?: "c" | "f" | null;
  massageEveryWeeks?: number;
  massageWeekday?: number | null;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export function SettingsForm({
  action,
  initial,
  timeZones,
  submitLabel = "Save settings",
  then,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  initial: SettingsValues;
  /** The picker's options and alias table (lib/time-zones.ts timeZoneChoices). */
  timeZones: { options: TimeZoneOption[]; aliases: Record<string, string> };
  submitLabel?: string;
  then?: "first-run";
}) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values;
  const zone = v?.timeZone ?? initial.timeZone;
  return (
    <form action={formAction} noValidate>
      <FormMessage message={state.message} ok={state.ok} />
      {then ? <input type="hidden" name="then" value={then} /> : null}
      <Field name="name" label="Name (optional)" errors={state.fieldErrors?.name}>
        {(p) => <input {...p} name="name" autoComplete="given-name" defaultValue={v?.name ?? initial.name ?? ""} />}
      </Field>
      <fieldset className="field" style={{ border: 0, padding: 0, margin: "0 0 0.9rem" }}>
        <legend style={{ fontWeight: 600, marginBottom: "0.3rem" }}>Distances in</legend>
        <div className="actions">
          {(["km", "mi"] as const).map((u) => (
            <label key={u} style={{ fontWeight: 400, display: "inline-flex", gap: "0.4rem", alignItems: "center" }}>
              <input type="radio" name="units" value={u} defaultChecked={(v?.units ?? initial.units) === u} />
              {u === "km" ? "Kilometres" : "Miles"}
            </label>
          ))}
        </div>
        {state.fieldErrors?.units ? <p className="field-error">{state.fieldErrors.units.join(" ")}</p> : null}
      </fieldset>
      <Field
        name="timeZone"
        label="Time zone"
        hint="Your days start and end at midnight here."
        errors={state.fieldErrors?.timeZone}
      >
        {(p) => <TimeZonePicker {...p} name="timeZone" options={timeZones.options} aliases={timeZones.aliases} defaultValue={zone} preferDeviceZone={then === "first-run" && !v} />}
      </Field>
      <Field
        name="bodyMassKg"
        label="Body mass in kg (optional)"
        hint="Used for how much to drink before and after running."
        errors={state.fieldErrors?.bodyMassKg}
      >
        {(p) => (
          <input
            {...p}
            name="bodyMassKg"
            inputMode="decimal"
            defaultValue={v?.bodyMassKg ?? (initial.bodyMassKg === null ? "" : String(initial.bodyMassKg))}
          />
        )}
      </Field>
      <Field
        name="maxHeartRate"
        label="Maximum heart rate in bpm (optional)"
        hint="Used to estimate the load of sessions without an effort rating. Leave blank to use the highest heart rate of your last 180 days."
        errors={state.fieldErrors?.maxHeartRate}
      >
        {(p) => (
          <input
            {...p}
            name="maxHeartRate"
            inputMode="numeric"
            defaultValue={v?.maxHeartRate ?? (initial.maxHeartRate === null ? "" : String(initial.maxHeartRate))}
          />
        )}
      </Field>
      <Field name="fluidUnits" label="Fluids in" errors={state.fieldErrors?.fluidUnits}>
        {(p) => (
          <select {...p} name="fluidUnits" defaultValue={v?.fluidUnits ?? initial.fluidUnitsSetting ?? ""}>
            <option value="">Same as distances (mL with km, US fl oz with miles)</option>
            <option value="ml">Millilitres (mL)</option>
            <option value="floz">US fluid ounces (fl oz)</option>
          </select>
        )}
      </Field>
      <Field name="temperatureUnits" label="Temperatures in" errors={state.fieldErrors?.temperatureUnits}>
        {(p) => (
          <select {...p} name="temperatureUnits" defaultValue={v?.temperatureUnits ?? initial.temperatureUnitsSetting ?? ""}>
            <option value="">Same as distances (°C with km, °F with miles)</option>
            <option value="c">Celsius (°C)</option>
            <option value="f">Fahrenheit (°F)</option>
          </select>
        )}
      </Field>
      <Field
        name="massageEveryWeeks"
        label="Routine massage sessions"
        hint="The planner proposes them across your calendar, away from long runs, hard sessions and race weeks."
        errors={state.fieldErrors?.massageEveryWeeks}
      >
        {(p) => (
          <select {...p} name="massageEveryWeeks" defaultValue={v?.massageEveryWeeks ?? String(initial.massageEveryWeeks ?? 0)}>
            <option value="0">None</option>
            <option value="2">Every 2 weeks</option>
            <option value="3">Every 3 weeks</option>
            <option value="4">Every 4 weeks</option>
          </select>
        )}
      </Field>
      <Field name="massageWeekday" label="Weekday that suits routine sessions" errors={state.fieldErrors?.massageWeekday}>
        {(p) => (
          <select {...p} name="massageWeekday" defaultValue={v?.massageWeekday ?? (initial.massageWeekday == null ? "" : String(initial.massageWeekday))}>
            <option value="">No preference set</option>
            {WEEKDAYS.map((name, index) => (
              <option key={name} value={String(index)}>
                {name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <SubmitButton pendingText="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
