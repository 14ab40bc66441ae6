import { describe, expect, it } from "vitest";
import { offsetQueryMinutes, searchTimeZones } from "@/lib/format/time-zone-search";
import { canonicalTimeZone, offsetMinutesAt, timeZoneOptions } from "@/lib/time-zones";

describe("time zones as people know them", () => {
  it("reads an offset however it is typed", () => {
    expect(offsetQueryMinutes("GMT+9")).toBe(540);
    expect(offsetQueryMinutes("utc +09:00")).toBe(540);
    expect(offsetQueryMinutes("UTC-3:30")).toBe(-210);
    expect(offsetQueryMinutes("+5.5")).toBe(330);
    expect(offsetQueryMinutes("GMT")).toBe(0);
    expect(offsetQueryMinutes("Seoul")).toBeNull();
    expect(offsetQueryMinutes("GMT+15")).toBeNull();
  });

  it("maps legacy names to the current ones", () => {
    expect(canonicalTimeZone("Asia/Calcutta")).toBe("Asia/Kolkata");
    expect(canonicalTimeZone("US/Eastern")).toBe("America/New_York");
    expect(canonicalTimeZone("Etc/UTC")).toBe("UTC");
    expect(canonicalTimeZone("Europe/Berlin")).toBe("Europe/Berlin");
  });

  it("lists every zone once with its offset now (summer and winter), searchable by city, country and offset", () => {
    const winter = timeZoneOptions(new Date("2026-01-15T12:00:00Z"));
    const summer = timeZoneOptions(new Date("2026-07-15T12:00:00Z"));
    expect(new Set(winter.map((o) => o.id)).size).toBe(winter.length);
    expect(winter.find((o) => o.id === "Europe/Berlin")!.offsetMinutes).toBe(60);
    expect(summer.find((o) => o.id === "Europe/Berlin")!.offsetMinutes).toBe(120);
    expect(offsetMinutesAt("Asia/Kathmandu", new Date("2026-01-15T12:00:00Z"))).toBe(345);
    const ids = (query: string) => searchTimeZones(winter, query).map((o) => o.id);
    expect(ids("Seoul")).toEqual(["Asia/Seoul"]);
    expect(ids("Korea")).toContain("Asia/Seoul");
    expect(ids("new york")).toEqual(["America/New_York"]);
    expect(ids("GMT+9")).toEqual(expect.arrayContaining(["Asia/Seoul", "Asia/Tokyo"]));
    expect(ids("zurich")).toEqual(["Europe/Zurich"]);
    expect(ids("UTC")).toContain("UTC");
  });
});
