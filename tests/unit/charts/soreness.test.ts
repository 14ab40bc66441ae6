import { describe, expect, it } from "vitest";
import { sorenessHeatmap, sorenessNow } from "@/lib/charts/soreness";
import { niceTicks } from "@/lib/charts/scale";

const today = "2026-05-31";

describe("sorenessHeatmap", () => {
  it("has 42 days, today last, and a row per region with entries, the higher side winning", () => {
    const map = sorenessHeatmap(
      [
        { date: "2026-05-30", region: "calves", side: "left", level: 4 },
        { date: "2026-05-30", region: "calves", side: "right", level: 6, sharp: true },
        { date: "2026-04-20", region: "lower-back", side: "both", level: 2 },
        { date: "2026-04-19", region: "hips", side: "both", level: 5 }, // 43 days ago: outside
      ],
      today,
    );
    expect(map.dates).toHaveLength(42);
    expect(map.dates[0]).toBe("2026-04-20");
    expect(map.dates.at(-1)).toBe(today);
    expect(map.rows.map((r) => r.region)).toEqual(["calves", "lower-back"]);
    expect(map.rows[0]!.levels[40]).toBe(6);
    expect(map.rows[0]!.sharp[40]).toBe(true);
    expect(map.rows[0]!.levels[41]).toBeNull();
    expect(map.rows[1]!.levels[0]).toBe(2);
  });
});

describe("sorenessNow", () => {
  it("takes the latest entry per region and side of the last 3 days, dropping 0 (no longer sore)", () => {
    const now = sorenessNow(
      [
        { date: "2026-05-27", region: "calves", side: "left", level: 7 }, // 4 days ago: too old
        { date: "2026-05-28", region: "quadriceps", side: "both", level: 5 },
        { date: "2026-05-30", region: "quadriceps", side: "both", level: 3 },
        { date: "2026-05-31", region: "hamstrings", side: "right", level: 2 },
        { date: "2026-05-31", region: "hamstrings", side: "right", level: 4 }, // the later one counts
        { date: "2026-05-31", region: "glutes", side: "left", level: 0 },
      ],
      today,
    );
    expect(now).toEqual([
      { region: "hamstrings", side: "right", level: 4, sharp: false, date: "2026-05-31" },
      { region: "quadriceps", side: "both", level: 3, sharp: false, date: "2026-05-30" },
    ]);
  });
});

describe("niceTicks", () => {
  it("rounds the axis up to a readable maximum", () => {
    expect(niceTicks(47)).toEqual({ max: 60, ticks: [0, 20, 40, 60] });
    expect(niceTicks(9)).toEqual({ max: 10, ticks: [0, 2.5, 5, 7.5, 10] });
    expect(niceTicks(80)).toEqual({ max: 80, ticks: [0, 20, 40, 60, 80] });
    expect(niceTicks(0)).toEqual({ max: 1, ticks: [0, 1] });
  });
});
