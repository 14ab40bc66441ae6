import { describe, expect, it } from "vitest";
import { PlanInputError, planRecovery, type PlanInput } from "@/lib/rules";
import { maxHeartRateFor, rpeFromHeartRate, sessionLoadsOf } from "@/lib/rules/session-load";
import { day, find, input, plan, run } from "./helpers";

function ride(offset: number, durationMin: number, extra: Partial<NonNullable<PlanInput["crossTraining"]>[number]> = {}) {
  return { date: day(offset), sport: "cycling", durationMin, ...extra };
}

describe("cross-training in the plan", () => {
  it("counts in today's session load (RPE × minutes) beside the runs", () => {
    const metrics = plan({ runs: [run(0, 8, 40, { rpe: 4 })], crossTraining: [ride(0, 60, { rpe: 5 })] }).metrics;
    expect(metrics.dailyLoad).toBe(4 * 40 + 5 * 60);
  });

  it("raises acute and chronic load (EWMA) on its own, with no run at all", () => {
    const metrics = plan({ crossTraining: [ride(0, 60, { rpe: 5 })] }).metrics;
    expect(metrics.acuteLoad).toBeCloseTo(300 * (2 / 8), 6);
    expect(metrics.chronicLoad).toBeCloseTo(300 * (2 / 29), 6);
  });

  it("never counts in running distance or the longest run", () => {
    const metrics = plan({
      runs: [run(-3, 10, 60, { rpe: 3 })],
      crossTraining: [ride(-2, 240, { rpe: 5, distanceKm: 100 }), ride(0, 120, { rpe: 5, distanceKm: 60 })],
    }).metrics;
    expect(metrics.weekDistanceKm).toBe(10);
    expect(metrics.longestRunLast30DaysKm).toBe(10);
  });

  it("a long ride is not a spike and a big cycling fortnight is not a weekly increase", () => {
    const runs = [run(-20, 10, 60, { rpe: 3 }), run(-15, 10, 60, { rpe: 3 }), run(-10, 10, 60, { rpe: 3 }), run(-1, 10, 60, { rpe: 3 })];
    const crossTraining = [ride(0, 300, { rpe: 6, distanceKm: 150 }), ride(-5, 300, { rpe: 6, distanceKm: 150 })];
    const result = plan({ runs, crossTraining });
    expect(find(result, "load/spike")).toBeUndefined();
    expect(find(result, "load/weekly-increase")).toBeUndefined();
  });

  it("counts in monotony: the same ride every day is as monotonous as the same run", () => {
    const crossTraining = Array.from({ length: 7 }, (_, i) => ride(-i, 60, { rpe: 4 }));
    expect(find(plan({ crossTraining }), "load/monotony")).toBeDefined();
  });

  it("refuses a cross-training session with a bad field, naming it", () => {
    expect(() => planRecovery(input({ crossTraining: [ride(0, -5)] }))).toThrow(PlanInputError);
    try {
      planRecovery(input({ crossTraining: [ride(0, 30, { rpe: 11 })] }));
    } catch (error) {
      expect((error as PlanInputError).field).toBe("crossTraining[0].rpe");
    }
  });
});

describe("load estimated from heart rate (ACSM 11th ed. bands)", () => {
  it.each([
    [100, 200, "very light", 1],
    [114, 200, "light", 2],
    [128, 200, "moderate", 4],
    [154, 200, "vigorous", 6],
    [192, 200, "near-maximal", 9],
  ] as const)("avg %i of max %i bpm is %s → RPE %i", (avg, max, band, rpe) => {
    expect(rpeFromHeartRate(avg, max)).toMatchObject({ band, rpe });
  });

  it("band edges: 56.9 % is very light, 57 % light, 76 % moderate, 77 % vigorous, 96 % near-maximal", () => {
    expect(rpeFromHeartRate(56.9, 100).band).toBe("very light");
    expect(rpeFromHeartRate(57, 100).band).toBe("light");
    expect(rpeFromHeartRate(76.9, 100).band).toBe("moderate");
    expect(rpeFromHeartRate(77, 100).band).toBe("vigorous");
    expect(rpeFromHeartRate(96, 100).band).toBe("near-maximal");
  });

  it("a watch-only runner (no RPE anywhere) gets a load from heart rate against the profile's maximum", () => {
    const metrics = plan({
      runs: [{ ...run(0, 8, 35), avgHeartRate: 160 }],
      profile: { maxHeartRate: 190 },
    }).metrics;
    // 160 / 190 = 84 % → vigorous → RPE 6; 6 × 35 = 210
    expect(metrics.dailyLoad).toBe(210);
  });

  it("without a maximum in the profile, the highest heart rate of the last 180 days stands in", () => {
    const parts = {
      runs: [{ ...run(-200, 5, 20), maxHeartRate: 230 }, { ...run(-30, 10, 50), maxHeartRate: 200 }, { ...run(0, 8, 35), avgHeartRate: 154 }],
    };
    expect(maxHeartRateFor(input(parts))).toBe(200);
    expect(plan(parts).metrics.dailyLoad).toBe(6 * 35);
  });

  it("the runner's own RPE wins over heart rate", () => {
    expect(plan({ runs: [{ ...run(0, 8, 30, { rpe: 2 }), avgHeartRate: 185 }], profile: { maxHeartRate: 190 } }).metrics.dailyLoad).toBe(60);
  });

  it("marks each session's load as estimated, and by what", () => {
    const sessions = sessionLoadsOf(
      input({
        runs: [run(0, 8, 30, { rpe: 3 }), { ...run(-1, 8, 30), avgHeartRate: 150 }, run(-2, 8, 30, { kind: "easy" })],
        crossTraining: [ride(0, 60)],
        profile: { maxHeartRate: 190 },
      }),
    );
    expect(sessions.map((s) => [s.estimated, s.effort.basis, s.load])).toEqual([
      [false, "rpe", 90],
      [true, "heart-rate", 180],
      [true, "default", 90],
      [true, "default", 180],
    ]);
  });

  it("the plan's load reasons say which loads are estimated", () => {
    const runs = Array.from({ length: 7 }, (_, i) => ({ ...run(-i, 8, 45), avgHeartRate: 150 }));
    const monotony = find(plan({ runs, profile: { maxHeartRate: 190 } }), "load/monotony");
    expect(monotony?.because.join(" ")).toMatch(/Estimated \(≈\): 7 sessions have no effort rating/);
    expect(monotony?.evidence.join(" ")).toMatch(/ACSM/);
    const rated = find(plan({ runs: runs.map((r) => ({ ...r, rpe: 4 })), profile: { maxHeartRate: 190 } }), "load/monotony");
    expect(rated?.because.join(" ")).not.toMatch(/Estimated/);
  });
});
