import { describe, expect, it } from "vitest";
import {
  REGIONS,
  STATIC_STRETCHES,
  STRETCHES_BY_REGION,
  STRETCH_FIGURES,
  WARM_UP_DRILLS,
  stretchById,
  stretchesForRegion,
} from "@/lib/rules";
import { allText, find, fires, plan, run, sore } from "./helpers";

describe("stretch/<region>", () => {
  it.each([
    ["1/10 today → low", [sore(0, "hamstrings", "left", 1)], "low"],
    ["2/10 today → low", [sore(0, "hamstrings", "left", 2)], "low"],
    ["3/10 today → medium", [sore(0, "hamstrings", "left", 3)], "medium"],
    ["5/10 three days ago → medium", [sore(-3, "hamstrings", "left", 5)], "medium"],
    ["worst side decides: 2 left, 4 right → medium", [sore(0, "hamstrings", "left", 2), sore(0, "hamstrings", "right", 4)], "medium"],
  ])("%s", (_name, soreness, priority) => {
    expect(find(plan({ soreness }), "stretch/hamstrings")?.priority).toBe(priority);
  });

  it.each([
    ["0/10 today", [sore(0, "hamstrings", "left", 0)]],
    ["6/10 today (red flag)", [sore(0, "hamstrings", "left", 6)]],
    ["2/10 but sharp (red flag)", [sore(0, "hamstrings", "left", 2, true)]],
    ["4/10 four days ago (outside the last 3 days)", [sore(-4, "hamstrings", "left", 4)]],
    ["2/10 left, but 8/10 right: the region has a red flag", [sore(0, "hamstrings", "left", 2), sore(0, "hamstrings", "right", 8)]],
  ])("no stretch suggestion for %s", (_name, soreness) => {
    expect(fires({ soreness }, "stretch/hamstrings")).toBe(false);
  });

  it("names the stretches with hold times and rounds, after running, and the strength-work caveat", () => {
    const suggestion = find(plan({ soreness: [sore(0, "calves", "left", 3)] }), "stretch/calves");
    expect(suggestion?.regions).toEqual(["calves"]);
    expect(suggestion?.detail).toContain("After running");
    expect(suggestion?.detail).toContain("Wall calf stretch (straight knee): hold 30 s, 3 rounds each side");
    expect(suggestion?.detail).toContain("Lauersen 2014");
    expect(suggestion?.because).toEqual(["You rated your left calf 3/10 today, Sun 22 Nov."]);
  });

  it("one stretching card for the day: every sore region in the canonical order, each with its reason, the shared note once", () => {
    const result = plan({ soreness: [sore(0, "lower-back", "both", 2), sore(0, "calves", "left", 2), sore(0, "glutes", "right", 2)] });
    const cards = result.suggestions.filter((s) => s.kind === "stretch");
    expect(cards).toHaveLength(1);
    expect(cards[0]?.rules).toEqual(["stretch/warm-up", "stretch/calves", "stretch/glutes", "stretch/lower-back"]);
    expect(cards[0]?.regions).toEqual(["calves", "glutes", "lower-back"]);
    expect(cards[0]?.because).toEqual([
      "You rated your left calf 2/10 today, Sun 22 Nov.",
      "You rated your right glute 2/10 today, Sun 22 Nov.",
      "You rated your lower back 2/10 today, Sun 22 Nov.",
    ]);
    expect(cards[0]?.detail.split("Lauersen 2014")).toHaveLength(2);
  });

  it("the wall calf stretch is not a knee stretch", () => {
    expect(stretchById("wall-calf-stretch")?.regions).not.toContain("knees");
    expect(STRETCHES_BY_REGION.knees).not.toContain("wall-calf-stretch");
  });
});

describe("stretch/warm-up", () => {
  it("is always there, low priority, with dynamic drills before running", () => {
    for (const result of [plan(), plan({ runs: [run(0, 10, 60)] })]) {
      const suggestion = find(result, "stretch/warm-up");
      expect(suggestion?.priority).toBe("low");
      expect(suggestion?.detail).toContain("Before your next run");
      expect(suggestion?.detail).toContain("A-skips");
    }
  });
});

describe("stretch catalogue", () => {
  it("every region has at least two named stretches, all existing ids", () => {
    for (const region of REGIONS) {
      expect(stretchesForRegion(region).length).toBeGreaterThanOrEqual(2);
      for (const id of STRETCHES_BY_REGION[region]) expect(stretchById(id)).toBeDefined();
    }
  });

  it("every stretch is complete and within the evidence (30–60 s, 2–3 rounds, after running)", () => {
    const seen = new Set<string>();
    for (const stretch of STATIC_STRETCHES) {
      expect(stretch.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen.has(stretch.id)).toBe(false);
      seen.add(stretch.id);
      expect(stretch.holdSeconds).toBeGreaterThanOrEqual(30);
      expect(stretch.holdSeconds).toBeLessThanOrEqual(60);
      expect(stretch.rounds).toBeGreaterThanOrEqual(2);
      expect(stretch.rounds).toBeLessThanOrEqual(3);
      expect(stretch.when).toBe("after-running");
      expect(stretch.steps.length).toBeGreaterThanOrEqual(3);
      expect(stretch.steps.length).toBeLessThanOrEqual(5);
      expect(STRETCH_FIGURES).toContain(stretch.figure);
      expect(stretch.feel.length).toBeGreaterThan(10);
      expect(stretch.avoid.length).toBeGreaterThan(10);
      expect(stretch.regions.length).toBeGreaterThan(0);
    }
  });

  it("the warm-up drills are dynamic, before running, with leg swings, lunges, high knees, butt kicks and A-skips", () => {
    expect(WARM_UP_DRILLS.map((drill) => drill.id)).toEqual(
      expect.arrayContaining(["leg-swings-front-back", "walking-lunges", "high-knees", "butt-kicks", "a-skips"]),
    );
    for (const drill of WARM_UP_DRILLS) {
      expect(drill.when).toBe("before-running");
      expect(drill.repetitions !== undefined || drill.distanceM !== undefined).toBe(true);
      expect(drill.steps.length).toBeGreaterThanOrEqual(3);
      expect(drill.steps.length).toBeLessThanOrEqual(5);
      expect(STRETCH_FIGURES).toContain(drill.figure);
    }
  });

  it("every stretch's regions match the stretch guide: a stretch is listed under exactly the regions it names", () => {
    for (const region of REGIONS) for (const id of STRETCHES_BY_REGION[region]) expect(stretchById(id)?.regions, `${id} under ${region}`).toContain(region);
    for (const stretch of STATIC_STRETCHES) {
      for (const region of stretch.regions) expect(STRETCHES_BY_REGION[region], `${stretch.id} names ${region}`).toContain(stretch.id);
    }
  });

  it("each stretch and drill has its own illustration (none borrows another's pose)", () => {
    const figures = [...STATIC_STRETCHES, ...WARM_UP_DRILLS].map((item) => item.figure);
    const shared = figures.filter((figure, index) => figures.indexOf(figure) !== index);
    expect(shared).toEqual([]);
  });

  it("never claims to prevent anything", () => {
    for (const text of allText([STATIC_STRETCHES, WARM_UP_DRILLS])) expect(text).not.toMatch(/prevent/i);
  });
});
