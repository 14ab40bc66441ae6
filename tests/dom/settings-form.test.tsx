import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SettingsForm } from "@/components/settings/settings-form";
import type { FormState } from "@/lib/validation/form";

const initial = { units: "km" as const, timeZone: "Europe/Berlin", bodyMassKg: 64, maxHeartRate: null, name: "Ana" };

describe("settings form", () => {
  it("starts from the runner's saved settings", () => {
    render(<SettingsForm action={vi.fn()} initial={initial} timeZones={["UTC", "Europe/Berlin"]} />);
    expect(screen.getByLabelText<HTMLInputElement>("Kilometres").checked).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Europe/Berlin");
    expect(screen.getByLabelText<HTMLInputElement>("Body mass in kg (optional)").value).toBe("64");
  });

  it("sends the changes and shows the answer", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Saved." }));
    render(<SettingsForm action={action} initial={initial} timeZones={["UTC", "Europe/Berlin"]} />);
    await userEvent.click(screen.getByLabelText("Miles"));
    await userEvent.selectOptions(screen.getByLabelText("Time zone"), "UTC");
    await userEvent.clear(screen.getByLabelText("Body mass in kg (optional)"));
    await userEvent.type(screen.getByLabelText("Body mass in kg (optional)"), "70.5");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent)).toMatchObject({ units: "mi", timeZone: "UTC", bodyMassKg: "70.5", name: "Ana" });
  });

  it("keeps the maximum heart rate the runner enters, blank by default", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Saved." }));
    render(<SettingsForm action={action} initial={initial} timeZones={["UTC", "Europe/Berlin"]} />);
    const field = screen.getByLabelText<HTMLInputElement>("Maximum heart rate in bpm (optional)");
    expect(field.value).toBe("");
    await userEvent.type(field, "186");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(sent.get("maxHeartRate")).toBe("186");
  });

  it("shows a time zone the runner saved even when this browser's list lacks it", async () => {
    render(<SettingsForm action={vi.fn()} initial={{ ...initial, timeZone: "Asia/Kathmandu" }} timeZones={["UTC"]} />);
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Asia/Kathmandu"));
  });
});
