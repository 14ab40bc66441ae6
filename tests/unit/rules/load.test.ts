import { describe, expect, it } from "vitest";
import type { PlanInput } from "@/lib/rules";
import { dailyRuns, find, fires, ids, plan, run } from "./helpers";

/** A run whose sRPE load is exactly `load` (RPE 5 × load/5 minutes). */
function loadRun(offset: number, load: number, distanceKm = 8): PlanInput["runs"][number] {
  return run(offset, distanceKm, load / 5, { rpe: 5, kind: "easy" });
}

/** An independent EWMA: the textbook recursion over explicit daily loads. */
function referenceEwma(loads: number[], n: number): number {
  const lambda = 2 / (n + 1);
  return loads.reduce((previous, load) => load * lambda + previous * (1 - lambda), 0);
}

describe("load metrics", () => {
  it("sums today's sRPE loads (RPE × minutes) over today's runs", () => {
    const metrics = plan({ runs: [run(0, 10, 40, { rpe: 5 }), run(0, 3, 20, { kind: "easy" }), run(-1, 10, 60, { rpe: 9 })] }).metrics;
    expect(metrics.dailyLoad).toBe(5 * 40 + 3 * 20);
  });

  it.each([
    ["recovery", 2],
    ["easy", 3],
    ["long", 5],
    ["tempo", 7],
    ["intervals", 8],
    ["race", 9],
    [undefined, 4],
  ] as const)("uses the default RPE for kind %s when a run has none", (kind, rpe) => {
    const runs = [run(0, 5, 10, kind === undefined ? {} : { kind })];
    expect(plan({ runs }).metrics.dailyLoad).toBe(rpe * 10);
  });

  it("an explicit RPE of 0 is kept, not replaced by the default", () => {
    expect(plan({ runs: [run(0, 5, 30, { rpe: 0, kind: "tempo" })] }).metrics.dailyLoad).toBe(0);
  });

  it("computes EWMA acute (N = 7) and chronic (N = 28) load from 0 before the first run", () => {
    const one = plan({ runs: [loadRun(0, 100)] }).metrics;
    expect(one.acuteLoad).toBeCloseTo(25, 10);
    expect(one.chronicLoad).toBeCloseTo((100 * 2) / 29, 10);
    const two = plan({ runs: [loadRun(-1, 100), loadRun(0, 100)] }).metrics;
    expect(two.acuteLoad).toBeCloseTo(25 + 0.75 * 25, 10);
  });

  it("matches a reference EWMA over 60 days with rest days as 0", () => {
    const loads: number[] = [];
    const runs: PlanInput["runs"] = [];
    for (let offset = -59; offset <= 0; offset++) {
      const load = offset % 3 === 0 ? 0 : 100 + ((offset * 37) % 50);
      loads.push(load);
      if (load > 0) runs.push(loadRun(offset, load));
    }
    // The first day must carry a run for the series to start there.
    runs.push(loadRun(-59, 0));
    const metrics = plan({ runs }).metrics;
    expect(metrics.acuteLoad).toBeCloseTo(referenceEwma(loads, 7), 9);
    expect(metrics.chronicLoad).toBeCloseTo(referenceEwma(loads, 28), 9);
    expect(metrics.acwr).toBeCloseTo(referenceEwma(loads, 7) / referenceEwma(loads, 28), 9);
  });

  it.each([
    [-27, true],
    [-28, false],
    [0, true],
  ])("first run at today %i → calibrating %s (fewer than 28 days of history)", (firstOffset, calibrating) => {
    const metrics = plan({ runs: [loadRun(firstOffset, 100), loadRun(0, 100)] }).metrics;
    expect(metrics.calibrating).toBe(calibrating);
    expect(metrics.acwr === null).toBe(calibrating);
  });

  it("with no runs: calibrating, zero loads, null ratios", () => {
    expect(plan().metrics).toEqual({
      dailyLoad: 0,
      acuteLoad: 0,
      chronicLoad: 0,
      acwr: null,
      calibrating: true,
      monotony: null,
      strain: null,
      weekDistanceKm: 0,
      longestRunLast30DaysKm: 0,
      baselineForming: ["spike", "weekly-increase", "monotony"],
    });
  });

  it("ignores runs dated after today", () => {
    const metrics = plan({ runs: [loadRun(1, 500, 30)] }).metrics;
    expect(metrics.acuteLoad).toBe(0);
    expect(metrics.weekDistanceKm).toBe(0);
    expect(metrics.calibrating).toBe(true);
  });

  it("monotony and strain over the last 7 days, rest days counting as 0", () => {
    const runs = [-6, -5, -4, -3, -2, -1].map((offset) => loadRun(offset, 300));
    const metrics = plan({ runs }).metrics;
    const mean = 1800 / 7;
    const sd = Math.sqrt((6 * (300 - mean) ** 2 + mean ** 2) / 7);
    expect(metrics.monotony).toBeCloseTo(mean / sd, 10);
    expect(metrics.strain).toBeCloseTo(1800 * (mean / sd), 6);
  });

  it("monotony is null with no load in the last 7 days, and with no variation", () => {
    expect(plan({ runs: [loadRun(-7, 300)] }).metrics.monotony).toBeNull();
    const same = plan({ runs: [-6, -5, -4, -3, -2, -1, 0].map((offset) => loadRun(offset, 300)) }).metrics;
    expect(same.monotony).toBeNull();
    expect(same.strain).toBeNull();
  });

  it("week distance is today − 6 … today; longest run is today − 30 … today − 1", () => {
    const metrics = plan({
      runs: [run(-7, 15, 90), run(-6, 5, 30), run(0, 7, 40), run(-31, 40, 200), run(-30, 21, 120), run(0, 30, 170)],
    }).metrics;
    expect(metrics.weekDistanceKm).toBeCloseTo(42, 10);
    expect(metrics.longestRunLast30DaysKm).toBe(21);
  });
});

