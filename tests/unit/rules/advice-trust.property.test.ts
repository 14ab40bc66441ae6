/**
 * Advice a runner can trust (issue 13), as properties over generated histories: new runners,
 * red-flag runners, miles runners and race-planning runners through planRecovery.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  REGIONS,
  RUN_KINDS,
  SIDES,
  addDays,
  daysBetween,
  planRecovery,
  type PlanInput,
  type RecoveryPlan,
} from "@/lib/rules";
import { REGION_WORDS } from "@/lib/rules/wording";
import { sentencesOf } from "./helpers";

const TODAY = "2026-11-29";
const at = (offset: number) => addDays(TODAY, offset);
const offsetArb = (from: number, to: number) => fc.integer({ min: from, max: to });

const runArb = fc.record(
  {
    date: offsetArb(-70, 0).map(at),
    distanceKm: fc.double({ min: 0.5, max: 45, noNaN: true }),
    durationMin: fc.double({ min: 5, max: 300, noNaN: true }),
    rpe: fc.integer({ min: 1, max: 10 }),
    kind: fc.constantFrom(...RUN_KINDS),
    temperatureC: fc.double({ min: -10, max: 38, noNaN: true }),
  },
  { requiredKeys: ["date", "distanceKm", "durationMin"] },
);
const sorenessArb = fc.record(
  {
    date: offsetArb(-20, 0).map(at),
    region: fc.constantFrom(...REGIONS),
    side: fc.constantFrom(...SIDES),
    level: fc.integer({ min: 0, max: 10 }),
    sharp: fc.boolean(),
  },
  { requiredKeys: ["date", "region", "side", "level"] },
);
// Race names from plain words, so a name never looks like a unit or an ISO date.
const raceArb = fc.record(
  {
    date: offsetArb(-10, 190).map(at),
    distanceKm: fc.constantFrom(5, 10, 21.1, 42.2, 50),
    name: fc.constantFrom("City Marathon", "Harbour Half", "Park Ten"),
  },
  { requiredKeys: ["date", "distanceKm"] },
);
const massageArb = fc.record({ date: offsetArb(-10, 60).map(at), depth: fc.constantFrom("light" as const, "deep" as const, "self" as const) });
const historyArb: fc.Arbitrary<PlanInput> = fc.record({
  today: fc.constant(TODAY),
  // From a new runner's first run to a full archive.
  runs: fc.oneof(fc.array(runArb, { maxLength: 3 }), fc.array(runArb, { maxLength: 60 })),
  soreness: fc.array(sorenessArb, { maxLength: 12 }),
  races: fc.array(raceArb, { maxLength: 3 }),
  massages: fc.array(massageArb, { maxLength: 3 }),
  profile: fc.record({ bodyMassKg: fc.double({ min: 40, max: 120, noNaN: true }), sweatRateLPerH: fc.double({ min: 0.3, max: 2.5, noNaN: true }) }, { requiredKeys: [] }),
});
const unitsArb = fc.constantFrom("km" as const, "mi" as const);

const rulesOf = (plan: RecoveryPlan) => plan.suggestions.flatMap((suggestion) => suggestion.rules);
const runDaysOf = (input: PlanInput) => input.runs.map((run) => daysBetween(TODAY, run.date)).filter((offset) => offset <= 0);

describe("advice a runner can trust (fast-check)", () => {
  it("no warning that needs a baseline before there is one", () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        const plan = planRecovery(input);
        const days = runDaysOf(input);
        const rules = rulesOf(plan);
        if (rules.includes("load/spike")) {
          // The spiking run is today's or yesterday's; its 30 days before hold 4 runs or more.
          const formed = [0, -1].some((day) => days.filter((d) => d >= day - 30 && d <= day - 1).length >= 4);
          expect(formed).toBe(true);
        }
        if (rules.includes("load/weekly-increase")) {
          const weeks = [0, 1, 2, 3].filter((week) => days.some((d) => d <= -1 - 7 * week && d >= -7 - 7 * week)).length;
          expect(weeks).toBeGreaterThanOrEqual(3);
        }
        if (rules.includes("load/monotony")) expect(Math.min(...days)).toBeLessThanOrEqual(-6);
      }),
      { numRuns: 200 },
    );
  });

  it("no two suggestions of the same kind for the same day", () => {
    fc.assert(
      fc.property(historyArb, unitsArb, (input, units) => {
        const keys = planRecovery(input, { units }).suggestions.map((suggestion) => `${suggestion.kind}|${suggestion.day}`);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 200 },
    );
  });

  it("nothing 'before your next run' while a stop-running flag (or rest after a race) stands", () => {
    fc.assert(
      fc.property(historyArb, (input) => {
        const plan = planRecovery(input);
        const stop = plan.suggestions.some((suggestion) => suggestion.kind === "see-professional") || rulesOf(plan).includes("rest/after-race");
        if (!stop) return;
        const text = sentencesOf(plan).join("\n");
        expect(text).not.toMatch(/before your next run/i);
        expect(text).not.toMatch(/before a run/i);
        expect(rulesOf(plan)).not.toContain("stretch/warm-up");
        expect(rulesOf(plan)).not.toContain("hydration/pre-run");
        if (plan.suggestions.some((suggestion) => suggestion.kind === "see-professional")) expect(rulesOf(plan)).toContain("rest/red-flag");
      }),
      { numRuns: 200 },
    );
  });

  it("every region named in a card appears in its reasons", () => {
    fc.assert(
      fc.property(historyArb, unitsArb, (input, units) => {
        for (const suggestion of planRecovery(input, { units }).suggestions) {
          const because = suggestion.because.join(" ").toLowerCase();
          for (const region of suggestion.regions) {
            const words = REGION_WORDS[region];
            expect(because.includes(words.one.toLowerCase()) || because.includes(words.all.toLowerCase()), `${suggestion.id}: ${region} in ${because}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("no ISO date and no unit of the other system in any sentence, for km and miles runners", () => {
    fc.assert(
      fc.property(historyArb, unitsArb, (input, units) => {
        const text = sentencesOf(planRecovery(input, { units })).join("\n");
        expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
        if (units === "km") expect(text).not.toMatch(/\d mi\b|fl oz|°F|\d lb\b|\d yd\b/);
        else expect(text).not.toMatch(/\d km\b|\d m\b|\bmL\b|°C|\d kg\b/);
      }),
      { numRuns: 200 },
    );
  });

  it("fluids are rounded as people measure them: 50 mL or 2 fl oz", () => {
    fc.assert(
      fc.property(historyArb, unitsArb, (input, units) => {
        const text = sentencesOf(planRecovery(input, { units })).join("\n");
        // Amounts only, not the "1 mL ≈ 1 g" of the sweat-test instructions.
        for (const match of text.matchAll(/(\d+) mL(?! ≈)/g)) expect(Number(match[1]) % 50).toBe(0);
        for (const match of text.matchAll(/(\d+) fl oz(?! ≈)/g)) expect(Number(match[1]) % 2).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it.each([
    ["5 weeks", 35],
    ["12 weeks", 84],
  ])("a race %s out has its whole massage plan, on the right days, whatever else the history holds", (_name, raceOffset) => {
    const noiseRuns = fc.array(runArb.filter((run) => run.kind !== "race"), { maxLength: 30 });
    fc.assert(
      fc.property(noiseRuns, unitsArb, (runs, units) => {
        const input: PlanInput = {
          today: TODAY,
          runs,
          soreness: [],
          races: [{ date: at(raceOffset), distanceKm: 42.2, name: "City Marathon", id: "race-1" }],
          massages: [],
          profile: {},
        };
        const proposals = planRecovery(input, { units }).massageDays.filter((proposal) => proposal.why.some((why) => "race" in why));
        const placed = proposals.map((proposal) => [daysBetween(TODAY, proposal.date), proposal.depth, proposal.why.map((why) => why.rule).join("+")]);
        expect(placed).toEqual([
          [raceOffset - 7, "deep", "before-race-deep"],
          [raceOffset - 2, "light", "before-race-light"],
          [raceOffset + 1, "light", "after-race-light"],
          [raceOffset + 3, "deep", "after-race-deep"],
        ]);
        for (const proposal of proposals) {
          for (const why of proposal.why) if ("race" in why) expect(why.race).toMatchObject({ id: "race-1", date: at(raceOffset) });
          expect(proposal.reason).toContain("City Marathon");
        }
      }),
      { numRuns: 60 },
    );
  });
});
