import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, planRecovery, RUN_KINDS, type PlanInput, type TodaysTraining, type WellnessDay } from "@/lib/rules";

// Properties over generated wellness histories: the same input gives the same readiness; no
// suggestion is made without its baseline; a below-usual morning never turns advice up.

const TODAY = "2026-06-15";
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const hooper = fc.integer({ min: 1, max: 7 });
const dayArb = (from: number, to: number): fc.Arbitrary<WellnessDay> =>
  fc
    .record({
      offset: fc.integer({ min: from, max: to }),
      restingHrBpm: maybe(fc.integer({ min: 35, max: 90 })),
      hrvRmssdMs: maybe(fc.double({ min: 10, max: 200, noNaN: true })),
      sleepHours: maybe(fc.double({ min: 3, max: 10, noNaN: true })),
      sleep: maybe(hooper),
      stress: maybe(hooper),
      fatigue: maybe(hooper),
      soreness: maybe(hooper),
    })
    .map(({ offset, ...measures }) => {
      const day: WellnessDay = { date: addDays(TODAY, offset) };
      for (const [key, value] of Object.entries(measures)) if (value !== undefined) (day as unknown as Record<string, number>)[key] = value;
      return day;
    });
const wellnessArb = fc.array(dayArb(-80, 0), { maxLength: 90 });
const runsArb = fc.array(
  fc.record({ date: fc.integer({ min: -40, max: 0 }).map((o) => addDays(TODAY, o)), distanceKm: fc.double({ min: 1, max: 30, noNaN: true }), durationMin: fc.double({ min: 5, max: 180, noNaN: true }), rpe: fc.integer({ min: 1, max: 10 }), kind: fc.constantFrom(...RUN_KINDS) }),
  { maxLength: 40 },
);
const input = (wellness: WellnessDay[], runs: PlanInput["runs"] = []): PlanInput => ({ today: TODAY, runs, soreness: [], races: [], massages: [], profile: {}, wellness });
const RANK: Record<TodaysTraining, number> = { rest: 0, easy: 1, "as-planned": 2 };
const inWindow = (wellness: WellnessDay[], from: number, to: number, has: (w: WellnessDay) => boolean) => {
  const days = new Set(wellness.filter((w) => w.date >= addDays(TODAY, from) && w.date <= addDays(TODAY, to) && has(w)).map((w) => w.date));
  return days.size;
};

describe("readiness over generated wellness histories (fast-check)", { timeout: 60_000 }, () => {
  it("is deterministic: the same history twice gives deep-equal plans", () => {
    fc.assert(
      fc.property(wellnessArb, runsArb, (wellness, runs) => {
        expect(planRecovery(input(wellness, runs))).toEqual(planRecovery(structuredClone(input(wellness, runs))));
      }),
      { numRuns: 150 },
    );
  });

  it("makes no suggestion without its baseline", () => {
    fc.assert(
      fc.property(wellnessArb, (wellness) => {
        // The last entry of a day counts, as in the engine.
        const byDate = new Map(wellness.map((w) => [w.date, w]));
        const days = [...byDate.values()];
        const ids = planRecovery(input(wellness)).suggestions.map((s) => s.id);
        if (ids.includes("readiness/resting-hr")) expect(inWindow(days, -30, -1, (w) => w.restingHrBpm !== undefined)).toBeGreaterThanOrEqual(10);
        if (ids.includes("readiness/hrv")) {
          expect(inWindow(days, -60, -1, (w) => w.hrvRmssdMs !== undefined)).toBeGreaterThanOrEqual(20);
          expect(inWindow(days, -6, 0, (w) => w.hrvRmssdMs !== undefined)).toBeGreaterThanOrEqual(3);
        }
        const complete = (w: WellnessDay) => w.sleep !== undefined && w.stress !== undefined && w.fatigue !== undefined && w.soreness !== undefined;
        if (ids.includes("readiness/hooper")) expect(inWindow(days, -28, -1, complete)).toBeGreaterThanOrEqual(10);
        if (!byDate.has(TODAY)) expect(ids.filter((id) => id.startsWith("readiness/"))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it("a below-usual morning never turns today's advice up, and load suggestions stay as they were", () => {
    fc.assert(
      fc.property(wellnessArb, runsArb, (history, runs) => {
        const past = history.filter((w) => w.date < TODAY);
        // The same runner on the same day: without a check-in, and with a morning far off their usual.
        const without = planRecovery(input(past, runs));
        const bad: WellnessDay = { date: TODAY, restingHrBpm: 95, hrvRmssdMs: 10, sleepHours: 3, sleep: 7, stress: 7, fatigue: 7, soreness: 7 };
        const withBad = planRecovery(input([...past, bad], runs));
        expect(RANK[withBad.readiness.todaysTraining]).toBeLessThanOrEqual(RANK[without.readiness.todaysTraining]);
        if (withBad.readiness.status === "below-usual" && without.readiness.todaysTraining !== "rest") {
          expect(RANK[withBad.readiness.todaysTraining]).toBeLessThan(RANK[without.readiness.todaysTraining]);
        }
        const loadIds = (plan: typeof without) => plan.suggestions.filter((s) => s.id.startsWith("load/")).map((s) => s.id);
        expect(loadIds(withBad)).toEqual(loadIds(without));
      }),
      { numRuns: 200 },
    );
  });
});
