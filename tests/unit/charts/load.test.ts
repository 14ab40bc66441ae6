import { describe, expect, it } from "vitest";
import { loadSeries, sessionLoad } from "@/lib/charts/load";
import { planRecovery, type PlanInput, type RunEntry } from "@/lib/rules";
import { addDaysIso } from "@/lib/format/dates";
import { CALIBRATION_DAYS } from "@/lib/rules/thresholds";

const today = "2026-05-31";

function dailyRuns(days: number, run: Omit<RunEntry, "date">): RunEntry[] {
  return Array.from({ length: days }, (_, index) => ({ date: addDaysIso(today, -(days - 1) + index), ...run }));
}

describe("loadSeries", () => {
  it("is RPE × minutes per day, summed, with the rules' default RPE for runs without one", () => {
    expect(sessionLoad({ durationMin: 40, rpe: 5 })).toBe(200);
    expect(sessionLoad({ durationMin: 60, kind: "easy" })).toBe(180); // easy defaults to RPE 3
    const series = loadSeries(
      [
        { date: today, distanceKm: 8, durationMin: 40, rpe: 5 },
        { date: today, distanceKm: 4, durationMin: 20, rpe: 2 },
      ],
      today,
      3,
    );
    expect(series.map((d) => d.load)).toEqual([0, 0, 240]);
  });

  it("runs the acute (λ = 2/8) and chronic (λ = 2/29) EWMAs from the first run", () => {
    const series = loadSeries([{ date: addDaysIso(today, -1), distanceKm: 10, durationMin: 50, rpe: 4 }], today, 2);
    expect(series[0]!.acute).toBeCloseTo(200 * 0.25, 9);
    expect(series[0]!.chronic).toBeCloseTo((200 * 2) / 29, 9);
    expect(series[1]!.acute).toBeCloseTo(50 * 0.75, 9);
    expect(series[1]!.chronic).toBeCloseTo(((200 * 2) / 29) * (27 / 29), 9);
  });

  it("ends on the same acute and chronic load and ratio as the plan", () => {
    const runs: RunEntry[] = Array.from({ length: 120 }, (_, index) => ({
      date: addDaysIso(today, -119 + index),
      distanceKm: 5 + (index % 7),
      durationMin: 30 + (index % 5) * 10,
      ...(index % 3 === 0 ? {} : { rpe: 2 + (index % 6) }),
      kind: index % 7 === 6 ? ("long" as const) : ("easy" as const),
    }));
    const input: PlanInput = { today, runs, soreness: [], races: [], massages: [], profile: {} };
    const { metrics } = planRecovery(input);
    const last = loadSeries(runs, today).at(-1)!;
    expect(last.acute).toBeCloseTo(metrics.acuteLoad, 9);
    expect(last.chronic).toBeCloseTo(metrics.chronicLoad, 9);
    expect(last.acwr).toBeCloseTo(metrics.acwr!, 9);
    expect(last.calibrating).toBe(false);
  });

  it("marks the first 28 days of history calibrating, with no ratio, agreeing with the plan", () => {
    for (const days of [1, 20, 27, 28, 29, 40]) {
      const runs = dailyRuns(days, { distanceKm: 8, durationMin: 45, rpe: 4 });
      const series = loadSeries(runs, today);
      const plan = planRecovery({ today, runs, soreness: [], races: [], massages: [], profile: {} });
      expect(series.at(-1)!.calibrating, `${days} days`).toBe(plan.metrics.calibrating);
      const calibratingDays = series.filter((d) => d.calibrating);
      expect(calibratingDays.every((d) => d.acwr === null)).toBe(true);
    }
    const young = loadSeries(dailyRuns(10, { distanceKm: 8, durationMin: 45, rpe: 4 }), today);
    expect(young).toHaveLength(84);
    expect(young.every((d) => d.calibrating)).toBe(true);
    const settled = loadSeries(dailyRuns(60, { distanceKm: 8, durationMin: 45, rpe: 4 }), today);
    // The 24 shown days before the first run, then the first CALIBRATION_DAYS days from it.
    expect(settled.filter((d) => d.calibrating)).toHaveLength(84 - 60 + CALIBRATION_DAYS);
    expect(settled.at(-1)!.acwr).not.toBeNull();
  });

  it("shows nothing but zeros for a runner without runs", () => {
    const series = loadSeries([], today, 7);
    expect(series).toHaveLength(7);
    expect(series.every((d) => d.load === 0 && d.acute === 0 && d.chronic === 0 && d.acwr === null && d.calibrating)).toBe(true);
  });

  it("ignores runs after today", () => {
    const series = loadSeries([{ date: addDaysIso(today, 1), distanceKm: 10, durationMin: 50, rpe: 4 }], today, 2);
    expect(series.every((d) => d.load === 0 && d.acute === 0)).toBe(true);
  });
});
