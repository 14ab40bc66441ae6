import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  MASSAGE_DEPTHS,
  PlanInputError,
  REGIONS,
  RUN_KINDS,
  SIDES,
  addDays,
  daysBetween,
  planRecovery,
  type PlanInput,
  type RecoveryPlan,
} from "@/lib/rules";

const TODAY = "2026-06-15";
const dateAround = (from: number, to: number) => fc.integer({ min: from, max: to }).map((offset) => addDays(TODAY, offset));
const amount = (min: number, max: number) => fc.double({ min, max, noNaN: true });

const runArb = fc.record(
  {
    date: dateAround(-70, 10),
    distanceKm: amount(0, 60),
    durationMin: amount(0, 360),
    rpe: amount(0, 10),
    kind: fc.constantFrom(...RUN_KINDS),
    temperatureC: amount(-15, 42),
  },
  { requiredKeys: ["date", "distanceKm", "durationMin"] },
);
const sorenessArb = fc.record(
  {
    date: dateAround(-30, 3),
    region: fc.constantFrom(...REGIONS),
    side: fc.constantFrom(...SIDES),
    level: fc.oneof(fc.integer({ min: 0, max: 10 }), amount(0, 10)),
    sharp: fc.boolean(),
  },
  { requiredKeys: ["date", "region", "side", "level"] },
);
const raceArb = fc.record(
  {
    date: dateAround(-12, 25),
    distanceKm: amount(1, 100),
    name: fc.string({ maxLength: 20 }),
    priority: fc.constantFrom("A" as const, "B" as const, "C" as const),
  },
  { requiredKeys: ["date", "distanceKm"] },
);
const massageArb = fc.record(
  {
    date: dateAround(-10, 20),
    depth: fc.constantFrom(...MASSAGE_DEPTHS),
    regions: fc.subarray([...REGIONS]),
    status: fc.constantFrom("booked" as const, "done" as const),
  },
  { requiredKeys: ["date", "depth"] },
);
const profileArb = fc.record({ bodyMassKg: amount(35, 140), sweatRateLPerH: amount(0.1, 3) }, { requiredKeys: [] });

const planInputArb: fc.Arbitrary<PlanInput> = fc.record({
  today: fc.constant(TODAY),
  runs: fc.array(runArb, { maxLength: 60 }),
  soreness: fc.array(sorenessArb, { maxLength: 40 }),
  races: fc.array(raceArb, { maxLength: 4 }),
  massages: fc.array(massageArb, { maxLength: 6 }),
  profile: profileArb,
});

function raceDays(input: PlanInput): number[] {
  return [
    ...input.races.map((race) => daysBetween(TODAY, race.date)),
    ...input.runs.filter((run) => run.kind === "race").map((run) => daysBetween(TODAY, run.date)),
  ];
}

function redFlagRegions(plan: RecoveryPlan): Set<string> {
  return new Set(plan.suggestions.filter((s) => s.kind === "see-professional").flatMap((s) => s.regions));
}

function everyNumber(value: unknown, visit: (n: number, path: string) => void, path = "plan"): void {
  if (typeof value === "number") visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => everyNumber(item, visit, `${path}[${index}]`));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) everyNumber(item, visit, `${path}.${key}`);
  }
}

const PRIORITY = { high: 0, medium: 1, low: 2 } as const;

