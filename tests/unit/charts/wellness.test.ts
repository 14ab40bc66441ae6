import { describe, expect, it } from "vitest";
import { addDays, type WellnessDay } from "@/lib/rules";
import { wellnessHistory } from "@/lib/charts/wellness";
import { wellnessFigure } from "@/components/charts/svg/wellness";

const TO = "2026-11-29";
const FROM = addDays(TO, -83);

describe("the check-in history charts", () => {
  it("draw each measure over 12 weeks with the baseline band once the baseline exists, none while calibrating", () => {
    const days: WellnessDay[] = [];
    for (let back = 83; back >= 0; back--) days.push({ date: addDays(TO, -back), restingHrBpm: back % 2 === 0 ? 50 : 52 });
    const series = wellnessHistory(days, FROM, TO);
    const hr = series.find((s) => s.id === "restingHrBpm");
    expect(hr?.points).toHaveLength(84);
    // The first 10 days have fewer than 10 earlier readings: calibrating.
    expect(hr?.points.slice(0, 10).every((p) => p.band === null)).toBe(true);
    expect(hr?.points[10]?.band).not.toBeNull();
    const band = hr?.points.at(-1)?.band;
    expect(band?.low).toBeCloseTo(51 - 1.017, 2);
    expect(band?.high).toBeCloseTo(51 + 1.017, 2);
    const markup = wellnessFigure(hr!);
    expect(markup).toContain('class="baseline-band"');
    expect(markup.match(/class="series-dot"/g)).toHaveLength(84);
    expect(markup).toContain("Your usual today: 50.0–52.0 bpm");
    const hrv = series.find((s) => s.id === "hrvRmssdMs");
    expect(wellnessFigure(hrv!)).toContain("HRV (rMSSD): nothing logged in the last 12 weeks.");
  });
});
