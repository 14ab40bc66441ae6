import { describe, expect, it } from "vitest";
import { MASSAGE_DEPTHS, REGIONS, RUN_KINDS, SIDES, planRecovery } from "@/lib/rules";
import { sortSuggestions } from "@/lib/rules";
import { allText, day, find, fires, ids, input, plan, run, sore } from "./helpers";

describe("rest/after-race", () => {
  it.each([
    ["a race today", { races: [{ date: day(0), distanceKm: 42.2 }] }, true],
    ["a race 2 days ago (window edge)", { races: [{ date: day(-2), distanceKm: 10 }] }, true],
    ["a race 3 days ago", { races: [{ date: day(-3), distanceKm: 10 }] }, false],
    ["a race tomorrow", { races: [{ date: day(1), distanceKm: 10 }] }, false],
    ["a run of kind race yesterday", { runs: [run(-1, 5, 20, { kind: "race" })] }, true],
  ])("%s", (_name, parts, expected) => {
    expect(fires(parts, "rest/after-race")).toBe(expected);
  });

  it("is a high rest suggestion naming the race", () => {
    const suggestion = find(plan({ races: [{ date: day(-1), distanceKm: 42.2, name: "Valencia Marathon" }] }), "rest/after-race");
    expect(suggestion).toMatchObject({ kind: "rest", priority: "high" });
    expect(suggestion?.because).toEqual(["You raced Valencia Marathon (42.2 km) yesterday, Sat 21 Nov."]);
  });
});

describe("the arrays the app's schemas use", () => {
  it("lists the 11 regions in the issue's order, and the other enums", () => {
    expect(REGIONS).toEqual(["calves", "shins", "achilles", "feet", "hamstrings", "quadriceps", "knees", "it-band", "hips", "glutes", "lower-back"]);
    expect(SIDES).toEqual(["left", "right", "both"]);
    expect(RUN_KINDS).toEqual(["easy", "long", "tempo", "intervals", "race", "recovery"]);
    expect(MASSAGE_DEPTHS).toEqual(["light", "deep", "self"]);
  });
});

describe("red flags win", () => {
  const busy = {
    runs: [run(-25, 10, 60), run(-20, 15, 90), run(-15, 10, 60), run(-10, 10, 60), run(0, 24, 140, { kind: "long" as const })],
    soreness: [sore(0, "calves", "left", 2, true), sore(0, "calves", "right", 3), sore(0, "glutes", "both", 3)],
    races: [{ date: day(10), distanceKm: 21.1 }],
    profile: { bodyMassKg: 70 },
  };

  it("see-professional comes first, before other high-priority suggestions", () => {
    const result = plan(busy);
    expect(result.suggestions[0]?.id).toBe("red-flag/sharp-pain");
    expect(ids(result)).toContain("load/spike");
  });

  it("a red-flag region gets no stretch, no massage suggestion and no deep proposal", () => {
    const result = plan(busy);
    expect(ids(result)).not.toContain("stretch/calves");
    expect(ids(result)).toContain("stretch/glutes");
    for (const suggestion of result.suggestions) {
      if (suggestion.kind === "massage" || suggestion.kind === "stretch") expect(suggestion.regions).not.toContain("calves");
    }
    for (const proposal of result.massageDays) if (proposal.depth === "deep") expect(proposal.regions).not.toContain("calves");
  });
});

describe("ordering and wording", () => {
  it("sorts by priority, see-professional first within a priority, otherwise keeps rule order", () => {
    const make = (id: string, kind: "load" | "see-professional" | "stretch", priority: "high" | "medium" | "low") => ({
      id,
      kind,
      priority,
      title: id,
      detail: "",
      regions: [],
      because: [],
      evidence: [],
    });
    const sorted = sortSuggestions([
      make("a", "stretch", "low"),
      make("b", "load", "high"),
      make("c", "see-professional", "high"),
      make("d", "load", "medium"),
      make("e", "load", "high"),
    ]);
    expect(sorted.map((s) => s.id)).toEqual(["c", "b", "e", "d", "a"]);
  });

  it("every suggestion has a one-line title, a detail, the runner's reasons and its sources", () => {
    const result = plan({
      runs: [run(-20, 15, 90), run(-1, 30, 170, { kind: "long", temperatureC: 29 }), run(0, 5, 30, { kind: "recovery" })],
      soreness: [sore(0, "calves", "left", 4), sore(-1, "knees", "right", 6), sore(0, "hamstrings", "both", 2)],
      races: [{ date: day(-2), distanceKm: 10 }, { date: day(9), distanceKm: 42.2, name: "Marathon" }],
      massages: [{ date: day(6), depth: "deep" }],
      profile: { bodyMassKg: 62, sweatRateLPerH: 0.7 },
    });
    // Six cards: one per kind and day (the rules that spoke are merged into them).
    expect(result.suggestions.length).toBeGreaterThanOrEqual(6);
    expect(ids(result).length).toBeGreaterThan(8);
    for (const suggestion of result.suggestions) {
      expect(suggestion.title).not.toMatch(/\n/);
      expect(suggestion.title.length).toBeGreaterThan(10);
      expect(suggestion.detail.length).toBeGreaterThan(20);
      expect(suggestion.because.length).toBeGreaterThan(0);
      expect(suggestion.evidence.length).toBeGreaterThan(0);
    }
    for (const text of allText(result)) expect(text).not.toMatch(/prevent/i);
    expect(find(result, "red-flag/high-pain")?.title).toContain("see a physiotherapist or doctor");
  });

  it("the same input gives a deep-equal plan", () => {
    const parts = { runs: [run(0, 24, 140, { kind: "long" as const })], soreness: [sore(0, "calves", "left", 3)] };
    expect(planRecovery(input(parts))).toEqual(planRecovery(structuredClone(input(parts))));
  });

  it("input order does not matter except for same-day soreness duplicates", () => {
    const runs = [run(-3, 10, 60), run(-1, 12, 70), run(0, 14, 80)];
    const soreness = [sore(-1, "calves", "left", 3), sore(0, "quadriceps", "both", 2)];
    expect(plan({ runs, soreness })).toEqual(plan({ runs: [...runs].reverse(), soreness: [...soreness].reverse() }));
  });

  it("echoes today", () => {
    expect(plan().today).toBe("2026-11-22");
  });
});
