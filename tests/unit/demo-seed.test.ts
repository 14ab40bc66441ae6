import { describe, expect, it } from "vitest";
import { demoHistory } from "@/prisma/seed";
import { planRecovery, type PlanInput } from "@/lib/rules";
import { addDaysIso } from "@/lib/format/dates";

const today = "2026-05-31";

function asPlanInput(history: ReturnType<typeof demoHistory>): PlanInput {
  return {
    today,
    runs: history.runs.map((r) => ({ date: r.date, distanceKm: r.km, durationMin: (r.km * r.paceSecPerKm) / 60, rpe: r.rpe, kind: r.kind, ...(r.temperatureC !== undefined ? { temperatureC: r.temperatureC } : {}) })),
    soreness: history.soreness.map((s) => ({ ...s })),
    races: history.races.filter((r) => r.date <= addDaysIso(today, 60)).map((r) => ({ date: r.date, distanceKm: r.distanceM / 1000, name: r.name, priority: r.priority })),
    massages: history.massages.filter((m) => m.status !== "proposed").map((m) => ({ date: m.date, depth: m.depth, regions: m.regions, status: m.status === "done" ? ("done" as const) : ("booked" as const) })),
    profile: { bodyMassKg: 62, sweatRateLPerH: 1.2 },
  };
}

describe("the demo runner's history", () => {
  it("is deterministic and ends with the marathon block, a resolved calf red flag and today's soreness", () => {
    const history = demoHistory(today);
    expect(demoHistory(today)).toEqual(history);
    expect(history.runs[0]!.date >= addDaysIso(today, -181)).toBe(true);
    expect(history.runs.length).toBeGreaterThan(100);
    const marathon = history.runs.find((r) => r.kind === "race")!;
    expect(marathon).toMatchObject({ date: addDaysIso(today, -24), km: 42.2 });
    const longInBlock = history.runs.filter((r) => r.kind === "long" && r.date < marathon.date && r.date >= addDaysIso(marathon.date, -56));
    expect(Math.max(...longInBlock.map((r) => r.km))).toBeGreaterThanOrEqual(30);
    const sharpCalf = history.soreness.filter((s) => s.region === "calves" && s.side === "right" && s.sharp);
    expect(sharpCalf.length).toBeGreaterThan(0);
    const keys = history.soreness.map((s) => `${s.date}/${s.region}/${s.side}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(history.massages.map((m) => m.status)).toEqual(expect.arrayContaining(["done", "booked", "proposed"]));
  });

  it("gives a full plan today with no red flag left from the resolved calf", () => {
    const plan = planRecovery(asPlanInput(demoHistory(today)));
    expect(plan.suggestions.some((s) => s.kind === "see-professional")).toBe(false);
    expect(plan.suggestions.map((s) => s.kind)).toEqual(expect.arrayContaining(["massage", "stretch", "hydration"]));
    expect(plan.metrics.calibrating).toBe(false);
  });
});
