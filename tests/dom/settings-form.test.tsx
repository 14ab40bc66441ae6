import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { SettingsForm } from "@/components/settings/settings-form";
import type { FormState } from "@/lib/validation/form";
import { timeZoneChoices } from "@/lib/time-zones";

const zones = timeZoneChoices(new Date("2026-11-29T12:00:00Z"));

const initial = { units: "km" as const, timeZone: "Europe/Berlin", bodyMassKg: 64, maxHeartRate: null, name: "Ana" };

// The picker lists ~320 zones: jsdom renders them slowly on a busy machine.
describe("settings form", { timeout: 30_000 }, () => {
  it("starts from the runner's saved settings", () => {
    render(<SettingsForm action={vi.fn()} initial={initial} timeZones={zones} />);
    expect(screen.getByLabelText<HTMLInputElement>("Kilometres").checked).toBe(true);
    expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Europe/Berlin");
    expect(screen.getByLabelText<HTMLInputElement>("Body mass in kg (optional)").value).toBe("64");
  });

  it("sends the changes and shows the answer", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Saved." }));
    render(<SettingsForm action={action} initial={initial} timeZones={zones} />);
    await userEvent.click(screen.getByLabelText("Miles"));
    fireEvent.change(screen.getByLabelText("Time zone"), { target: { value: "UTC" } });
    await userEvent.clear(screen.getByLabelText("Body mass in kg (optional)"));
    await userEvent.type(screen.getByLabelText("Body mass in kg (optional)"), "70.5");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Saved.", {}, { timeout: 10_000 })).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent)).toMatchObject({ units: "mi", timeZone: "UTC", bodyMassKg: "70.5", name: "Ana" });
  });

  it("keeps the maximum heart rate the runner enters, blank by default", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Saved." }));
    render(<SettingsForm action={action} initial={initial} timeZones={zones} />);
    const field = screen.getByLabelText<HTMLInputElement>("Maximum heart rate in bpm (optional)");
    expect(field.value).toBe("");
    await userEvent.type(field, "186");
    await userEvent.click(screen.getByRole("button", { name: "Save settings" }));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(sent.get("maxHeartRate")).toBe("186");
  });

  it("shows a time zone the runner saved even when this browser's list lacks it", async () => {
    render(<SettingsForm action={vi.fn()} initial={{ ...initial, timeZone: "Asia/Kathmandu" }} timeZones={{ options: zones.options.slice(0, 1), aliases: {} }} />);
    await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Asia/Kathmandu"));
  });

  it("finds a zone by city, country, name or offset, and shows friendly names with the offset now", async () => {
    render(<SettingsForm action={vi.fn()} initial={initial} timeZones={zones} />);
    const search = screen.getByLabelText(/^Search by city, country or offset/);
    const list = () => screen.getByLabelText<HTMLSelectElement>("Time zone");
    const shown = () => [...list().options].map((o) => o.value);
    for (const [query, zone] of [
      ["Seoul", "Asia/Seoul"],
      ["Korea", "Asia/Seoul"],
      ["New York", "America/New_York"],
      ["GMT+9", "Asia/Seoul"],
      ["utc+09:00", "Asia/Tokyo"],
      ["calcutta", "Asia/Kolkata"],
    ] as const) {
      fireEvent.change(search, { target: { value: query } });
      expect(shown(), query).toContain(zone);
    }
    fireEvent.change(search, { target: { value: "Seoul" } });
    expect(list().value).toBe("Asia/Seoul");
    expect(list().selectedOptions[0]!.textContent).toBe("GMT+09:00 · Seoul, Busan, Incheon — Korean Time (South Korea)");
    fireEvent.change(search, { target: { value: "GMT+9" } });
    expect(shown().every((z) => zones.options.find((o) => o.id === z)!.offsetMinutes === 540)).toBe(true);
    // New York in November is GMT−5.
    expect(zones.options.find((o) => o.id === "America/New_York")!.label).toMatch(/^GMT-05:00 · New York City/);
  });

  it("maps a legacy zone name to the current one, and preselects this device's zone on the first-run profile", async () => {
    const { unmount } = render(<SettingsForm action={vi.fn()} initial={{ ...initial, timeZone: "Asia/Calcutta" }} timeZones={zones} />);
    expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Asia/Kolkata");
    unmount();
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    const spy = vi.spyOn(Intl.DateTimeFormat.prototype, "resolvedOptions").mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: "Asia/Seoul" };
    });
    try {
      render(<SettingsForm action={vi.fn()} initial={{ ...initial, timeZone: "UTC" }} timeZones={zones} then="first-run" />);
      await waitFor(() => expect(screen.getByLabelText<HTMLSelectElement>("Time zone").value).toBe("Asia/Seoul"));
    } finally {
      spy.mockRestore();
    }
  });
});
