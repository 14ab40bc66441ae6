import "server-only";
import { settingsSchema, type SettingsInput } from "@/lib/validation/settings";
import { updateSettings, type Runner } from "./users";

/** The runner's settings as the API shows them (GET /api/v1/profile). */
export interface Profile {
  email: string;
  name: string | null;
  units: Runner["units"];
  /** The setting; null: follow the distance units. */
  fluidUnits: Runner["fluidUnitsSetting"];
  temperatureUnits: Runner["temperatureUnitsSetting"];
  timeZone: string;
  bodyMassKg: number | null;
  maxHeartRate: number | null;
  massageEveryWeeks: number;
  massageWeekday: number | null;
  /** What every text the app writes uses now (settings resolved). */
  effective: { units: Runner["units"]; fluidUnits: Runner["fluidUnits"]; temperatureUnits: Runner["temperatureUnits"] };
}

export function profileOf(runner: Runner): Profile {
  return {
    email: runner.email,
    name: runner.name,
    units: runner.units,
    fluidUnits: runner.fluidUnitsSetting,
    temperatureUnits: runner.temperatureUnitsSetting,
    timeZone: runner.timeZone,
    bodyMassKg: runner.bodyMassKg,
    maxHeartRate: runner.maxHeartRate,
    massageEveryWeeks: runner.massageEveryWeeks,
    massageWeekday: runner.massageWeekday,
    effective: { units: runner.units, fluidUnits: runner.fluidUnits, temperatureUnits: runner.temperatureUnits },
  };
}

/** The current settings in settingsSchema's input shape (absent fields left out, never null). */
export function settingsValuesOf(runner: Runner): Record<string, unknown> {
  const values: Record<string, unknown> = {
    units: runner.units,
    timeZone: runner.timeZone,
    name: runner.name ?? undefined,
    bodyMassKg: runner.bodyMassKg ?? undefined,
    maxHeartRate: runner.maxHeartRate ?? undefined,
    fluidUnits: runner.fluidUnitsSetting ?? undefined,
    temperatureUnits: runner.temperatureUnitsSetting ?? undefined,
    massageEveryWeeks: runner.massageEveryWeeks,
    massageWeekday: runner.massageWeekday ?? undefined,
  };
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}

/**
 * Applies a partial change over the current settings, checked with the settings page's own
 * schema; returns the zod result so the caller answers 422 with the fields on failure.
 */
export function mergedSettings(runner: Runner, patch: Record<string, unknown>) {
  return settingsSchema.safeParse({ ...settingsValuesOf(runner), ...patch });
}

export async function saveProfile(runner: Runner, input: SettingsInput): Promise<Profile> {
  return profileOf(await updateSettings(runner.id, input));
}