describe("load/spike (Frandsen 2025)", () => {
  // Four runs in the 30 days before: the spike guard has a baseline.
  const base = [run(-25, 8, 45), run(-20, 17, 100, { kind: "long" }), run(-15, 8, 45), run(-10, 10, 55)];
  it.each([
    ["24 km today vs 17 km: +41 %", [run(0, 24, 140)], true],
    ["18.8 km today: just over +10 %", [run(0, 18.8, 110)], true],
    ["18.7 km today: exactly +10 % (boundary, must not fire)", [run(0, 18.7, 110)], false],
    ["18 km today: +6 %", [run(0, 18, 105)], false],
    ["24 km yesterday", [run(-1, 24, 140)], true],
    ["24 km two days ago is no longer today's news", [run(-2, 24, 140)], false],
  ])("%s", (_name, recent, expected) => {
    expect(fires({ runs: [...base, ...recent] }, "load/spike")).toBe(expected);
  });

  it("does not fire when the 30 days before have no run", () => {
    expect(fires({ runs: [run(-31, 10, 60), run(0, 24, 140)] }, "load/spike")).toBe(false);
    expect(fires({ runs: [run(0, 24, 140)] }, "load/spike")).toBe(false);
  });

  it("the window is the 30 days before the run: a run 30 days before counts", () => {
    expect(fires({ runs: [run(-30, 10, 60), run(-29, 5, 30), run(-28, 5, 30), run(-27, 5, 30), run(0, 24, 140)] }, "load/spike")).toBe(true);
  });

  it("another run on the same day is not part of 'before'", () => {
    expect(fires({ runs: [run(-8, 5, 30), run(-7, 5, 30), run(-6, 5, 30), run(-5, 10, 60), run(0, 30, 170), run(0, 5, 30)] }, "load/spike")).toBe(true);
  });

  it("says the percentage and the runner's numbers, and stays a warning, not a diagnosis", () => {
    const spike = find(plan({ runs: [...base, run(0, 24, 140, { kind: "long" })] }), "load/spike");
    expect(spike?.priority).toBe("high");
    expect(spike?.kind).toBe("load");
    expect(spike?.detail).toContain("41 %");
    expect(spike?.because).toEqual([
      `Your 24.0 km long run (today, Sun 22 Nov) is 41 % longer than your longest run of the previous 30 days (17.0 km on Mon 2 Nov, 20 days ago).`,
    ]);
    expect(spike?.evidence.join(" ")).toContain("Frandsen");
  });

  it.each([
    [19, "hazard ratio 1.64"],
    [24, "hazard ratio 1.52"],
    [35, "hazard ratio 2.28"],
  ])("grades the spike: %d km vs 17 km → %s", (distance, tier) => {
    expect(find(plan({ runs: [...base, run(0, distance, 150)] }), "load/spike")?.detail).toContain(tier);
  });
});

