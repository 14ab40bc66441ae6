/** Realistic multi-week histories, one per rule family: load, soreness and massage, hydration. */
import { describe, expect, it } from "vitest";
import { addDays, planRecovery, type PlanInput, type RecoveryPlan } from "@/lib/rules";

function idsOf(plan: RecoveryPlan): string[] {
  return plan.suggestions.flatMap((suggestion) => suggestion.rules);
}

/** The card a rule's advice is on (cards of one kind and day are merged). */
function card(plan: RecoveryPlan, rule: string) {
  return plan.suggestions.find((suggestion) => suggestion.rules.includes(rule));
}

describe("marathon build-up with taper", () => {
  // 18 weeks from Monday 2026-06-01; race on Sunday 2026-10-04 (the last day of week 18).
  const START = "2026-06-01";
  const RACE = "2026-10-04";
  const longRunKm = [16, 17, 18, 19, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30, 32, 24, 18, 0];

  function history(longRuns: number[] = longRunKm): PlanInput["runs"] {
    const runs: PlanInput["runs"] = [];
    longRuns.forEach((longKm, week) => {
      const monday = addDays(START, week * 7);
      const taper = week >= 15 ? 0.7 : 1;
      runs.push({ date: addDays(monday, 1), distanceKm: 10 * taper, durationMin: 55 * taper, kind: "easy", rpe: 3 });
      runs.push({ date: addDays(monday, 2), distanceKm: 12 * taper, durationMin: 60 * taper, kind: week % 2 ? "tempo" : "intervals", rpe: 7 });
      runs.push({ date: addDays(monday, 3), distanceKm: 8 * taper, durationMin: 45 * taper, kind: "recovery", rpe: 2 });
      runs.push({ date: addDays(monday, 5), distanceKm: 10 * taper, durationMin: 55 * taper, kind: "easy", rpe: 3 });
      if (longKm > 0) runs.push({ date: addDays(monday, 6), distanceKm: longKm, durationMin: longKm * 6, kind: "long", rpe: 5 });
    });
    runs.push({ date: RACE, distanceKm: 42.2, durationMin: 215, kind: "race", rpe: 9 });
    return runs;
  }

  function planOn(today: string, parts: Partial<PlanInput> = {}, longRuns?: number[]): RecoveryPlan {
    const runs = history(longRuns).filter((run) => run.date <= today);
    return planRecovery({
      today,
      runs,
      soreness: [],
      races: [{ date: RACE, distanceKm: 42.2, name: "Autumn Marathon", priority: "A" }],
      massages: [],
      profile: { bodyMassKg: 66, sweatRateLPerH: 1.1 },
      ...parts,
    });
  }

  it("a gentle build: Monday after a long run brings a massage, no load warnings", () => {
    const plan = planOn("2026-07-20"); // the Monday after the 22 km long run of week 7
    expect(plan.metrics.calibrating).toBe(false);
    expect(plan.metrics.acwr).toBeGreaterThan(0.8);
    expect(plan.metrics.acwr).toBeLessThan(1.5);
    expect(idsOf(plan)).toContain("massage/after-long-run");
    expect(idsOf(plan).filter((id) => id.startsWith("load/"))).toEqual([]);
    expect(plan.massageDays[0]).toMatchObject({ date: "2026-07-20", depth: "self" });
  });

  it("a jump in the long run (21 → 30 km) is flagged as a spike the day after", () => {
    const jumped = [...longRunKm];
    jumped[6] = 30; // week 7's long run on 2026-07-19; the week before was 21 km
    const plan = planOn("2026-07-20", {}, jumped);
    const spike = plan.suggestions.find((suggestion) => suggestion.id === "load/spike");
    expect(spike?.priority).toBe("high");
    expect(spike?.because[0]).toContain("30.0 km");
    expect(spike?.because[0]).toContain("43 %");
    expect(spike?.because[0]).toContain("(21.0 km on Sun 12 Jul, 8 days ago)");
  });

  it("taper: 9 days out, deep tissue lands 5–7 days before and a light flush 2 days before", () => {
    const plan = planOn("2026-09-25");
    const proposals = plan.massageDays.map(({ date, depth }) => [date, depth]);
    expect(proposals).toContainEqual(["2026-09-27", "deep"]);
    expect(proposals).toContainEqual(["2026-10-02", "light"]);
    expect(proposals).toContainEqual(["2026-10-05", "light"]);
    for (const proposal of plan.massageDays) {
      if (proposal.depth === "deep") expect(proposal.date < "2026-09-30" || proposal.date > "2026-10-06").toBe(true);
    }
    expect(proposals.some(([date]) => date === RACE)).toBe(false);
  });

  it("taper: a deep massage booked 3 days before the race is a conflict to move", () => {
    const plan = planOn("2026-09-25", { massages: [{ date: "2026-10-01", depth: "deep", regions: ["calves", "hamstrings"] }] });
    expect(plan.suggestions[0]?.id).toBe("massage/pre-race-window");
    expect(plan.suggestions[0]?.detail).toContain("Tue 29 Sep or earlier");
  });

  it("the day after the race: rest first, light massage today, stretches for the sore quads", () => {
    const plan = planOn("2026-10-05", {
      soreness: [
        { date: "2026-10-04", region: "quadriceps", side: "both", level: 3 },
        { date: "2026-10-05", region: "quadriceps", side: "both", level: 5 },
        { date: "2026-10-05", region: "calves", side: "both", level: 2 },
      ],
    });
    expect(plan.suggestions[0]?.id).toBe("rest/after-race");
    // One massage card (the light session covers the sore quads too), one stretching card for both regions.
    expect(idsOf(plan)).toEqual(expect.arrayContaining(["massage/after-long-run", "stretch/quadriceps", "stretch/calves"]));
    expect(plan.suggestions.filter((s) => s.kind === "massage")).toHaveLength(1);
    expect(card(plan, "stretch/quadriceps")).toBe(card(plan, "stretch/calves"));
    expect(card(plan, "stretch/quadriceps")?.priority).toBe("medium");
    // Rest after the race: nothing that prepares for a run.
    expect(idsOf(plan)).not.toContain("stretch/warm-up");
    expect(idsOf(plan)).not.toContain("hydration/pre-run");
    expect(plan.massageDays[0]).toMatchObject({ date: "2026-10-05", depth: "light" });
    expect(plan.massageDays.find((p) => p.depth === "deep")?.date).toBe("2026-10-07");
    expect(idsOf(plan).some((id) => id.startsWith("red-flag/"))).toBe(false);
  });

  it("normal post-race DOMS fading over a week never raises not-improving or a red flag", () => {
    const curve = [3, 5, 5, 4, 3, 2, 1];
    const soreness = curve.map((level, index) => ({ date: addDays(RACE, index), region: "quadriceps" as const, side: "both" as const, level }));
    for (let index = 0; index < curve.length; index++) {
      const today = addDays(RACE, index);
      const plan = planOn(today, { soreness: soreness.slice(0, index + 1) });
      expect(idsOf(plan)).not.toContain("soreness/not-improving");
      expect(plan.suggestions.some((s) => s.kind === "see-professional")).toBe(false);
    }
  });
});

