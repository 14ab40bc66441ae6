import { describe, expect, it } from "vitest";
import { addDays, DEFAULT_MASSAGE_TIMING } from "@/lib/rules";
import { findMassageConflicts, redFlagRegionsOf, type ScheduledMassage } from "@/lib/rules/conflicts";
import { plan, sore, TODAY } from "./helpers";

const RACE = addDays(TODAY, 20);
const race = { date: RACE, name: "City Marathon" };
const at = (offsetFromRace: number) => addDays(RACE, offsetFromRace);

function session(id: string, date: string, depth: ScheduledMassage["depth"] = "deep", extra: Partial<ScheduledMassage> = {}): ScheduledMassage {
  return { id, date, depth, regions: ["calves"], status: "accepted", ...extra };
}

const kinds = (massages: ScheduledMassage[], redFlagRegions: ScheduledMassage["regions"] = []) =>
  findMassageConflicts({ today: TODAY, massages, races: [race], redFlagRegions: [...redFlagRegions] }).map((c) => `${c.massageId}:${c.kind}`);

describe("findMassageConflicts — the race window comes from the engine's timing", () => {
  it.each([
    [-DEFAULT_MASSAGE_TIMING.deepLastDaysBeforeRace, false],
    [-(DEFAULT_MASSAGE_TIMING.deepLastDaysBeforeRace - 1), true],
    [-1, true],
    [1, true],
    [DEFAULT_MASSAGE_TIMING.deepFirstDaysAfterRace - 1, true],
    [DEFAULT_MASSAGE_TIMING.deepFirstDaysAfterRace, false],
  ])("deep tissue %i days from the race: conflict %s", (offset, expected) => {
    expect(kinds([session("a", at(offset))])).toEqual(expected ? ["a:deep-in-race-window"] : []);
  });

  it("says which race and where to move it", () => {
    const [conflict] = findMassageConflicts({ today: TODAY, massages: [session("a", at(-3))], races: [race], redFlagRegions: [] });
    expect(conflict?.message).toContain("City Marathon");
    // Race − 5 in words, never ISO in the sentence.
    expect(DEFAULT_MASSAGE_TIMING.deepLastDaysBeforeRace).toBe(5);
    expect(conflict?.message).toContain("Move it to Mon 7 Dec or earlier");
    expect(conflict?.message).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(conflict?.message).toContain("3 days before");
  });

  it("light and self sessions inside the window are fine, but not on race day", () => {
    expect(kinds([session("a", at(-2), "light"), session("b", at(1), "self")])).toEqual([]);
    expect(kinds([session("c", at(0), "light")])).toEqual(["c:massage-on-race-day"]);
  });

  it("a deep session on race day is reported once, as on race day", () => {
    expect(kinds([session("a", at(0))])).toEqual(["a:massage-on-race-day"]);
  });

  it("flags deep work on a red-flag region, and a whole-body deep session, but not light work there", () => {
    expect(kinds([session("a", addDays(TODAY, 2), "deep", { regions: ["calves", "glutes"] })], ["calves"])).toEqual(["a:deep-on-red-flag"]);
    expect(kinds([session("b", addDays(TODAY, 2), "deep", { regions: [] })], ["achilles"])).toEqual(["b:deep-on-red-flag"]);
    expect(kinds([session("c", addDays(TODAY, 2), "light")], ["calves"])).toEqual([]);
    expect(kinds([session("d", addDays(TODAY, 2), "deep", { regions: ["glutes"] })], ["calves"])).toEqual([]);
    const [conflict] = findMassageConflicts({ today: TODAY, massages: [session("a", addDays(TODAY, 2))], races: [], redFlagRegions: ["calves"] });
    expect(conflict?.message).toContain("see a physiotherapist or doctor");
  });

  it("flags two sessions on one day, each of them", () => {
    expect(kinds([session("a", addDays(TODAY, 3), "light"), session("b", addDays(TODAY, 3), "self", { status: "proposed" })])).toEqual([
      "a:two-on-one-day",
      "b:two-on-one-day",
    ]);
  });

  it("ignores the past and sessions already done", () => {
    expect(kinds([session("a", addDays(TODAY, -1)), session("b", at(-2), "deep", { status: "done" })])).toEqual([]);
  });

  it("is deterministic and sorted by date", () => {
    const massages = [session("z", at(0), "light"), session("a", at(-1)), session("m", addDays(TODAY, 1)), session("n", addDays(TODAY, 1), "light")];
    const first = findMassageConflicts({ today: TODAY, massages, races: [race], redFlagRegions: [] });
    expect(findMassageConflicts({ today: TODAY, massages: [...massages].reverse(), races: [race], redFlagRegions: [] })).toEqual(first);
    expect(first.map((c) => c.date)).toEqual([...first.map((c) => c.date)].sort());
  });
});

describe("redFlagRegionsOf", () => {
  it("takes the regions of the plan's see-professional suggestions", () => {
    const result = plan({ soreness: [sore(0, "achilles", "left", 7), sore(0, "calves", "both", 2)] });
    expect(redFlagRegionsOf(result)).toEqual(["achilles"]);
    expect(redFlagRegionsOf(plan({ soreness: [sore(0, "calves", "both", 2)] }))).toEqual([]);
  });
});