// Generous timeout: hundreds of generated plans per property, on a shared and sometimes busy machine.
describe("planRecovery invariants (fast-check)", { timeout: 60_000 }, () => {
  it("never proposes deep tissue from race − 4 to race + 2, nor anything on race day or a day with a massage", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = planRecovery(input);
        const races = raceDays(input);
        const massageDays = new Set(input.massages.map((massage) => massage.date));
        for (const proposal of plan.massageDays) {
          const offset = daysBetween(TODAY, proposal.date);
          expect(races).not.toContain(offset);
          expect(massageDays.has(proposal.date)).toBe(false);
          if (proposal.depth === "deep") {
            for (const race of races) expect(offset - race >= 3 || race - offset >= 5).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("never proposes or suggests deep work, massage or stretching on a red-flag region", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const plan = planRecovery(input);
        const flagged = redFlagRegions(plan);
        for (const proposal of plan.massageDays) {
          if (proposal.depth === "deep") for (const region of proposal.regions) expect(flagged.has(region)).toBe(false);
        }
        for (const suggestion of plan.suggestions) {
          if (suggestion.id === "massage/pre-race-window") continue; // a warning about a booking, not a suggestion to massage
          if (suggestion.kind === "stretch" || suggestion.kind === "massage") {
            for (const region of suggestion.regions) expect(flagged.has(region)).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("proposals lie from today on, one per day, in date order; past today + 13 only as part of a race's plan", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const proposals = planRecovery(input).massageDays;
        const offsets = proposals.map((proposal) => daysBetween(TODAY, proposal.date));
        proposals.forEach((proposal, index) => {
          expect(offsets[index]).toBeGreaterThanOrEqual(0);
          if (offsets[index]! <= 13) return;
          for (const why of proposal.why) {
            expect("race" in why, proposal.reason).toBe(true);
            if ("race" in why) expect(Math.abs(daysBetween(why.race.date, proposal.date))).toBeLessThanOrEqual(7);
          }
        });
        for (let index = 1; index < offsets.length; index++) expect(offsets[index]!).toBeGreaterThan(offsets[index - 1]!);
      }),
    );
  });

  it("suggestions are sorted by priority, see-professional first within a priority, with unique ids", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const suggestions = planRecovery(input).suggestions;
        for (let index = 1; index < suggestions.length; index++) {
          const previous = suggestions[index - 1]!;
          const current = suggestions[index]!;
          expect(PRIORITY[previous.priority]).toBeLessThanOrEqual(PRIORITY[current.priority]);
          if (previous.priority === current.priority && current.kind === "see-professional") {
            expect(previous.kind).toBe("see-professional");
          }
        }
        expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
      }),
    );
  });

  it("is deterministic: the same input gives a deep-equal plan", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        expect(planRecovery(input)).toEqual(planRecovery(structuredClone(input)));
      }),
    );
  });

  it("the runner's units change only the words: every id, region, date, depth and number is the same, and no NaN", () => {
    const withoutWords = (plan: RecoveryPlan) => ({
      today: plan.today,
      suggestions: plan.suggestions.map(({ id, kind, priority, regions, evidence, because }) => ({ id, kind, priority, regions, evidence, because: because.length })),
      massageDays: plan.massageDays.map(({ date, depth, regions }) => ({ date, depth, regions })),
      hydration: { ...plan.hydration, notes: plan.hydration.notes.length, inWords: Object.keys(plan.hydration.inWords ?? {}) },
      metrics: plan.metrics,
    });
    fc.assert(
      fc.property(planInputArb, (input) => {
        const inMiles = planRecovery(input, { units: "mi" });
        expect(withoutWords(inMiles)).toEqual(withoutWords(planRecovery(input)));
        for (const text of inMiles.suggestions.flatMap((s) => [s.title, s.detail, ...s.because]).concat(inMiles.massageDays.map((p) => p.reason))) {
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("has no NaN or Infinity anywhere in the plan", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        everyNumber(planRecovery(input), (n, path) => {
          if (!Number.isFinite(n)) throw new Error(`${path} is ${n}`);
        });
        for (const text of planRecovery(input).suggestions.flatMap((s) => [s.title, s.detail, ...s.because])) {
          expect(text).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });

  it("hydration never asks for more per hour than the sweat rate", () => {
    fc.assert(
      fc.property(planInputArb, (input) => {
        const during = planRecovery(input).hydration.duringMlPerHour;
        if (input.profile.sweatRateLPerH === undefined) expect(during).toBeUndefined();
        else {
          expect(during!.max).toBeLessThanOrEqual(input.profile.sweatRateLPerH * 1000);
          expect(during!.min).toBeLessThanOrEqual(during!.max);
        }
      }),
    );
  });

  it("an RPE above 10 anywhere is rejected, naming that run", () => {
    fc.assert(
      fc.property(
        planInputArb.filter((input) => input.runs.length > 0),
        fc.nat(),
        amount(10.000001, 1000),
        (input, pick, rpe) => {
          const index = pick % input.runs.length;
          const runs = input.runs.map((run, i) => (i === index ? { ...run, rpe } : { ...run, rpe: 5 }));
          let field: string | undefined;
          try {
            planRecovery({ ...input, runs });
          } catch (error) {
            if (error instanceof PlanInputError) field = error.field;
          }
          expect(field).toBe(`runs[${index}].rpe`);
        },
      ),
    );
  });
});
