import { describe, expect, it } from "vitest";
import { planRecovery, proposeMassageDays, type PlanInput } from "@/lib/rules";
import { day, find, fires, input, plan, run, sore } from "./helpers";

const LEGS = ["calves", "hamstrings", "quadriceps", "glutes"];

describe("massage/after-long-run", () => {
  it.each([
    ["a long run today", [run(0, 24, 140, { kind: "long" })], true],
    ["a 90-minute easy run yesterday (boundary)", [run(-1, 15, 90, { kind: "easy" })], true],
    ["an 89-minute easy run yesterday", [run(-1, 15, 89, { kind: "easy" })], false],
    ["a race yesterday", [run(-1, 10, 45, { kind: "race" })], true],
    ["a long run two days ago", [run(-2, 24, 140, { kind: "long" })], false],
  ])("%s", (_name, runs, expected) => {
    expect(fires({ runs }, "massage/after-long-run")).toBe(expected);
  });

  it("suggests light or self-massage the next day for the worked regions and anything sore now", () => {
    const suggestion = find(plan({ runs: [run(0, 24, 140, { kind: "long" })], soreness: [sore(-1, "lower-back", "both", 2)] }), "massage/after-long-run");
    expect(suggestion?.regions).toEqual([...LEGS, "lower-back"]);
    expect(suggestion?.title).toContain("tomorrow, Mon 23 Nov");
    expect(suggestion?.because[0]).toContain("worked your calves, hamstrings, quadriceps and glutes");
    expect(suggestion?.detail).toMatch(/light massage or self-massage/);
    expect(suggestion?.detail).not.toMatch(/prevent/i);
  });

  it("leaves out a red-flag region", () => {
    const suggestion = find(plan({ runs: [run(0, 24, 140, { kind: "long" })], soreness: [sore(0, "calves", "right", 3, true)] }), "massage/after-long-run");
    expect(suggestion?.regions).toEqual(["hamstrings", "quadriceps", "glutes"]);
    expect(suggestion?.detail).toContain("Leave out your calves");
  });

  it("does not send the runner to a massage on race day", () => {
    const races = [{ date: day(0), distanceKm: 10 }];
    expect(fires({ runs: [run(-1, 24, 140, { kind: "long" })], races }, "massage/after-long-run")).toBe(false);
  });
});

describe("massage/sore-regions", () => {
  it.each([
    ["3/10 today", [sore(0, "calves", "left", 3)], true],
    ["5/10 today", [sore(0, "calves", "left", 5)], true],
    ["2/10 today", [sore(0, "calves", "left", 2)], false],
    ["6/10 today is a red flag", [sore(0, "calves", "left", 6)], false],
    ["4/10 but sharp", [sore(0, "calves", "left", 4, true)], false],
    ["4/10 three days ago (window edge)", [sore(-3, "calves", "left", 4)], true],
    ["4/10 four days ago", [sore(-4, "calves", "left", 4)], false],
    ["4/10 then 1/10 today: the latest counts", [sore(-1, "calves", "left", 4), sore(0, "calves", "left", 1)], false],
    ["4/10 left calf but 7/10 right calf: red flag on the region", [sore(0, "calves", "left", 4), sore(0, "calves", "right", 7)], false],
  ])("%s", (_name, soreness, expected) => {
    expect(fires({ soreness }, "massage/sore-regions")).toBe(expected);
  });

  it("lists only the regions without a red flag", () => {
    const suggestion = find(
      plan({ soreness: [sore(0, "calves", "left", 4), sore(0, "glutes", "both", 3), sore(0, "knees", "right", 4, true)] }),
      "massage/sore-regions",
    );
    expect(suggestion?.regions).toEqual(["calves", "glutes"]);
    expect(suggestion?.detail).toContain("No deep tissue");
  });
});

describe("massage/pre-race-window", () => {
  const races = [{ date: day(10), distanceKm: 42.2, name: "City Marathon" }];
  const deep = (offset: number, extra: Partial<PlanInput["massages"][number]> = {}): PlanInput["massages"] => [
    { date: day(offset), depth: "deep", ...extra },
  ];

  it.each([
    ["deep 4 days before the race", deep(6), true],
    ["deep 5 days before the race (allowed)", deep(5), false],
    ["deep on race day", deep(10), true],
    ["deep 2 days after the race", deep(12), true],
    ["deep 3 days after the race (allowed)", deep(13), false],
    ["deep 4 days before, already done", deep(6, { status: "done" }), false],
    ["light 2 days before", [{ date: day(8), depth: "light" as const }], false],
    ["deep 4 days before, explicitly booked", deep(6, { status: "booked" }), true],
  ])("%s", (_name, massages, expected) => {
    expect(fires({ races, massages }, "massage/pre-race-window")).toBe(expected);
  });

  it("a run of kind race counts as a race", () => {
    expect(fires({ runs: [run(0, 10, 45, { kind: "race" })], massages: deep(1) }, "massage/pre-race-window")).toBe(true);
  });

  it("ignores a booked massage already in the past", () => {
    expect(fires({ races: [{ date: day(2), distanceKm: 10 }], massages: deep(-1) }, "massage/pre-race-window")).toBe(false);
  });

  it("says which session, how close, and where to move it", () => {
    const suggestion = find(plan({ races, massages: deep(7, { regions: ["calves"] }) }), "massage/pre-race-window");
    expect(suggestion).toMatchObject({ kind: "massage", priority: "high", regions: ["calves"] });
    expect(suggestion?.because).toEqual(["Your deep massage (calves) booked for Sun 29 Nov is 3 days before City Marathon (42.2 km) on Wed 2 Dec."]);
    expect(suggestion?.detail).toContain("Fri 27 Nov or earlier");
    expect(suggestion?.detail).toContain("Sat 5 Dec or later");
  });

  it("honours a massage-timing override", () => {
    const options = { massageTiming: { deepLastDaysBeforeRace: 7, deepEarliestDaysBeforeRace: 9 } };
    expect(planRecovery(input({ races, massages: deep(5) }), options).suggestions.map((s) => s.id)).toContain("massage/pre-race-window");
    expect(planRecovery(input({ races, massages: deep(3) }), options).suggestions.map((s) => s.id)).not.toContain("massage/pre-race-window");
  });
});

