import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SweatRateForm } from "@/components/settings/sweat-rate-form";
import type { FormState } from "@/lib/validation/form";

describe("sweat-rate form", () => {
  it("shows the rate as the runner types and sends the numbers as typed", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Saved: 1.30 L/h." }));
    const user = userEvent.setup();
    render(<SweatRateForm action={action} today="2026-07-01" />);
    expect(screen.getByText("Fill in the numbers to see your sweat rate.")).toBeTruthy();
    await user.type(screen.getByLabelText("Duration of the run (minutes)"), "60");
    await user.type(screen.getByLabelText("Body mass before (kg)"), "70,0");
    await user.type(screen.getByLabelText("Body mass after (kg)"), "69.1");
    await user.type(screen.getByLabelText("Drunk during the run (mL)"), "500");
    expect(screen.getByText("That is a sweat rate of 1.40 L/h.")).toBeTruthy();
    await user.type(screen.getByLabelText("Urine passed during the run (mL, optional)"), "100");
    expect(screen.getByText("That is a sweat rate of 1.30 L/h.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Save test" }));
    expect(await screen.findByText("Saved: 1.30 L/h.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent)).toMatchObject({ date: "2026-07-01", durationMin: "60", massBeforeKg: "70,0", massAfterKg: "69.1", fluidMl: "500", urineMl: "100" });
  }, 20_000);

  it("shows the field errors the action returns, keeping what was typed", async () => {
    const action = vi.fn(
      async (): Promise<FormState> => ({
        fieldErrors: { massAfterKg: ["These numbers give a sweat rate of -0.60 L/h; a real one is above 0 and at most 5 L/h."] },
        values: { massBeforeKg: "70", massAfterKg: "71" },
      }),
    );
    render(<SweatRateForm action={action} today="2026-07-01" />);
    await userEvent.click(screen.getByRole("button", { name: "Save test" }));
    expect(await screen.findByText(/a real one is above 0 and at most 5 L\/h/)).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>("Body mass after (kg)").value).toBe("71");
    expect(screen.getByLabelText("Body mass after (kg)").getAttribute("aria-invalid")).toBe("true");
  });
});
