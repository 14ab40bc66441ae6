import { describe, expect, it } from "vitest";
import { addMonths, dayLabel, monthLabel, monthWeeks, startOfWeek, weekDays, weekdayIndex } from "@/lib/calendar/grid";

describe("calendar grid", () => {
  it("weeks start on Monday", () => {
    expect(weekdayIndex("2026-06-01")).toBe(0); // a Monday
    expect(weekdayIndex("2026-06-07")).toBe(6);
    expect(startOfWeek("2026-06-07")).toBe("2026-06-01");
    expect(weekDays("2026-01-01")).toEqual(["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-01", "2026-01-02", "2026-01-03", "2026-01-04"]);
  });

  it("a month is whole weeks around it", () => {
    const feb = monthWeeks("2026-02-14");
    expect(feb.length).toBe(5);
    expect(feb[0]![0]).toBe("2026-01-26");
    expect(feb.at(-1)![6]).toBe("2026-03-01");
    expect(feb.every((w) => w.length === 7)).toBe(true);
    expect(monthWeeks("2027-02-10").length).toBe(4); // Feb 2027 starts on a Monday
  });

  it("moves by months, clamping to the last day", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-12-15", 1)).toBe("2027-01-15");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
  });

  it("labels days in words", () => {
    expect(monthLabel("2026-06-10")).toBe("June 2026");
    expect(dayLabel("2026-06-01")).toBe("Monday 1 June");
  });
});