describe("proposeMassageDays", () => {
  const race = (offset: number) => ({ date: day(offset), distanceKm: 21.1, name: "Half" });

  it("around a race in 10 days: deep 7 days before, light 2 days before, light the day after, deep again 3 days after", () => {
    const days = plan({ races: [race(10)] }).massageDays;
    expect(days.map(({ date, depth }) => [date, depth])).toEqual([
      [day(3), "deep"],
      [day(8), "light"],
      [day(11), "light"],
      [day(13), "deep"],
    ]);
    expect(days[0]?.regions).toEqual(LEGS);
    for (const proposal of days) expect(proposal.reason.length).toBeGreaterThan(20);
  });

  it("a deep session only where that day is still ahead: race in 5 days → deep today (race − 5)", () => {
    const days = plan({ races: [race(5)] }).massageDays;
    expect(days.find((proposal) => proposal.depth === "deep")?.date).toBe(day(0));
  });

  it("a race in 4 days gets no deep session before it", () => {
    expect(plan({ races: [race(4)] }).massageDays.some((proposal) => proposal.depth === "deep" && proposal.date < day(4))).toBe(false);
  });

  it("proposes nothing on a day that already has a booked massage, and moves the deep session", () => {
    const days = plan({ races: [race(10)], massages: [{ date: day(3), depth: "self" }, { date: day(8), depth: "light", status: "booked" }] }).massageDays;
    expect(days.map(({ date, depth }) => [date, depth])).toEqual([
      [day(4), "deep"],
      [day(11), "light"],
      [day(13), "deep"],
    ]);
  });

  it("no extra deep session when one is already booked 5–7 days before", () => {
    const days = plan({ races: [race(10)], massages: [{ date: day(5), depth: "deep" }] }).massageDays;
    expect(days.some((proposal) => proposal.depth === "deep" && proposal.date < day(10))).toBe(false);
  });

  it("after a long run: self-massage the next day", () => {
    expect(plan({ runs: [run(0, 30, 170, { kind: "long" })] }).massageDays).toEqual([
      expect.objectContaining({ date: day(1), depth: "self", regions: LEGS }),
    ]);
  });

  it("after a race: light on day 1–2, deep from day 3 only if still sore", () => {
    const sorePlan = plan({ races: [race(-1)], soreness: [sore(0, "quadriceps", "both", 4)] });
    expect(sorePlan.massageDays.map(({ date, depth }) => [date, depth])).toEqual([
      [day(0), "light"],
      [day(2), "deep"],
    ]);
    expect(sorePlan.massageDays[1]?.regions).toEqual(["quadriceps"]);
    const notSore = plan({ races: [race(-1)] });
    expect(notSore.massageDays.map(({ date, depth }) => [date, depth])).toEqual([[day(0), "light"]]);
  });

  it("nothing at all on race day", () => {
    const days = plan({ runs: [run(-1, 30, 170, { kind: "long" })], races: [race(0)] }).massageDays;
    expect(days.some((proposal) => proposal.date === day(0))).toBe(false);
  });

  it("no deep proposal on a red-flag region", () => {
    const days = plan({ races: [race(10)], soreness: [sore(0, "calves", "left", 2, true)] }).massageDays;
    for (const proposal of days) expect(proposal.regions).not.toContain("calves");
  });

  it.each([
    ["a race 14 days out", 14],
    ["a race 5 weeks out", 35],
    ["a race 12 weeks out", 84],
    ["a race 26 weeks out", 182],
  ])("%s gets its whole plan at once: deep 7 days before, flush 2 before, light the day after, deep 3 days after", (_name, offset) => {
    const days = plan({ races: [race(offset)] }).massageDays;
    expect(days.map(({ date, depth }) => [date, depth])).toEqual([
      [day(offset - 7), "deep"],
      [day(offset - 2), "light"],
      [day(offset + 1), "light"],
      [day(offset + 3), "deep"],
    ]);
    expect(days.map((proposal) => proposal.why.map((why) => why.rule))).toEqual([["before-race-deep"], ["before-race-light"], ["after-race-light"], ["after-race-deep"]]);
  });

  it("a race more than 26 weeks out gets no plan yet; other proposals stay within today … today + 13", () => {
    expect(plan({ races: [race(183)] }).massageDays).toEqual([]);
    expect(plan({ runs: [run(0, 30, 170, { kind: "long" })] }).massageDays.every((proposal) => proposal.date <= day(13))).toBe(true);
  });

  it("massage-timing override moves the deep window", () => {
    const options = { massageTiming: { deepLastDaysBeforeRace: 6, deepEarliestDaysBeforeRace: 8 } };
    const days = proposeMassageDays(input({ races: [race(10)] }), options);
    expect(days.find((proposal) => proposal.depth === "deep")?.date).toBe(day(2));
    expect(planRecovery(input({ races: [race(10)] }), options).massageDays).toEqual(days);
  });
});
