import { describe, expect, it } from "vitest";
import { planRecovery } from "@/lib/rules";
import { redFlagForTherapist } from "@/lib/rules/therapist-words";
import { input, sore, TODAY } from "./helpers";

describe("red flags in words for the therapist", () => {
  it("says who was advised what, about which spot, keeping the plan's numbers and dates", () => {
    const plan = planRecovery(input({ soreness: [sore(-1, "knees", "right", 7, true)] }));
    const flags = plan.suggestions.filter((s) => s.kind === "see-professional").map((s) => redFlagForTherapist(s, TODAY));
    expect(flags[0]!.headline).toBe(`On Sun 22 Nov the runner was advised to see a physiotherapist or doctor: sharp pain in their right knee.`);
    expect(flags[0]!.because.join(" ")).toContain("The runner marked their right knee as sharp pain");
    expect(flags.map((f) => f.headline + f.because.join(" ")).join(" ")).not.toMatch(/\b[Yy]ou(r)?\b/);
  });
});
