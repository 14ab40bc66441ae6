import { describe, expect, it } from "vitest";
import { KM_PER_MILE, PlanInputError, distanceInWords, planRecovery, proposeMassageDays, type PlanInput } from "@/lib/rules";
import { proposalKeyOf } from "@/lib/calendar/proposals";
import { allText, day, find, input, run, sentencesOf, sore } from "./helpers";

/** A plan with a distance in almost every kind of text: spike, weekly increase, race, long run, heat. */
const busy: PlanInput = input({
  runs: [
    run(-27, 10, 60),
    run(-24, 12, 70),
    run(-20, 17, 100, { kind: "long" }),
    run(-13, 15, 85),
    run(-10, 10, 55),
    run(-6, 20, 115),
    run(-3, 18, 100),
    run(-1, 42.2, 230, { kind: "race", temperatureC: 27 }),
  ],
  soreness: [sore(0, "quadriceps", "both", 4)],
  races: [
    { date: day(-1), distanceKm: 42.2, name: "Valencia Marathon", priority: "A" },
    { date: day(12), distanceKm: 21.1, priority: "B" },
  ],
  massages: [{ date: day(9), depth: "deep", regions: ["calves"], status: "booked" }],
  profile: { bodyMassKg: 70, sweatRateLPerH: 1.2 },
});

function fieldOf(work: () => unknown): string | undefined {
  try {
    work();
  } catch (error) {
    if (error instanceof PlanInputError) return error.field;
    throw error;
  }
  return undefined;
}

describe("distanceInWords: the one formatter for distances in the plan's text", () => {
  it.each([
    [24, "km", "24.0 km"],
    [24, "mi", "14.9 mi"],
    [42.195, "mi", "26.2 mi"],
    [KM_PER_MILE, "mi", "1.0 mi"],
    [0, "mi", "0.0 mi"],
    [0.8, "km", "0.8 km"],
  ] as const)("%d km in %s → %s", (distanceKm, units, words) => {
    expect(distanceInWords(distanceKm, units)).toBe(words);
  });

  it("uses the international mile of 1.609344 km", () => {
    expect(KM_PER_MILE).toBe(1.609344);
  });
});

