import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TodaysPlan } from "@/components/dashboard/todays-plan";
import { ReadinessCard } from "@/components/wellness/readiness-card";
import { planRecovery, addDays, type Suggestion, type WellnessDay } from "@/lib/rules";

const TODAY = "2026-11-22";

describe("the readiness card", () => {
  it("says below your usual with each factor and its numbers, and no score anywhere", () => {
    const wellness: WellnessDay[] = [];
    for (let back = 40; back >= 1; back--) wellness.push({ date: addDays(TODAY, -back), restingHrBpm: 50 });
    wellness.push({ date: TODAY, restingHrBpm: 57, sleepHours: 7 });
    const plan = planRecovery({ today: TODAY, runs: [], soreness: [], races: [], massages: [], profile: {}, wellness });
    render(<ReadinessCard readiness={plan.readiness} />);
    expect(screen.getByRole("heading", { name: "Readiness: Below your usual" })).toBeTruthy();
    const factors = screen.getByRole("list");
    expect(within(factors).getByText("Resting heart rate: below your usual")).toBeTruthy();
    expect(factors.textContent).toContain("57 bpm this morning; your 30-day mean is 50.0 bpm (30 readings): 7.0 bpm above it");
    expect(screen.getByText("Keep today easy (RPE 2–3) or rest. Your morning is below your usual (the factors below).")).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/score|\/100|%/i);
  });

  it("says where a rest day comes from when the check-in is not the reason (a red flag, a race, the load)", () => {
    const wellness: WellnessDay[] = [{ date: TODAY, restingHrBpm: 50, sleepHours: 7 }];
    const plan = planRecovery({ today: TODAY, runs: [], soreness: [{ date: TODAY, region: "calves", side: "left", level: 7, sharp: true }], races: [], massages: [], profile: {}, wellness });
    render(<ReadinessCard readiness={plan.readiness} />);
    expect(plan.readiness.todaysTraining).toBe("rest");
    expect(screen.getByText(/Make today a rest day\. That is today's plan above \(a race, a red flag or your training load\), not your check-in\./)).toBeTruthy();
  });

  it("asks for the check-in when there is none, and says calibrating without a baseline", () => {
    const { unmount } = render(<ReadinessCard readiness={{ status: "no-check-in", factors: [], todaysTraining: "as-planned" }} />);
    expect(screen.getByRole("link", { name: "Check in" }).getAttribute("href")).toBe("/check-in");
    unmount();
    const plan = planRecovery({ today: TODAY, runs: [], soreness: [], races: [], massages: [], profile: {}, wellness: [{ date: TODAY, restingHrBpm: 60 }] });
    render(<ReadinessCard readiness={plan.readiness} />);
    expect(screen.getByRole("heading", { name: "Readiness: Calibrating: learning your usual" })).toBeTruthy();
  });
});

describe("the return-to-run offer", () => {
  it("comes after the red flag, never instead of it, and links to the programme for that region", () => {
    const redFlag: Suggestion = {
      id: "soreness/red-flag",
      day: "2026-11-22",
      rules: ["soreness/red-flag"],
      kind: "see-professional",
      priority: "high",
      title: "Sharp pain in your left calf: see a physiotherapist or doctor",
      detail: "…",
      regions: ["calves"],
      because: ["Sharp pain on Sun 22 Nov."],
      evidence: ["Silbernagel et al. 2007, Am J Sports Med 35:897 (pain-monitoring model)"],
    };
    render(<TodaysPlan suggestions={[redFlag]} />);
    const alert = screen.getByRole("alert");
    expect(within(alert).getByRole("heading", { name: /See a physiotherapist or doctor first/ })).toBeTruthy();
    const link = within(alert).getByRole("link", { name: "calf" });
    expect(link.getAttribute("href")).toBe("/return-to-run?region=calves");
    // The offer follows the red-flag card in the document.
    const card = within(alert).getByText(redFlag.title);
    expect(card.compareDocumentPosition(link) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});

describe("Today's order", () => {
  it("puts the red flag before the readiness card, and the readiness card before the other suggestions", () => {
    const wellness: WellnessDay[] = [{ date: TODAY, restingHrBpm: 50, sleepHours: 7 }];
    const plan = planRecovery({ today: TODAY, runs: [], soreness: [{ date: TODAY, region: "calves", side: "left", level: 7, sharp: true }], races: [], massages: [], profile: { bodyMassKg: 60 }, wellness });
    render(<TodaysPlan suggestions={plan.suggestions} afterRedFlags={<ReadinessCard readiness={plan.readiness} />} />);
    const redFlag = screen.getByRole("heading", { name: "See a physiotherapist or doctor first" });
    const readiness = screen.getByRole("heading", { name: /^Readiness:/ });
    const others = screen.getByRole("list", { name: "Suggestions" });
    expect(redFlag.compareDocumentPosition(readiness) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(readiness.compareDocumentPosition(others) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
