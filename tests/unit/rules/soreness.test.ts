import { describe, expect, it } from "vitest";
import type { PlanInput, Region, Side } from "@/lib/rules";
import { find, fires, plan, run, sore } from "./helpers";

type Soreness = PlanInput["soreness"];

/** The same region and side at `level` on each offset. */
function series(offsets: number[], level: number, region: Region = "calves", side: Side = "left"): Soreness {
  return offsets.map((offset) => sore(offset, region, side, level));
}

function range(from: number, to: number): number[] {
  const days: number[] = [];
  for (let offset = from; offset <= to; offset++) days.push(offset);
  return days;
}

describe("red-flag/sharp-pain", () => {
  it.each([
    ["sharp today", [sore(0, "calves", "left", 2, true)], true],
    ["sharp 3 days ago (window edge)", [sore(-3, "calves", "left", 2, true)], true],
    ["sharp 4 days ago", [sore(-4, "calves", "left", 2, true)], false],
    ["not sharp", [sore(0, "calves", "left", 2, false)], false],
    ["a later same-day entry that is not sharp replaces it", [sore(0, "calves", "left", 3, true), sore(0, "calves", "left", 2)], false],
    ["a later same-day sharp entry counts", [sore(0, "calves", "left", 2), sore(0, "calves", "left", 2, true)], true],
    ["a sharp entry dated tomorrow is ignored", [sore(1, "calves", "left", 2, true)], false],
  ])("%s", (_name, soreness, expected) => {
    expect(fires({ soreness }, "red-flag/sharp-pain")).toBe(expected);
  });

  it("says see a physiotherapist or doctor, with the runner's entry", () => {
    const suggestion = find(plan({ soreness: [sore(-1, "achilles", "right", 4, true)] }), "red-flag/sharp-pain");
    expect(suggestion).toMatchObject({ kind: "see-professional", priority: "high", regions: ["achilles"] });
    expect(suggestion?.title).toContain("see a physiotherapist or doctor");
    expect(suggestion?.because).toEqual(["You marked your right Achilles as sharp pain (4/10) yesterday, Sat 21 Nov."]);
  });
});

describe("red-flag/high-pain", () => {
  it.each([
    ["6/10 today", [sore(0, "knees", "right", 6)], true],
    ["5.5/10 today", [sore(0, "knees", "right", 5.5)], true],
    ["5/10 today (boundary: not above 5)", [sore(0, "knees", "right", 5)], false],
    ["8/10 three days ago", [sore(-3, "knees", "right", 8)], true],
    ["8/10 four days ago", [sore(-4, "knees", "right", 8)], false],
    ["8/10 replaced by a later 4/10 the same day", [sore(0, "knees", "right", 8), sore(0, "knees", "right", 4)], false],
  ])("%s", (_name, soreness, expected) => {
    expect(fires({ soreness }, "red-flag/high-pain")).toBe(expected);
  });
});

describe("red-flag/persistent", () => {
  it.each([
    ["3+ every day from today − 7 to today", series(range(-7, 0), 3), true],
    ["3+ from today − 6 to today (6 days)", series(range(-6, 0), 4), false],
    ["a 2 in between breaks it", [...series(range(-8, -4), 4), sore(-3, "calves", "left", 2), ...series(range(-2, 0), 4)], false],
    ["a 0 in between breaks it", [...series(range(-8, -1), 4), sore(-4, "calves", "left", 0)], false],
    ["latest 2 days ago (window edge)", series(range(-9, -2), 3), true],
    ["latest 3 days ago", series(range(-10, -3), 3), false],
    ["entries every 3rd day for 9 days", series([-9, -6, -3, 0], 4), true],
    ["entries 4 days apart do not chain (our assumption)", series([-8, -4, 0], 4), false],
    ["left then right is not the same spot", [...series(range(-8, -4), 4), ...series(range(-3, 0), 4, "calves", "right")], false],
  ])("%s", (_name, soreness, expected) => {
    expect(fires({ soreness }, "red-flag/persistent")).toBe(expected);
  });

  it("a later lower reading after a long run of 3+ still fires (the complaint lasted 7 days)", () => {
    expect(fires({ soreness: [...series(range(-8, -1), 4), sore(0, "calves", "left", 1)] }, "red-flag/persistent")).toBe(true);
  });

  it("names the days in `because`", () => {
    const suggestion = find(plan({ soreness: series(range(-8, 0), 4, "hamstrings", "both") }), "red-flag/persistent");
    expect(suggestion?.because[0]).toBe(
      "Soreness of 3/10 or more in your hamstrings (both sides) from Sat 14 Nov to Sun 22 Nov (8 days; latest 4/10).",
    );
  });
});