describe("options.units: the plan's text in the runner's units", () => {
  const spikeInput = input({
    runs: [run(-25, 8, 45), run(-20, 17, 100, { kind: "long" }), run(-15, 8, 45), run(-10, 10, 55), run(0, 24, 140, { kind: "long" })],
  });

  it("a spike warning for a runner in miles says miles, with the same percentage", () => {
    const spike = find(planRecovery(spikeInput, { units: "mi" }), "load/spike");
    expect(spike?.because).toEqual([
      "Your 14.9 mi long run (today, Sun 22 Nov) is 41 % longer than your longest run of the previous 30 days (10.6 mi on Mon 2 Nov, 20 days ago).",
    ]);
    expect(spike?.detail).toContain("Your 14.9 mi run was 41 % longer");
    expect(spike?.detail).toContain("no longer than 10.6 mi for the coming week");
    expect(spike?.title).toBe("Today's run was 41 % longer than your longest in the previous 30 days");
  });

  it("km stays the default, word for word", () => {
    const byDefault = planRecovery(spikeInput);
    expect(find(byDefault, "load/spike")?.because).toEqual([
      "Your 24.0 km long run (today, Sun 22 Nov) is 41 % longer than your longest run of the previous 30 days (17.0 km on Mon 2 Nov, 20 days ago).",
    ]);
    expect(planRecovery(spikeInput, { units: "km" })).toEqual(byDefault);
    expect(planRecovery(spikeInput, {})).toEqual(byDefault);
    expect(planRecovery(busy, { units: "km" })).toEqual(planRecovery(busy));
  });

  it("every distance in a miles plan is in miles: suggestions, proposal reasons and hydration notes", () => {
    const plan = planRecovery(busy, { units: "mi" });
    const text = sentencesOf(plan).join("\n");
    expect(text).not.toMatch(/\d km\b/);
    // Fluids and temperatures follow the miles setting by default (fl oz, °F); no unit of the other system, no ISO date.
    expect(text).not.toMatch(/\bmL\b|°C|\d kg\b|\d{4}-\d{2}-\d{2}/);
    expect(find(plan, "rest/after-race")?.because).toContain("You raced Valencia Marathon (26.2 mi) yesterday, Sat 21 Nov.");
    expect(find(plan, "hydration/heat")?.because).toContain("You ran 26.2 mi at 81 °F yesterday, Sat 21 Nov (77 °F or more counts as hot).");
    // One massage card for the day: the booked session too close to the race, and the light session after the race.
    expect(find(plan, "massage/after-long-run")).toBe(find(plan, "massage/pre-race-window"));
    expect(find(plan, "massage/after-long-run")?.because).toContain(
      "Your 26.2 mi race (230 min, yesterday, Sat 21 Nov) worked your calves, hamstrings, quadriceps and glutes.",
    );
    expect(find(plan, "massage/pre-race-window")?.because[0]).toContain("your 13.1 mi race on Fri 4 Dec");
    expect(plan.massageDays.map((proposal) => proposal.reason).join(" ")).toContain("your 13.1 mi race on Fri 4 Dec, in 12 days");
    // The km plan says the same things in km.
    const kmText = allText(planRecovery(busy)).join("\n");
    expect(kmText).toContain("You raced Valencia Marathon (42.2 km)");
    expect(kmText).not.toMatch(/\d mi\b/);
  });

  it("the weekly increase gives both fortnights in miles and the same percentage", () => {
    const runs = [run(-27, 50, 300), run(-20, 50, 300), run(-13, 75, 450), run(-6, 75, 450)];
    const inMiles = find(planRecovery(input({ runs }), { units: "mi" }), "load/weekly-increase");
    expect(inMiles?.title).toBe("Your distance is up 50 % on the previous two weeks");
    expect(inMiles?.because[0]).toMatch(/^You ran 93\.2 mi from Mon 9 Nov to today, 50 % more than the 62\.1 mi of the 14 days before/);
  });

  it("changes only the words: ids, priorities, regions, dates, depths and every number (km in metrics) are the same", () => {
    const km = planRecovery(busy);
    const mi = planRecovery(busy, { units: "mi" });
    expect(mi.metrics).toEqual(km.metrics);
    expect(mi.metrics.weekDistanceKm).toBeCloseTo(20 + 18 + 42.2, 10);
    expect(mi.metrics.longestRunLast30DaysKm).toBe(42.2);
    // Numbers stay mL; only the words (notes, inWords) follow the units.
    const numbers = (hydration: typeof km.hydration) => ({ preRunMl: hydration.preRunMl, duringMlPerHour: hydration.duringMlPerHour, postRunMl: hydration.postRunMl });
    const [miHydration, kmHydration, miNotes, kmNotes] = [numbers(mi.hydration), numbers(km.hydration), mi.hydration.notes, km.hydration.notes];
    expect(mi.hydration.inWords?.duringPerHour).toMatch(/fl oz per hour$/);
    expect(km.hydration.inWords?.duringPerHour).toMatch(/mL per hour$/);
    expect(miHydration).toEqual(kmHydration);
    expect(miNotes).toHaveLength(kmNotes.length);
    const shape = (plan: typeof km) => plan.suggestions.map(({ id, kind, priority, regions, evidence }) => ({ id, kind, priority, regions, evidence }));
    expect(shape(mi)).toEqual(shape(km));
    const placed = (plan: typeof km) => plan.massageDays.map(({ date, depth, regions }) => ({ date, depth, regions }));
    expect(placed(mi)).toEqual(placed(km));
    expect(mi.suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(["rest/after-race", "load/spike", "hydration/heat", "massage/pre-race-window"]));
  });

  it("a stored proposal's key does not depend on the units its reason is written in", () => {
    const km = planRecovery(busy).massageDays;
    const mi = planRecovery(busy, { units: "mi" }).massageDays;
    expect(mi.length).toBeGreaterThan(0);
    expect(mi.map((p) => p.reason)).not.toEqual(km.map((p) => p.reason));
    expect(mi.map(proposalKeyOf)).toEqual(km.map(proposalKeyOf));
  });

  it("proposeMassageDays takes the same option", () => {
    expect(proposeMassageDays(busy, { units: "mi" })).toEqual(planRecovery(busy, { units: "mi" }).massageDays);
    expect(proposeMassageDays(busy)).toEqual(planRecovery(busy).massageDays);
  });

  it("is deterministic with units, and leaves nothing behind for the next call (no global state)", () => {
    const kmFirst = planRecovery(busy);
    const miFirst = planRecovery(busy, { units: "mi" });
    expect(planRecovery(structuredClone(busy), { units: "mi" })).toEqual(miFirst);
    expect(planRecovery(busy)).toEqual(kmFirst);
    expect(planRecovery(busy, { units: "mi", massageTiming: { lightDaysBeforeRace: 2 } })).toEqual(miFirst);
  });

  it.each([
    ["miles", "options.units"],
    ["KM", "options.units"],
    ["", "options.units"],
    [1, "options.units"],
    [null, "options.units"],
  ])("invalid units %j → PlanInputError naming %s", (units, field) => {
    expect(fieldOf(() => planRecovery(busy, { units } as never))).toBe(field);
    expect(fieldOf(() => proposeMassageDays(busy, { units } as never))).toBe(field);
  });

  it("the error's message names options.units", () => {
    expect(() => planRecovery(busy, { units: "yards" } as never)).toThrow(/^options\.units: /);
  });
});
