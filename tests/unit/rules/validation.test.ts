import { describe, expect, it } from "vitest";
import { PlanInputError, planRecovery } from "@/lib/rules";
import { parsePlanInput, planInputSchema } from "@/lib/validation/plan-input";
import { input, run, sore } from "./helpers";

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof PlanInputError) return error.field;
    throw error;
  }
  return undefined;
}

const valid = input({
  runs: [run(-1, 10, 60, { rpe: 5, kind: "easy", temperatureC: -5 })],
  soreness: [sore(0, "calves", "left", 3)],
  races: [{ date: "2026-12-01", distanceKm: 10, name: "10K", priority: "A" }],
  massages: [{ date: "2026-11-25", depth: "light", regions: ["calves"], status: "booked" }],
  profile: { bodyMassKg: 65, sweatRateLPerH: 1 },
});

/** Replace one part of the valid input. */
function broken(patch: Record<string, unknown>): unknown {
  return { ...valid, ...patch };
}

const INVALID: [string, unknown, string][] = [
  ["a negative distance", broken({ runs: [valid.runs[0], { ...valid.runs[0], distanceKm: -5 }] }), "runs[1].distanceKm"],
  ["RPE 11", broken({ runs: [{ ...valid.runs[0], rpe: 11 }] }), "runs[0].rpe"],
  ["RPE -1", broken({ runs: [{ ...valid.runs[0], rpe: -1 }] }), "runs[0].rpe"],
  ["an unknown region", broken({ soreness: [{ ...valid.soreness[0], region: "neck" }] }), "soreness[0].region"],
  ["a malformed date 2026-02-30", broken({ runs: [{ ...valid.runs[0], date: "2026-02-30" }] }), "runs[0].date"],
  ["29 February in a common year", broken({ today: "2025-02-29" }), "today"],
  ["a date without zero padding", broken({ today: "2026-1-5" }), "today"],
  ["a date-time instead of a date", broken({ today: "2026-11-22T10:00:00Z" }), "today"],
  ["month 13", broken({ races: [{ ...valid.races[0], date: "2026-13-01" }] }), "races[0].date"],
  ["NaN minutes", broken({ runs: [{ ...valid.runs[0], durationMin: Number.NaN }] }), "runs[0].durationMin"],
  ["infinite distance", broken({ runs: [{ ...valid.runs[0], distanceKm: Number.POSITIVE_INFINITY }] }), "runs[0].distanceKm"],
  ["a distance as text", broken({ runs: [{ ...valid.runs[0], distanceKm: "10" }] }), "runs[0].distanceKm"],
  ["an unknown run kind", broken({ runs: [{ ...valid.runs[0], kind: "walk" }] }), "runs[0].kind"],
  ["soreness 10.5", broken({ soreness: [{ ...valid.soreness[0], level: 10.5 }] }), "soreness[0].level"],
  ["an unknown side", broken({ soreness: [{ ...valid.soreness[0], side: "middle" }] }), "soreness[0].side"],
  ["sharp as text", broken({ soreness: [{ ...valid.soreness[0], sharp: "yes" }] }), "soreness[0].sharp"],
  ["race priority D", broken({ races: [{ ...valid.races[0], priority: "D" }] }), "races[0].priority"],
  ["an unknown massage depth", broken({ massages: [{ ...valid.massages[0], depth: "medium" }] }), "massages[0].depth"],
  ["an unknown region in a massage", broken({ massages: [{ ...valid.massages[0], regions: ["calves", "nose"] }] }), "massages[0].regions[1]"],
  ["an unknown massage status", broken({ massages: [{ ...valid.massages[0], status: "cancelled" }] }), "massages[0].status"],
  ["body mass 0", broken({ profile: { bodyMassKg: 0 } }), "profile.bodyMassKg"],
  ["a negative sweat rate", broken({ profile: { sweatRateLPerH: -1 } }), "profile.sweatRateLPerH"],
  ["runs missing", broken({ runs: undefined }), "runs"],
  ["profile missing", broken({ profile: undefined }), "profile"],
  ["a run that is not an object", broken({ runs: [null] }), "runs[0]"],
  ["two problems: the first one is named", broken({ runs: [{ ...valid.runs[0], rpe: 11 }], soreness: [{ ...valid.soreness[0], region: "neck" }] }), "runs[0].rpe"],
];

describe("invalid input throws PlanInputError naming the field", () => {
  it.each(INVALID)("%s → %s (planRecovery)", (_name, value, field) => {
    expect(fieldOf(() => planRecovery(value as never))).toBe(field);
  });

  it.each(INVALID)("%s → %s (the shared zod schema, as the API uses it)", (_name, value, field) => {
    expect(planInputSchema.safeParse(value).success).toBe(false);
    expect(fieldOf(() => parsePlanInput(value))).toBe(field);
  });

  it("the error is typed and its message names the field", () => {
    let caught: unknown;
    try {
      planRecovery(broken({ runs: [{ ...valid.runs[0], rpe: 11 }] }) as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PlanInputError);
    expect(caught).toBeInstanceOf(Error);
    expect((caught as PlanInputError).name).toBe("PlanInputError");
    expect((caught as PlanInputError).message).toMatch(/^runs\[0\]\.rpe: /);
  });

  it("input that is not an object", () => {
    expect(fieldOf(() => planRecovery(null as never))).toBe("(input)");
  });

  it.each([
    [{ massageTiming: { deepLastDaysBeforeRace: 0 } }, "options.massageTiming.deepLastDaysBeforeRace"],
    [{ massageTiming: { lightDaysBeforeRace: 1.5 } }, "options.massageTiming.lightDaysBeforeRace"],
    [{ massageTiming: { deepLastDaysBeforeRace: 9 } }, "options.massageTiming.deepEarliestDaysBeforeRace"],
  ])("bad options %j → %s", (options, field) => {
    expect(fieldOf(() => planRecovery(valid, options))).toBe(field);
  });
});

describe("valid edges are accepted", () => {
  it.each([
    ["RPE 0 and 10, soreness 0 and 10, distance 0", input({
      runs: [run(0, 0, 0, { rpe: 0 }), run(-1, 5, 30, { rpe: 10 })],
      soreness: [sore(0, "feet", "both", 0), sore(-1, "feet", "both", 10)],
    })],
    ["29 February in a leap year", input({ today: "2024-02-29" })],
    ["the full valid example", valid],
  ])("%s", (_name, value) => {
    expect(() => planRecovery(value)).not.toThrow();
    expect(() => parsePlanInput(value)).not.toThrow();
  });

  it("does not change its input", () => {
    const copy = structuredClone(valid);
    planRecovery(valid);
    expect(valid).toEqual(copy);
  });
});

describe("absurd magnitudes are rejected before they can overflow a sum", () => {
  it.each([
    ["distance above 5,000 km", broken({ runs: [{ ...valid.runs[0], distanceKm: 5001 }] }), "runs[0].distanceKm"],
    ["duration of 1e308 minutes", broken({ runs: [{ ...valid.runs[0], durationMin: 1e308 }] }), "runs[0].durationMin"],
    ["temperature of 500 °C", broken({ runs: [{ ...valid.runs[0], temperatureC: 500 }] }), "runs[0].temperatureC"],
    ["body mass of 5 t", broken({ profile: { bodyMassKg: 5000 } }), "profile.bodyMassKg"],
    ["sweat rate of 50 L/h", broken({ profile: { sweatRateLPerH: 50 } }), "profile.sweatRateLPerH"],
  ])("%s → %s", (_name, value, field) => {
    expect(fieldOf(() => planRecovery(value as never))).toBe(field);
  });
});
