import { describe, expect, it } from "vitest";
import { ElevationGain, HeartRateStats, haversineM, isValidPosition, parseIsoTime } from "@/lib/import/track";
import { meridianMetres } from "./helpers";

describe("track helpers", () => {
  it("haversine: one degree along a meridian and along the equator", () => {
    expect(haversineM(0, 0, 1, 0)).toBeCloseTo(meridianMetres(1), 6);
    expect(haversineM(0, 0, 0, 1)).toBeCloseTo(meridianMetres(1), 6);
    expect(haversineM(51.5, -0.12, 51.5, -0.12)).toBe(0);
  });

  it("elevation gain counts only climbs that leave the 3 m band", () => {
    const g = new ElevationGain();
    for (const e of [100, 101, 102, 103, 102, 99, 100, 101, 102, 110, 109, 112.9]) g.add(e);
    // 100→103 (+3), drop to 99 resets the reference, 99→102 (+3), →110 (+8), 110→112.9 stays inside.
    expect(g.result()).toBe(14);
    const none = new ElevationGain();
    none.add(null);
    expect(none.result()).toBeNull();
  });

  it("heart rate ignores zero and impossible values", () => {
    const hr = new HeartRateStats();
    for (const v of [0, 120, 255, 130, -5, Number.NaN, 141]) hr.add(v);
    expect(hr.average()).toBe(130);
    expect(hr.maximum()).toBe(141);
    expect(hr.samples).toBe(3);
  });

  it("positions: (0, 0) and out-of-range values are not fixes", () => {
    expect(isValidPosition(0, 0)).toBe(false);
    expect(isValidPosition(91, 0)).toBe(false);
    expect(isValidPosition(10, 181)).toBe(false);
    expect(isValidPosition(null, 3)).toBe(false);
    expect(isValidPosition(0, 1)).toBe(true);
  });

  it("ISO times: zones, fractions, zoneless as UTC, nonsense as null", () => {
    expect(parseIsoTime("2012-10-24T23:29:40.000Z")).toBe(Date.UTC(2012, 9, 24, 23, 29, 40));
    expect(parseIsoTime("2025-05-02T15:51:15.692Z")).toBe(Date.UTC(2025, 4, 2, 15, 51, 15, 692));
    expect(parseIsoTime("2019-06-01T12:00:00+02:00")).toBe(Date.UTC(2019, 5, 1, 10, 0, 0));
    expect(parseIsoTime("2019-06-01T08:00:00-0230")).toBe(Date.UTC(2019, 5, 1, 10, 30, 0));
    expect(parseIsoTime("2020-01-12T21:32:52")).toBe(Date.UTC(2020, 0, 12, 21, 32, 52));
    expect(parseIsoTime("Aug  6 2007, 20:16:30")).toBeNull();
    expect(parseIsoTime("2020-13-01T00:00:00Z")).toBeNull();
  });
});