describe("return from a calf strain", () => {
  // Sharp right calf pain on 2026-03-01 during a run, slow recovery, then a careful return.
  const STRAIN = "2026-03-01";
  const levels: [number, number][] = [
    [0, 7], [1, 6], [2, 5], [3, 5], [4, 4], [5, 4], [6, 3], [7, 3], [8, 3], [10, 2], [12, 2], [15, 1], [18, 2], [20, 1],
  ];
  const soreness: PlanInput["soreness"] = levels.map(([offset, level]) => ({
    date: addDays(STRAIN, offset),
    region: "calves",
    side: "right",
    level,
    ...(offset === 0 ? { sharp: true } : {}),
  }));
  const before: PlanInput["runs"] = [];
  for (let offset = -40; offset <= 0; offset++) before.push({ date: addDays(STRAIN, offset), distanceKm: 10, durationMin: 55, kind: "easy" });
  const comeback: PlanInput["runs"] = [11, 13, 15, 17, 19, 20].map((offset, index) => ({
    date: addDays(STRAIN, offset),
    distanceKm: [4, 5, 5, 6, 6.5, 7][index]!,
    durationMin: [25, 30, 30, 35, 38, 40][index]!,
    kind: "easy",
  }));

  function planOn(offset: number, extraRuns: PlanInput["runs"] = []): RecoveryPlan {
    const today = addDays(STRAIN, offset);
    return planRecovery({
      today,
      runs: [...before, ...comeback, ...extraRuns].filter((run) => run.date <= today),
      soreness: soreness.filter((entry) => entry.date <= today),
      races: [],
      massages: [],
      profile: {},
    });
  }

  it("the day after: see a professional first; no stretching or massage of the calf", () => {
    const plan = planOn(1);
    // Both red flags on one see-a-professional card, first.
    expect(plan.suggestions[0]?.id).toBe("red-flag/sharp-pain");
    expect(plan.suggestions[0]?.rules).toEqual(["red-flag/sharp-pain", "red-flag/high-pain"]);
    expect(idsOf(plan)).not.toContain("stretch/calves");
    for (const suggestion of plan.suggestions) if (suggestion.kind === "massage") expect(suggestion.regions).not.toContain("calves");
    for (const proposal of plan.massageDays) if (proposal.depth === "deep") expect(proposal.regions).not.toContain("calves");
  });

  it("a week of 3/10 or more escalates as persistent, and it clears once the last 3+ entry is 3 days old", () => {
    expect(idsOf(planOn(8))).toContain("red-flag/persistent");
    expect(idsOf(planOn(10))).toContain("red-flag/persistent"); // latest 3+ on day 8 is 2 days old
    expect(idsOf(planOn(11))).not.toContain("red-flag/persistent");
  });

  it("back to easy running: mild soreness gets calf stretches, the short runs raise no load warning", () => {
    const plan = planOn(20);
    expect(plan.suggestions.some((s) => s.kind === "see-professional")).toBe(false);
    expect(card(plan, "stretch/calves")?.priority).toBe("low");
    expect(idsOf(plan).filter((id) => id.startsWith("load/"))).toEqual([]);
    expect(plan.metrics.weekDistanceKm).toBeCloseTo(5 + 6 + 6.5 + 7, 10); // days 14–20
  });

  it("jumping straight back to a 12 km run is a spike over the pre-injury 10 km runs", () => {
    const plan = planOn(21, [{ date: addDays(STRAIN, 21), distanceKm: 12, durationMin: 66, kind: "easy" }]);
    expect(card(plan, "load/spike")?.because[0]).toContain("20 %");
  });
});

