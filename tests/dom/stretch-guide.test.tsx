import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { GuideDetail, GuideTile } from "@/components/stretches/guide";
import { STRETCH_FIGURES, STATIC_STRETCHES, WARM_UP_DRILLS, stretchById } from "@/lib/rules";
import { StretchFigure, POSES } from "@/components/stretches/figures";

describe("stretch guide", () => {
  it("shows steps, hold time, rounds, what to feel and what to avoid, with a labelled drawing", () => {
    const stretch = stretchById("wall-calf-stretch")!;
    render(<GuideDetail item={stretch} />);
    expect(screen.getByRole("img", { name: "Drawing of the wall calf stretch (straight knee) position" })).toBeTruthy();
    const facts = screen.getByRole("list", { name: "How much and when" });
    expect(within(facts).getByText("After running")).toBeTruthy();
    expect(within(facts).getByText("Hold 30 s")).toBeTruthy();
    expect(within(facts).getByText("3 rounds, each side")).toBeTruthy();
    const steps = within(screen.getByRole("region", { name: "How to do it" })).getAllByRole("listitem");
    expect(steps.map((step) => step.textContent)).toEqual(stretch.steps);
    expect(within(screen.getByRole("region", { name: "What you should feel" })).getByText(stretch.feel)).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "What to avoid" })).getByText(stretch.avoid)).toBeTruthy();
  });

  it("gives a warm-up drill its repetitions or distance, before running", () => {
    const distance = WARM_UP_DRILLS.find((drill) => drill.distanceM !== undefined)!;
    render(<GuideDetail item={distance} />);
    expect(screen.getByText("Before running")).toBeTruthy();
    expect(screen.getByText(`${distance.rounds} × ${distance.distanceM} m`)).toBeTruthy();
  });

  it("draws a pose for every figure the catalogue uses, and each tile links to its guide page", () => {
    for (const figure of STRETCH_FIGURES) expect(POSES[figure], figure).toBeDefined();
    for (const item of [...STATIC_STRETCHES, ...WARM_UP_DRILLS]) {
      const { unmount } = render(<GuideTile item={item} />);
      expect(screen.getByRole("link", { name: item.name }).getAttribute("href")).toBe(`/stretches/${item.id}`);
      expect(screen.getByRole("img").getAttribute("aria-label")).toContain(item.name.toLowerCase());
      unmount();
    }
    render(<StretchFigure figure="child-pose" label="Child's pose" />);
    expect(screen.getByRole("img", { name: "Child's pose" }).querySelectorAll("path").length).toBeGreaterThan(4);
  });
});
