import { describe, expect, it } from "vitest";
import type { PlanInput } from "@/lib/rules";
import { find, fires, plan, run } from "./helpers";

describe("hydration plan (ACSM 2007)", () => {
  it("without body mass or sweat rate: no invented numbers, and notes say what to measure", () => {
    const hydration = plan({ runs: [run(0, 10, 60)] }).hydration;
    expect(hydration.preRunMl).toBeUndefined();
    expect(hydration.duringMlPerHour).toBeUndefined();
    expect(hydration.postRunMl).toBeUndefined();
    expect(hydration.notes.join(" ")).toContain("sweat-rate test");
    expect(hydration.notes.join(" ")).toContain("body mass");
  });

  it("with body mass: 5–7 mL/kg before a run", () => {
    expect(plan({ profile: { bodyMassKg: 70 } }).hydration.preRunMl).toEqual({ min: 350, max: 490 });
  });

  it.each([
    [1.2, { min: 400, max: 800 }],
    [0.6, { min: 300, max: 600 }],
    [0.3, { min: 150, max: 300 }],
  ])("with sweat rate %d L/h, drinking during runs never exceeds the sweat rate", (sweatRateLPerH, expected) => {
    const during = plan({ profile: { sweatRateLPerH } }).hydration.duringMlPerHour;
    expect(during).toEqual(expected);
    expect(during!.max).toBeLessThanOrEqual(sweatRateLPerH * 1000);
  });

  it("after a run today: 1.5 × sweat rate × duration of today's longest run", () => {
    const hydration = plan({ runs: [run(0, 5, 30), run(0, 16, 90)], profile: { sweatRateLPerH: 1.0 } }).hydration;
    expect(hydration.postRunMl).toBe(2250);
  });

  it("no post-run amount without a run today", () => {
    expect(plan({ runs: [run(-1, 16, 90)], profile: { sweatRateLPerH: 1.0 } }).hydration.postRunMl).toBeUndefined();
  });
});

describe("hydration suggestions", () => {
  it.each<[string, Partial<PlanInput>, string, boolean]>([
    ["hydration/pre-run with body mass", { profile: { bodyMassKg: 60 } }, "hydration/pre-run", true],
    ["no hydration/pre-run without body mass", { profile: {} }, "hydration/pre-run", false],
    ["hydration/post-run with a run today and a sweat rate", { runs: [run(0, 10, 60)], profile: { sweatRateLPerH: 1 } }, "hydration/post-run", true],
    ["no hydration/post-run without a sweat rate", { runs: [run(0, 10, 60)], profile: {} }, "hydration/post-run", false],
    ["no hydration/post-run with yesterday's run only", { runs: [run(-1, 10, 60)], profile: { sweatRateLPerH: 1 } }, "hydration/post-run", false],
    ["hydration/heat at 25 °C today (boundary)", { runs: [run(0, 10, 60, { temperatureC: 25 })] }, "hydration/heat", true],
    ["no hydration/heat at 24.9 °C", { runs: [run(0, 10, 60, { temperatureC: 24.9 })] }, "hydration/heat", false],
    ["hydration/heat at 30 °C yesterday", { runs: [run(-1, 10, 60, { temperatureC: 30 })] }, "hydration/heat", true],
    ["no hydration/heat at 30 °C two days ago", { runs: [run(-2, 10, 60, { temperatureC: 30 })] }, "hydration/heat", false],
    ["no hydration/heat without a temperature", { runs: [run(0, 10, 60)] }, "hydration/heat", false],
    ["hydration/over-drinking at 0.6 L/h", { profile: { sweatRateLPerH: 0.6 } }, "hydration/over-drinking", true],
    ["hydration/over-drinking at 0.79 L/h", { profile: { sweatRateLPerH: 0.79 } }, "hydration/over-drinking", true],
    ["no hydration/over-drinking at 0.8 L/h (boundary)", { profile: { sweatRateLPerH: 0.8 } }, "hydration/over-drinking", false],
    ["no hydration/over-drinking without a sweat rate", { profile: {} }, "hydration/over-drinking", false],
  ])("%s", (_name, parts, id, expected) => {
    expect(fires(parts, id)).toBe(expected);
  });

  it("over-drinking says drink to thirst, never above the sweat rate, and names hyponatremia", () => {
    const suggestion = find(plan({ profile: { sweatRateLPerH: 0.5 } }), "hydration/over-drinking");
    expect(suggestion?.title).toContain("500 mL per hour");
    expect(suggestion?.detail).toContain("Drink to thirst");
    expect(suggestion?.detail).toContain("hyponatremia");
    expect(suggestion?.evidence.join(" ")).toContain("Hew-Butler");
  });

  it("post-run gives the runner's numbers", () => {
    const suggestion = find(plan({ runs: [run(0, 16, 90)], profile: { sweatRateLPerH: 1.2 } }), "hydration/post-run");
    expect(suggestion?.because[0]).toContain("90 min");
    expect(suggestion?.because[0]).toContain("1200 mL per hour");
    expect(suggestion?.title).toContain("2700 mL");
  });
});
