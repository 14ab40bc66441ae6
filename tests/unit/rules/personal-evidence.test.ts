import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { MASSAGE_DEPTHS, REGIONS, type Suggestion } from "@/lib/rules";
import {
  PERSONAL_EVIDENCE_LAST_SESSIONS,
  PERSONAL_EVIDENCE_MIN_SESSIONS,
  personalMassageEvidence,
  withPersonalEvidence,
  type DoneMassage,
  type MassageFeedbackEntry,
} from "@/lib/rules/personal-evidence";
import { day, sore, TODAY } from "./helpers";

const light = (id: string, offset: number, regions: DoneMassage["regions"] = ["calves"]): DoneMassage => ({ id, date: day(offset), depth: "light", regions });

describe("personal evidence from the runner's own massages", () => {
  it("counts what followed the last 5 sessions: 4 of 5 with less soreness", () => {
    const massages = [light("a", -40), light("b", -30), light("c", -20), light("d", -10), light("e", -5), light("f", -3)];
    const feedback: MassageFeedbackEntry[] = [
      { massageId: "b", region: "calves", answer: "better" },
      { massageId: "c", region: "calves", answer: "better" },
      { massageId: "d", region: "calves", answer: "same" },
      { massageId: "e", region: "calves", answer: "better" },
    ];
    // "a" is 6th newest (left out of the last 5); "f" has no answer, but the log shows 4 → 2.
    const soreness = [sore(-3, "calves", "left", 4), sore(-2, "calves", "left", 2), sore(-41, "calves", "left", 5), sore(-39, "calves", "left", 7)];
    const [calves] = personalMassageEvidence(massages, soreness, feedback, TODAY);
    expect(calves).toMatchObject({ depth: "light", region: "calves", sessions: 5, less: 4, same: 1, more: 0 });
    expect(calves!.line).toBe("Light work on your calves was followed by less soreness the next day 4 of the last 5 times.");
  });

  it("says nothing below the minimum count", () => {
    const massages = [light("a", -10), light("b", -5)];
    const feedback: MassageFeedbackEntry[] = [
      { massageId: "a", region: "calves", answer: "better" },
      { massageId: "b", region: "calves", answer: "better" },
    ];
    expect(personalMassageEvidence(massages, [], feedback, TODAY)).toEqual([]);
  });

  it("does not count a session with no answer and no soreness either side of it, nor one from today", () => {
    const massages = [light("a", -10), light("b", -8), light("c", -6), light("today", 0)];
    const feedback: MassageFeedbackEntry[] = [
      { massageId: "a", region: "calves", answer: "worse" },
      { massageId: "b", region: "calves", answer: "better" },
      { massageId: "today", region: "calves", answer: "better" },
    ];
    expect(personalMassageEvidence(massages, [], feedback, TODAY)).toEqual([]);
  });

  it("adds the runner's own record beside the published evidence of massage suggestions only", () => {
    const evidence = personalMassageEvidence(
      [light("a", -10), light("b", -8), light("c", -6)],
      [],
      ["a", "b", "c"].map((massageId) => ({ massageId, region: "calves" as const, answer: "better" as const })),
      TODAY,
    );
    const base = { priority: "medium", title: "t", detail: "d", because: [], evidence: ["Dupuy 2018"], day: TODAY } as const;
    const massage: Suggestion = { ...base, rules: ["massage/light"], id: "massage/light", kind: "massage", regions: ["calves"], because: [], evidence: ["Dupuy 2018"] };
    const stretch: Suggestion = { ...base, rules: ["stretch/calves"], id: "stretch/calves", kind: "stretch", regions: ["calves"], because: [], evidence: ["Blazevich 2018"] };
    const [m, s] = withPersonalEvidence([massage, stretch], evidence);
    expect(m!.evidence).toEqual(["Dupuy 2018", "Your own record: Light work on your calves was followed by less soreness the next day 3 of the last 3 times."]);
    expect(s).toBe(stretch);
    expect(massage.evidence).toEqual(["Dupuy 2018"]);
  });

  const massageArb = fc.record({
    id: fc.uuid(),
    date: fc.integer({ min: -60, max: 2 }).map(day),
    depth: fc.constantFrom(...MASSAGE_DEPTHS),
    regions: fc.subarray([...REGIONS], { maxLength: 3 }),
  });

  it("never claims more than the counts show (property)", () => {
    fc.assert(
      fc.property(
        fc.array(massageArb, { maxLength: 25 }),
        fc.array(fc.record({ date: fc.integer({ min: -62, max: 2 }).map(day), region: fc.constantFrom(...REGIONS), side: fc.constantFrom("left", "right", "both"), level: fc.integer({ min: 0, max: 10 }) }), { maxLength: 60 }),
        fc.array(fc.record({ pick: fc.nat(), region: fc.constantFrom(...REGIONS), answer: fc.constantFrom("better", "same", "worse") }), { maxLength: 30 }),
        (massages, soreness, picks) => {
          const feedback = massages.length === 0 ? [] : picks.map((p) => ({ massageId: massages[p.pick % massages.length]!.id, region: p.region, answer: p.answer }));
          for (const e of personalMassageEvidence(massages, soreness, feedback, TODAY)) {
            expect(e.sessions).toBeGreaterThanOrEqual(PERSONAL_EVIDENCE_MIN_SESSIONS);
            expect(e.sessions).toBeLessThanOrEqual(PERSONAL_EVIDENCE_LAST_SESSIONS);
            expect(e.less + e.same + e.more).toBe(e.sessions);
            // Never more sessions than the runner had of that depth on that region before today.
            const had = massages.filter((m) => m.depth === e.depth && m.regions.includes(e.region) && m.date < TODAY).length;
            expect(e.sessions).toBeLessThanOrEqual(had);
            expect(e.line).toContain(`${e.less} of the last ${e.sessions} times`);
            expect(e.line).not.toMatch(/prevent|cause/i);
          }
        },
      ),
    );
  });
});
