import { describe, expect, it } from "vitest";
import { weeklyDistance } from "@/lib/charts/weekly-distance";
import { mondayOf, dayOf, dateOfDay, weekdayOf } from "@/lib/charts/days";

describe("weeklyDistance", () => {
  it("gives 16 Monday-to-Sunday weeks, the current (partial) week last", () => {
    const weeks = weeklyDistance([], "2026-03-12"); // a Thursday
    expect(weeks).toHaveLength(16);
    expect(weeks.at(-1)).toMatchObject({ weekStart: "2026-03-09", weekEnd: "2026-03-15", current: true });
    expect(weeks[0]).toMatchObject({ weekStart: "2025-11-24", weekEnd: "2025-11-30", current: false });
    for (const week of weeks) expect(weekdayOf(dayOf(week.weekStart))).toBe(0);
  });

  it("puts Sunday runs in the week that began on the Monday before, and Monday runs in the next", () => {
    const weeks = weeklyDistance(
      [
        { date: "2026-03-08", distanceKm: 21 }, // Sunday
        { date: "2026-03-09", distanceKm: 5 }, // Monday
        { date: "2026-03-12", distanceKm: 8 },
      ],
      "2026-03-12",
    );
    expect(weeks.at(-2)).toMatchObject({ weekStart: "2026-03-02", distanceKm: 21, runs: 1 });
    expect(weeks.at(-1)).toMatchObject({ weekStart: "2026-03-09", distanceKm: 13, runs: 2 });
  });

  it("keeps weeks of seven local days across the clock changes (Europe: 29 March and 25 October 2026)", () => {
    const runs = ["2026-03-28", "2026-03-29", "2026-03-30", "2026-10-25", "2026-10-26"].map((date) => ({ date, distanceKm: 10 }));
    const spring = weeklyDistance(runs, "2026-04-05", 2);
    expect(spring.map((w) => [w.weekStart, w.distanceKm])).toEqual([
      ["2026-03-23", 20],
      ["2026-03-30", 10],
    ]);
    const autumn = weeklyDistance(runs, "2026-10-26", 2);
    expect(autumn.map((w) => [w.weekStart, w.weekEnd, w.distanceKm])).toEqual([
      ["2026-10-19", "2026-10-25", 10],
      ["2026-10-26", "2026-11-01", 10],
    ]);
  });

  it("ignores runs before the first week and after today", () => {
    const weeks = weeklyDistance(
      [
        { date: "2025-01-01", distanceKm: 99 },
        { date: "2026-03-13", distanceKm: 99 },
        { date: "2026-03-12", distanceKm: 4 },
      ],
      "2026-03-12",
    );
    expect(weeks.reduce((sum, w) => sum + w.distanceKm, 0)).toBe(4);
  });

  it("finds the Monday across a year end", () => {
    expect(dateOfDay(mondayOf(dayOf("2027-01-01")))).toBe("2026-12-28");
  });
});