describe("load/weekly-increase (Nielsen 2014)", () => {
  /** 10 runs in today − 27 … today − 14, 10 runs in today − 13 … today. */
  function twoFortnights(previousKm: number, recentKm: number): PlanInput["runs"] {
    const runs: PlanInput["runs"] = [];
    for (let index = 0; index < 10; index++) {
      runs.push(run(-27 + index, previousKm / 10, 50));
      runs.push(run(-13 + index, recentKm / 10, 50));
    }
    return runs;
  }

  it.each([
    ["131 km after 100 km: +31 %", 100, 131, true],
    ["130 km after 100 km: exactly +30 % (boundary)", 100, 130, false],
    ["120 km after 100 km", 100, 120, false],
    ["200 km after 100 km", 100, 200, true],
  ])("%s", (_name, previous, recent, expected) => {
    expect(fires({ runs: twoFortnights(previous, recent) }, "load/weekly-increase")).toBe(expected);
  });

  it("does not fire when the 14 days before have no run", () => {
    const runs = twoFortnights(100, 150).filter((r) => r.date >= "2026-11-09");
    expect(fires({ runs }, "load/weekly-increase")).toBe(false);
  });

  it("uses exactly today − 13 … today against today − 27 … today − 14", () => {
    // A run at today − 14 belongs to the earlier fortnight; one at today − 28 to neither.
    // Tiny runs at today − 28 (in neither fortnight) and today − 5 give runs in 3 of the 4 weeks before: a baseline.
    const base = [run(-14, 10, 60), run(-13, 13.5, 70), run(-28, 0.01, 1), run(-5, 0.01, 1)];
    expect(fires({ runs: base }, "load/weekly-increase")).toBe(true);
    expect(fires({ runs: [...base, run(-15, 1, 10)] }, "load/weekly-increase")).toBe(false);
    expect(fires({ runs: [...base.slice(1), run(-28, 10, 60)] }, "load/weekly-increase")).toBe(false);
  });

  it("reports both distances", () => {
    const suggestion = find(plan({ runs: twoFortnights(100, 150) }), "load/weekly-increase");
    expect(suggestion?.because[0]).toContain("150.0 km");
    expect(suggestion?.because[0]).toContain("100.0 km");
    expect(suggestion?.title).toContain("50 %");
  });
});

/** Bisection: the smallest value in [low, high] for which `crosses` holds (it must be monotonic). */
function bisect(low: number, high: number, crosses: (value: number) => boolean): number {
  for (let step = 0; step < 60; step++) {
    const middle = (low + high) / 2;
    if (crosses(middle)) high = middle;
    else low = middle;
  }
  return high;
}

describe("load/acwr-high (Gabbett 2016, information only)", () => {
  /** 40 days of load 100, then the last 7 days at `recentLoad`. */
  function history(recentLoad: number, firstOffset = -47): PlanInput["runs"] {
    const runs: PlanInput["runs"] = [];
    for (let offset = firstOffset; offset <= 0; offset++) runs.push(loadRun(offset, offset > -7 ? recentLoad : 100));
    return runs;
  }

  it("fires at ACWR ≥ 1.5 and not just below, bisected to the boundary", () => {
    const acwrAt = (load: number) => plan({ runs: history(load) }).metrics.acwr ?? 0;
    const threshold = bisect(100, 1000, (load) => acwrAt(load) >= 1.5);
    const above = plan({ runs: history(threshold) });
    const below = plan({ runs: history(threshold - 1e-6) });
    expect(above.metrics.acwr).toBeGreaterThanOrEqual(1.5);
    expect(above.metrics.acwr).toBeCloseTo(1.5, 6);
    expect(find(above, "load/acwr-high")).toBeDefined();
    expect(below.metrics.acwr).toBeLessThan(1.5);
    expect(find(below, "load/acwr-high")).toBeUndefined();
  });

  it("never fires while calibrating, however high the ratio", () => {
    const result = plan({ runs: history(1000, -26) });
    expect(result.metrics.calibrating).toBe(true);
    expect(find(result, "load/acwr-high")).toBeUndefined();
  });

  it("is worded as context, not as a prediction", () => {
    const suggestion = find(plan({ runs: history(400) }), "load/acwr-high");
    expect(suggestion?.detail).toContain("does not predict injury");
    expect(suggestion?.because[0]).toMatch(/ratio of \d\.\d\d/);
  });
});

