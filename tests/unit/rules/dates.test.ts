import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, daysBetween, isIsoDate, isoDateOf, parseIsoDate } from "@/lib/rules";

describe("ISO dates as day numbers", () => {
  it.each([
    ["1970-01-01", 0],
    ["1970-01-02", 1],
    ["1969-12-31", -1],
    ["2000-03-01", 11017],
    ["2026-11-22", 20779],
  ])("%s is day %i", (text, dayNumber) => {
    expect(parseIsoDate(text)).toBe(dayNumber);
    expect(isoDateOf(dayNumber)).toBe(text);
  });

  it.each(["2026-02-30", "2025-02-29", "1900-02-29", "2026-04-31", "2026-00-10", "2026-13-01", "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01", "", "2026-01-01 ", "２０２６-01-01"])(
    "%j is not a calendar date",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
      expect(isIsoDate(text)).toBe(false);
    },
  );

  it.each(["2024-02-29", "2000-02-29", "2026-12-31", "2026-04-30"])("%s is a calendar date", (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
  });

  it("agrees with the platform's UTC calendar (property; the engine itself never uses Date)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_900_000 }), (dayNumber) => {
        expect(isoDateOf(dayNumber)).toBe(new Date(dayNumber * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("day number ↔ text round-trips and orders like the text (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -600_000, max: 2_900_000 }), fc.integer({ min: -600_000, max: 2_900_000 }), (a, b) => {
        const textA = isoDateOf(a);
        expect(parseIsoDate(textA)).toBe(a);
        expect(Math.sign(textA.localeCompare(isoDateOf(b)))).toBe(Math.sign(a - b));
      }),
    );
  });
});
