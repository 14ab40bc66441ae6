import { describe, expect, it } from "vitest";
import { emptyMassagesText } from "@/lib/calendar/empty-state";

const base = { today: "2026-11-29", nextMassage: null, nextRace: null, hasRecentLongRun: false, routineSet: false };

describe("the calendar's empty state is true for the runner's data", () => {
  it("a new runner is told what brings proposals", () => {
    const text = emptyMassagesText(base);
    expect(text).toContain("add your next race");
    expect(text).toContain("log your long runs");
  });

  it("never asks for a race or long runs the runner already has", () => {
    const text = emptyMassagesText({ ...base, nextRace: { date: "2026-12-12", name: "Valencia Marathon" }, hasRecentLongRun: true });
    expect(text).not.toMatch(/add your next race|log your long runs/i);
    expect(text).toContain("Valencia Marathon on Sat 12 Dec");
  });

  it("points to the next massage day after the range, in words", () => {
    expect(emptyMassagesText({ ...base, nextMassage: { date: "2027-01-05", status: "proposed" } })).toBe(
      "None in these days. Your next proposed massage day is Tue 5 Jan 2027.",
    );
  });
});
