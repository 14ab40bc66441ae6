import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, planRecovery, weekdayOf, type PlanInput } from "@/lib/rules";
import { dayNumberOf } from "@/lib/rules/dates";

const TODAY = "2026-11-29"; // a Sunday
const at = (offset: number) => addDays(TODAY, offset);
const weekday = (date: string) => weekdayOf(dayNumberOf(date));
const routine = (everyWeeks: 2 | 3 | 4, weekdayWanted: number) => ({ routineMassage: { everyWeeks, weekday: weekdayWanted } });

/** Long runs every Sunday and intervals every Tuesday for the last 8 weeks. */
function usualWeek(): PlanInput["runs"] {
  const runs: PlanInput["runs"] = [];
  for (let week = 1; week <= 8; week++) {
    runs.push({ date: at(-7 * week), distanceKm: 24, durationMin: 140, kind: "long" });
    runs.push({ date: at(-7 * week + 2), distanceKm: 10, durationMin: 50, kind: "intervals" });
  }
  return runs;
}
const input = (parts: Partial<PlanInput> = {}): PlanInput => ({ today: TODAY, runs: [], soreness: [], races: [], massages: [], profile: {}, ...parts });

describe("routine massage sessions (settings: every 2, 3 or 4 weeks on a weekday)", () => {
  it("every 2 weeks on Thursdays for 12 weeks, as deep proposals with their reason as data", () => {
    const days = planRecovery(input(), routine(2, 4)).massageDays;
    expect(days.length).toBe(6);
    for (const proposal of days) {
      expect(weekday(proposal.date)).toBe(4);
      expect(proposal.why).toEqual([{ rule: "routine", everyWeeks: 2, weekday: 4 }]);
      expect(proposal.reason).toContain("every 2 weeks");
    }
    for (let index = 1; index < days.length; index++) expect(daysBetween(days[index - 1]!.date, days[index]!.date)).toBe(14);
  });

  it("the same slots whatever day it is: proposals do not wander as the days pass", () => {
    const today = planRecovery(input(), routine(3, 3)).massageDays.map((p) => p.date);
    const tomorrow = planRecovery({ ...input(), today: at(1) }, routine(3, 3)).massageDays.map((p) => p.date);
    expect(tomorrow.filter((date) => today.includes(date)).length).toBeGreaterThanOrEqual(today.length - 1);
  });

  it("moves off a usual long-run or hard day and the day before one", () => {
    // Monday is the day before the usual Tuesday intervals; Saturday the day before the Sunday long run.
    for (const wanted of [1, 6, 0, 2]) {
      for (const proposal of planRecovery(input({ runs: usualWeek() }), routine(2, wanted)).massageDays) {
        expect([0, 1, 2, 6]).not.toContain(weekday(proposal.date));
      }
    }
  });

  it("stays out of race windows (the race's own plan covers them) and none means none", () => {
    const races = [{ date: at(30), distanceKm: 42.2, name: "City Marathon" }];
    const days = planRecovery(input({ races }), routine(2, 3)).massageDays;
    for (const proposal of days.filter((p) => p.why[0]?.rule === "routine")) {
      expect(Math.abs(daysBetween(at(30), proposal.date)) > 6 || daysBetween(at(30), proposal.date) < -7).toBe(true);
    }
    expect(planRecovery(input(), { routineMassage: { everyWeeks: 0, weekday: 3 } }).massageDays).toEqual([]);
  });

  it("never two sessions within 3 days of each other (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(2 as const, 3 as const, 4 as const), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 8, max: 120 }), (every, wanted, raceOffset) => {
        const days = planRecovery(input({ runs: usualWeek(), races: [{ date: at(raceOffset), distanceKm: 21.1 }] }), routine(every, wanted)).massageDays;
        const routineDays = days.filter((p) => p.why[0]?.rule === "routine").map((p) => p.date);
        for (const date of routineDays) for (const other of days) if (other.date !== date) expect(Math.abs(daysBetween(date, other.date))).toBeGreaterThan(3);
      }),
      { numRuns: 60 },
    );
  });
});