describe("red-flag/one-sided", () => {
  const runs = [run(-6, 8, 45), run(-4, 8, 45), run(-2, 8, 45), run(0, 8, 45)];

  it.each([
    ["3 of the last 4 run days (same day or the day after)", [sore(-6, "calves", "left", 4), sore(-3, "calves", "left", 3), sore(-2, "calves", "left", 3)], true],
    ["only 2 of 4", [sore(-6, "calves", "left", 4), sore(-3, "calves", "left", 4)], false],
    ["3 of 4 but at 2/10 (boundary is 3)", [sore(-6, "calves", "left", 2), sore(-4, "calves", "left", 2), sore(-2, "calves", "left", 2)], false],
    ["both sides is not one-sided", [sore(-6, "calves", "both", 4), sore(-4, "calves", "both", 4), sore(-2, "calves", "both", 4)], false],
    ["left twice and right once is not the same side", [sore(-6, "calves", "left", 4), sore(-4, "calves", "left", 4), sore(-2, "calves", "right", 4)], false],
    ["a run day 5 runs ago does not count", [sore(-8, "calves", "left", 4), sore(-6, "calves", "left", 4), sore(-4, "calves", "left", 4)], false],
  ])("%s", (_name, soreness, expected) => {
    const allRuns = [run(-8, 8, 45), ...runs];
    expect(fires({ runs: allRuns, soreness }, "red-flag/one-sided")).toBe(expected);
  });

  it("an entry two days after a run does not count for it", () => {
    const soreness = [sore(-6, "calves", "left", 4), sore(-2, "calves", "left", 4), sore(0, "calves", "left", 4)];
    // run days −6 (hit), −4 (entry at −2 is two days later: no), −2 (hit), 0 (hit) → 3 hits
    expect(fires({ runs, soreness }, "red-flag/one-sided")).toBe(true);
    expect(fires({ runs, soreness: soreness.slice(0, 2) }, "red-flag/one-sided")).toBe(false);
  });
});

describe("soreness/not-improving (Cheung 2003)", () => {
  it.each([
    ["3/10 for five days (began 4 days before)", series(range(-4, 0), 3), true],
    ["3/10 for four days (began 3 days before)", series(range(-3, 0), 3), false],
    ["rising 1 → 5 over five days", range(-4, 0).map((offset) => sore(offset, "calves", "left", 5 + offset)), true],
    ["latest below 3", series(range(-6, 0), 2), false],
    ["latest 2 days ago (window edge)", series(range(-6, -2), 3), true],
    ["latest 3 days ago", series(range(-7, -3), 3), false],
    ["gap of 2 days keeps the episode", series([-5, -4, -2, 0], 3), true],
    ["gap of 3 days starts a new episode", series([-5, -4, -1, 0], 3), false],
    ["a 0 entry ends the episode", [...series([-6, -5], 3), sore(-4, "calves", "left", 0), ...series([-3, -2, -1, 0], 3)], false],
    ["it was worse before: improving", [sore(-4, "calves", "left", 5), ...series([-3, -2, -1, 0], 4)], false],
  ])("%s", (_name, soreness, expected) => {
    expect(fires({ soreness }, "soreness/not-improving")).toBe(expected);
  });

  it("the normal DOMS curve — rising to a peak within 72 h, then falling — never fires it", () => {
    const curve = [2, 4, 5, 5, 4, 3, 2, 1];
    for (let upTo = 1; upTo <= curve.length; upTo++) {
      const soreness = curve.slice(0, upTo).map((level, index) => sore(index - upTo + 1, "quadriceps", "both", level));
      expect(fires({ soreness }, "soreness/not-improving")).toBe(false);
    }
  });

  it("is a medium rest suggestion", () => {
    const suggestion = find(plan({ soreness: series(range(-5, 0), 4) }), "soreness/not-improving");
    expect(suggestion).toMatchObject({ kind: "rest", priority: "medium", regions: ["calves"] });
    expect(suggestion?.because[0]).toContain("since Tue 17 Nov");
  });
});

describe("a red flag and a booked deep massage", () => {
  it("tells the runner to keep the therapist off the flagged region", () => {
    const suggestion = find(
      plan({ soreness: [sore(0, "calves", "left", 7)], massages: [{ date: "2026-11-25", depth: "deep", regions: ["calves", "glutes"] }] }),
      "red-flag/high-pain",
    );
    expect(suggestion?.detail).toContain("deep massage booked for Wed 25 Nov, in 3 days");
    expect(suggestion?.detail).toContain("keep off the calves");
  });

  it("says nothing about a light one", () => {
    const suggestion = find(
      plan({ soreness: [sore(0, "calves", "left", 7)], massages: [{ date: "2026-11-25", depth: "light" }] }),
      "red-flag/high-pain",
    );
    expect(suggestion?.detail).not.toContain("booked");
  });
});
