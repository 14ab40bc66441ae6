import { z } from "zod";
import { FLUID_UNIT_SETTINGS, TEMPERATURE_UNIT_SETTINGS, UNITS, profilePatchSchema } from "@/lib/validation/settings";
import type { ApiOperation } from "./types";

const profile = z.object({
  email: z.string(),
  name: z.string().nullable(),
  units: z.enum(UNITS).describe("Distances (and paces) in km or miles"),
  fluidUnits: z.enum(FLUID_UNIT_SETTINGS).nullable().describe("Fluids in mL or US fl oz; null: follow units (mi → fl oz)"),
  temperatureUnits: z.enum(TEMPERATURE_UNIT_SETTINGS).nullable().describe("Temperatures in °C or °F; null: follow units (mi → °F)"),
  timeZone: z.string().describe("IANA time zone: the runner's days start at midnight here"),
  bodyMassKg: z.number().nullable(),
  maxHeartRate: z.number().int().nullable().describe("bpm"),
  massageEveryWeeks: z.number().int().describe("Routine massage sessions every 2, 3 or 4 weeks; 0: none"),
  massageWeekday: z.number().int().min(0).max(6).nullable().describe("0 = Sunday … 6 = Saturday"),
  effective: z.object({ units: z.enum(UNITS), fluidUnits: z.enum(FLUID_UNIT_SETTINGS), temperatureUnits: z.enum(TEMPERATURE_UNIT_SETTINGS) }),
});

export const profileOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/profile",
    tag: "Profile",
    summary: "Your settings; every text the API writes (plan, reasons, feed, exports) follows them",
    responses: { 200: { description: "OK", schema: profile } },
  },
  {
    method: "patch",
    path: "/profile",
    tag: "Profile",
    summary: "Change any settings (the settings page's schema; routine sessions need a weekday). null clears an optional field",
    body: profilePatchSchema,
    responses: { 200: { description: "Saved", schema: profile }, 422: { description: "Not valid; nothing changed" } },
  },
];