describe("load/monotony (Foster 1998)", () => {
  it("fires for six equal days and one rest day (monotony 2.45)", () => {
    const result = plan({ runs: [-6, -5, -4, -3, -2, -1].map((offset) => loadRun(offset, 300)) });
    expect(result.metrics.monotony).toBeGreaterThan(2);
    expect(find(result, "load/monotony")?.priority).toBe("medium");
  });

  it("fires for the same non-zero load every day although monotony is null", () => {
    const result = plan({ runs: dailyRuns(-6, 0) });
    expect(result.metrics.monotony).toBeNull();
    expect(find(result, "load/monotony")?.because[0]).toContain("no variation");
  });

  it("does not fire for alternating hard and rest days", () => {
    expect(fires({ runs: [-6, -4, -2, 0].map((offset) => loadRun(offset, 300)) }, "load/monotony")).toBe(false);
  });

  it("does not fire with no load at all", () => {
    expect(fires({ runs: [] }, "load/monotony")).toBe(false);
  });

  it("fires just above 2.0 and not just below it, bisected to the boundary", () => {
    // Five days at 300 and two at `low`: monotony falls as `low` rises towards 300.
    const week = (low: number) => [-6, -5, -4, -3, -2].map((offset) => loadRun(offset, 300)).concat([loadRun(-1, low), loadRun(0, low)]);
    const monotonyAt = (low: number) => plan({ runs: week(low) }).metrics.monotony ?? 0;
    const threshold = bisect(1, 200, (low) => monotonyAt(low) > 2); // monotony > 2 for low above ≈ 47.7
    const above = plan({ runs: week(threshold + 1e-6) });
    const below = plan({ runs: week(threshold - 1e-6) });
    expect(above.metrics.monotony).toBeCloseTo(2, 6);
    expect(find(above, "load/monotony")).toBeDefined();
    expect(find(below, "load/monotony")).toBeUndefined();
  });
});

describe("calibration before alarms", () => {
  it("a new runner's second run, twice the first, is no spike warning: the baseline is still forming", () => {
    // The case: 3.1 km, then 6 km — not "94 % longer … no longer than 3.1 km for a week".
    const result = plan({ runs: [run(-2, 3.1, 20, { kind: "easy" }), run(0, 6, 36, { kind: "easy" })] });
    expect(ids(result)).not.toContain("load/spike");
    const forming = find(result, "load/baseline-forming");
    expect(forming?.priority).toBe("low");
    expect(forming?.title).toBe("Your baseline is still forming");
    expect(forming?.detail).toContain("at least 4 runs");
    expect(result.metrics.baselineForming).toEqual(["spike", "weekly-increase", "monotony"]);
  });

  it("three runs in the 30 days before are not enough; four are", () => {
    const three = [run(-20, 10, 60), run(-15, 10, 60), run(-10, 10, 60)];
    expect(fires({ runs: [...three, run(0, 20, 120)] }, "load/spike")).toBe(false);
    expect(fires({ runs: [...three, run(0, 20, 120)] }, "load/baseline-forming")).toBe(true);
    expect(fires({ runs: [...three, run(-5, 10, 60), run(0, 20, 120)] }, "load/spike")).toBe(true);
  });

  it("imported history counts: a long archive gives a baseline on day one", () => {
    const archive = dailyRuns(-60, -1, 10, 60).filter((_, index) => index % 2 === 0);
    const result = plan({ runs: [...archive, run(0, 20, 120)] });
    expect(result.metrics.baselineForming).toEqual([]);
    expect(ids(result)).toContain("load/spike");
  });

  it("the weekly increase needs runs in 3 of the 4 weeks before; monotony needs 7 days", () => {
    expect(fires({ runs: [run(-10, 5, 30), run(-3, 20, 120), run(0, 20, 120)] }, "load/weekly-increase")).toBe(false);
    const sameEachDay = dailyRuns(-5, 0);
    expect(fires({ runs: sameEachDay }, "load/monotony")).toBe(false);
    expect(plan({ runs: sameEachDay }).metrics.baselineForming).toContain("monotony");
    expect(fires({ runs: dailyRuns(-6, 0) }, "load/monotony")).toBe(true);
  });
});

describe("increases from (nearly) nothing", () => {
  it("say 'far more than 100 %' instead of Infinity % (found by the units property test)", async () => {
    const { planRecovery } = await import("@/lib/rules");
    const plan = planRecovery({
      today: "2026-06-15",
      runs: [
        { date: "2026-06-15", distanceKm: 1.0000000000000003e-9, durationMin: 0 },
        { date: "2026-06-01", distanceKm: 5.562685e-318, durationMin: 0 },
        // Runs of nothing in two more weeks: the weekly increase has its baseline (3 of the 4 weeks before).
        { date: "2026-05-25", distanceKm: 0, durationMin: 0 },
        { date: "2026-06-08", distanceKm: 0, durationMin: 0 },
      ],
      soreness: [],
      races: [],
      massages: [],
      profile: {},
    });
    const text = JSON.stringify(plan);
    expect(text).not.toMatch(/NaN|Infinity/);
    const weekly = plan.suggestions.find((s) => s.id === "load/weekly-increase");
    expect(weekly?.title).toBe("Your distance is up far more than 100 % on the previous two weeks");
  });
});
