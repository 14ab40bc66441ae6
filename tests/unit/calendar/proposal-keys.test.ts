import { describe, expect, it } from "vitest";
import { proposalKeyOf, reasonAtomsOfKey } from "@/lib/calendar/proposals";
import { planRecovery } from "@/lib/rules";
import { input, plan, run, sore, day } from "../rules/helpers";

const race = (offset: number, distanceKm = 42.2) => ({ date: day(offset), distanceKm, name: "Spring Marathon", priority: "A" as const });

describe("proposal keys", () => {
  it("cover every rule the engine proposes by, from the reason as data", () => {
    const scenarios = [
      plan({ races: [race(10)], runs: [run(0, 30, 170, { kind: "long" })] }),
      plan({ races: [race(-1)], runs: [run(-1, 42.2, 230, { kind: "race" })], soreness: [sore(0, "quadriceps", "both", 4)] }),
      plan({ races: [race(-2)], soreness: [sore(0, "calves", "both", 4)] }),
      plan({ races: [race(6), race(13, 21.1)] }),
    ];
    const seen = new Set<string>();
    for (const result of scenarios) for (const proposal of result.massageDays) proposal.why.forEach((why) => seen.add(why.rule));
    expect([...seen].sort()).toEqual(["after-long-run", "after-race-deep", "after-race-light", "before-race-deep", "before-race-light"]);
  });

  it("are the same for the same reason on the same date, whatever the race's name or distance", () => {
    const a = plan({ races: [race(10)] }).massageDays;
    const b = plan({ races: [{ ...race(10, 21.1), name: "Renamed" }] }).massageDays;
    expect(a.map(proposalKeyOf)).toEqual(b.map(proposalKeyOf));
    expect(new Set(a.map(proposalKeyOf)).size).toBe(a.length);
  });

  it("do not depend on the runner's units (the reason's words do)", () => {
    for (const parts of [
      { races: [race(10)], runs: [run(0, 30, 170, { kind: "long" as const })] },
      { races: [race(-1)], runs: [run(-1, 42.2, 230, { kind: "race" as const })], soreness: [sore(0, "quadriceps", "both", 4)] },
      { races: [race(6), race(13, 21.1)] },
    ]) {
      const km = plan(parts).massageDays;
      const mi = planRecovery(input(parts), { units: "mi" }).massageDays;
      expect(mi.map((p) => p.reason).join(" ")).toMatch(/\d mi\b/);
      expect(mi.map((p) => p.reason).join(" ")).not.toMatch(/\d km\b/);
      expect(mi.map(proposalKeyOf)).toEqual(km.map(proposalKeyOf));
    }
  });

  it("differ by date, depth and rule, and keep the names the stored keys already use", () => {
    const why = [{ rule: "before-race-light" as const, race: { date: "2026-05-03", distanceKm: 10 }, days: 2 }];
    const base = { date: "2026-05-01", depth: "light" as const, why };
    expect(proposalKeyOf(base)).toBe("2026-05-01|light|before-race-light");
    expect(proposalKeyOf({ ...base, date: "2026-05-02" })).not.toBe(proposalKeyOf(base));
    expect(proposalKeyOf({ ...base, depth: "self" })).not.toBe(proposalKeyOf(base));
    expect(proposalKeyOf({ ...base, why: [{ rule: "after-long-run", runDate: "2026-04-30", distanceKm: 30 }] })).toBe("2026-05-01|light|after-long-run");
  });

  it("split into one atom per reason", () => {
    expect(reasonAtomsOfKey("2026-05-01|light|after-race-light+after-long-run")).toEqual([
      "2026-05-01|light|after-race-light",
      "2026-05-01|light|after-long-run",
    ]);
  });
});