describe("a hot-weather long run", () => {
  const base: PlanInput = {
    today: "2026-07-12",
    runs: [
      { date: "2026-06-28", distanceKm: 24, durationMin: 140, kind: "long", temperatureC: 21 },
      { date: "2026-07-05", distanceKm: 25, durationMin: 145, kind: "long", temperatureC: 23 },
      { date: "2026-07-09", distanceKm: 10, durationMin: 55, kind: "easy", temperatureC: 26 },
      { date: "2026-07-12", distanceKm: 26, durationMin: 160, kind: "long", rpe: 7, temperatureC: 31 },
    ],
    soreness: [{ date: "2026-07-12", region: "calves", side: "both", level: 3 }],
    races: [],
    massages: [],
    profile: { bodyMassKg: 72, sweatRateLPerH: 1.4 },
  };

  it("today: heat, a post-run amount from the runner's sweat rate, and a capped drinking rate", () => {
    const plan = planRecovery(base);
    expect(idsOf(plan)).toEqual(expect.arrayContaining(["hydration/heat", "hydration/post-run", "hydration/pre-run", "massage/after-long-run"]));
    expect(idsOf(plan)).not.toContain("hydration/over-drinking");
    expect(plan.hydration.postRunMl).toBe(Math.round(1.5 * 1.4 * (160 / 60) * 1000)); // 5,600 mL
    expect(plan.hydration.preRunMl).toEqual({ min: 360, max: 504 });
    expect(plan.hydration.duringMlPerHour).toEqual({ min: 400, max: 800 });
    expect(card(plan, "hydration/heat")?.because).toContain("You ran 26.0 km at 31 °C today, Sun 12 Jul (25 °C or more counts as hot).");
  });

  it("the next day: still a heat reminder, no post-run amount", () => {
    const plan = planRecovery({ ...base, today: "2026-07-13" });
    expect(idsOf(plan)).toContain("hydration/heat");
    expect(idsOf(plan)).not.toContain("hydration/post-run");
    expect(plan.hydration.postRunMl).toBeUndefined();
  });

  it("two days later: the heat reminder is gone", () => {
    expect(idsOf(planRecovery({ ...base, today: "2026-07-14" }))).not.toContain("hydration/heat");
  });

  it("a low sweat rate turns the advice into drink to thirst, capped at the sweat rate", () => {
    const plan = planRecovery({ ...base, profile: { bodyMassKg: 72, sweatRateLPerH: 0.55 } });
    expect(idsOf(plan)).toContain("hydration/over-drinking");
    expect(plan.hydration.duringMlPerHour?.max).toBe(550);
  });
});
