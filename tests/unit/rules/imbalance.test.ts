import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { REGIONS, SIDES } from "@/lib/rules";
import { compareSides, IMBALANCE_MIN_LOGGED_DAYS, imbalancesOf, sidesInWords } from "@/lib/rules/imbalance";
import { day, sore, TODAY } from "./helpers";

describe("left–right comparison over the last 4 weeks", () => {
  it("names a one-sided calf with the numbers behind it", () => {
    const entries = [
      sore(-20, "calves", "right", 5),
      sore(-15, "calves", "right", 4),
      sore(-15, "calves", "left", 1),
      sore(-10, "calves", "both", 2),
      sore(-5, "calves", "right", 6),
      sore(-1, "calves", "right", 3),
      sore(-1, "calves", "left", 3),
      sore(0, "calves", "right", 4),
    ];
    const [calves] = compareSides(entries, TODAY);
    expect(calves).toMatchObject({ region: "calves", loggedDays: 6, rightSorerDays: 4, leftSorerDays: 0, evenDays: 2, sorerSide: "right" });
    // right: 5, 4, 2, 6, 3, 4 → 24 / 6 = 4.0; left: 0, 1, 2, 0, 3, 0 → 6 / 6 = 1.0
    expect(calves!.meanRight).toBe(4);
    expect(calves!.meanLeft).toBe(1);
    expect(sidesInWords(calves!)).toBe("Right calf sorer than the left on 4 of 6 logged days in the last 4 weeks (average 4.0 vs 1.0 out of 10).");
  });

  it("says nothing about a side before the minimum number of logged days", () => {
    const entries = [sore(-2, "hips", "left", 6), sore(-1, "hips", "left", 6)];
    const [hips] = compareSides(entries, TODAY);
    expect(hips!.loggedDays).toBe(2);
    expect(hips!.sorerSide).toBeNull();
    expect(sidesInWords(hips!)).toContain("too few to compare");
  });

  it("half the days is not most days", () => {
    const entries = [sore(-4, "shins", "left", 4), sore(-3, "shins", "left", 4), sore(-2, "shins", "both", 3), sore(-1, "shins", "right", 1), sore(-1, "shins", "left", 1)];
    // left sorer on 2 of 4 logged days: not most
    expect(compareSides(entries, TODAY)[0]!.sorerSide).toBeNull();
  });

  it("ignores days outside the window and lets the later entry of a day win", () => {
    const entries = [sore(-28, "knees", "left", 9), sore(-3, "knees", "left", 2), sore(-3, "knees", "left", 7), sore(1, "knees", "left", 9)];
    const [knees] = compareSides(entries, TODAY);
    expect(knees!.loggedDays).toBe(1);
    expect(knees!.days).toEqual([{ date: day(-3), left: 7, right: 0 }]);
  });

  const entryArb = fc.record({
    date: fc.integer({ min: -40, max: 3 }).map(day),
    region: fc.constantFrom(...REGIONS),
    side: fc.constantFrom(...SIDES),
    level: fc.integer({ min: 0, max: 10 }),
  });

  it("never claims more than the counts show (property)", () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 80 }), (entries) => {
        for (const c of compareSides(entries, TODAY)) {
          expect(c.leftSorerDays + c.rightSorerDays + c.evenDays).toBe(c.loggedDays);
          expect(c.loggedDays).toBeLessThanOrEqual(28);
          expect(c.days).toHaveLength(c.loggedDays);
          if (c.sorerSide !== null) {
            expect(c.loggedDays).toBeGreaterThanOrEqual(IMBALANCE_MIN_LOGGED_DAYS);
            const sorer = c.sorerSide === "left" ? c.leftSorerDays : c.rightSorerDays;
            expect(sorer * 2).toBeGreaterThan(c.loggedDays);
            // The sentence quotes exactly these counts.
            expect(sidesInWords(c)).toContain(`on ${sorer} of ${c.loggedDays} logged day`);
          }
        }
        expect(imbalancesOf(compareSides(entries, TODAY)).every((c) => c.sorerSide !== null)).toBe(true);
      }),
    );
  });
});
