import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RunImport, type ImportResultView, type RateSession, type Uploader } from "@/components/runs/run-import";
import { CrossTrainingForm } from "@/components/cross-training/cross-training-form";
import type { FormState } from "@/lib/validation/form";

const file = (name: string) => new File(["x"], name);
const RUN_ID = "11111111-1111-4111-8111-111111111111";
const RIDE_ID = "22222222-2222-4222-8222-222222222222";

describe("importing a file of several activities", () => {
  it("shows each activity with its sport, and asks for the effort of each unrated one with one tap", async () => {
    const results: ImportResultView[] = [
      { fileName: "tri.fit", status: "imported", kind: "cross-training", sport: "cycling", activity: { index: 1, count: 2 }, crossTrainingId: RIDE_ID, rpe: null, needsRpe: true, message: "Kept as cross-training (cycling): it counts in your load, not in your running distance." },
      { fileName: "tri.fit", status: "imported", kind: "run", sport: "running", activity: { index: 2, count: 2 }, runId: RUN_ID, rpe: 6, needsRpe: false },
    ];
    const upload: Uploader = async () => results;
    const rate = vi.fn<RateSession>(async (_kind, _id, rpe) => ({ ok: true, message: `Effort ${rpe} saved.` }));
    render(<RunImport units="km" timeZone="UTC" upload={upload} rate={rate} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), [file("tri.fit")]);
    const activities = await screen.findAllByTestId("import-activity");
    expect(activities).toHaveLength(2);
    expect(activities[0]!.textContent).toMatch(/Cycling/);
    expect(activities[0]!.textContent).toMatch(/cross-training/);
    expect(screen.getByText("2 imported")).toBeTruthy();
    // Only the unrated ride asks.
    const groups = screen.getAllByRole("group", { name: /How hard did/ });
    expect(groups).toHaveLength(1);
    await userEvent.click(within(groups[0]!).getByRole("button", { name: "7" }));
    expect(rate).toHaveBeenCalledWith("cross-training", RIDE_ID, 7);
    expect(await screen.findByText("Effort 7 saved.")).toBeTruthy();
  });

  it("a file without a date asks only for the date and start time, and sends only those", async () => {
    const calls: Record<string, string>[] = [];
    const upload: Uploader = async (f, fields) => {
      calls.push(fields);
      return calls.length === 1
        ? { fileName: f.name, status: "needs-details", kind: "run", missing: ["startedAt"], message: "This file does not say the date and start time." }
        : { fileName: f.name, status: "imported", kind: "run", runId: RUN_ID };
    };
    render(<RunImport units="km" timeZone="Europe/Berlin" upload={upload} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), [file("relative.fit")]);
    const details = await screen.findByRole("form", { name: "Details for relative.fit" });
    expect(within(details).queryByLabelText(/^Duration/)).toBeNull();
    expect(within(details).queryByLabelText(/^Distance/)).toBeNull();
    await userEvent.type(within(details).getByLabelText("Date"), "2025-06-01");
    await userEvent.type(within(details).getByLabelText("Start time"), "07:00");
    await userEvent.click(within(details).getByRole("button", { name: "Import with these details" }));
    expect(await screen.findByText("Imported")).toBeTruthy();
    expect(calls[1]).toEqual({ startedAt: "2025-06-01T05:00:00.000Z" });
  });
});

describe("cross-training form", () => {
  it("offers the sports, sends what the runner typed, and shows the server's errors per field", async () => {
    const action = vi.fn(
      async (_s: FormState, fd: FormData): Promise<FormState> => ({
        message: "Check the fields marked below.",
        fieldErrors: { duration: ["Enter how long the session lasted."] },
        values: Object.fromEntries([...fd].filter(([, v]) => typeof v === "string")) as Record<string, string>,
      }),
    );
    const blank = { sport: "", date: "2025-05-04", time: "18:00", duration: "", rpe: "", distance: "", heartRate: "", notes: "" };
    render(<CrossTrainingForm action={action} units="km" initial={blank} submitLabel="Save session" />);
    await userEvent.selectOptions(screen.getByLabelText("Sport"), "rowing");
    await userEvent.selectOptions(screen.getByLabelText(/How hard did it feel/), "5");
    await userEvent.type(screen.getByLabelText(/^Distance/), "8");
    await userEvent.click(screen.getByRole("button", { name: "Save session" }));
    expect(await screen.findByText("Enter how long the session lasted.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent)).toMatchObject({ sport: "rowing", date: "2025-05-04", time: "18:00", rpe: "5", distance: "8" });
  });
});

describe("the calendar", () => {
  it("shows a day's cross-training with its sport, linked to the session", async () => {
    const { DayEvents } = await import("@/components/calendar/day-events");
    render(
      <DayEvents
        date="2026-03-02"
        detailed
        content={{
          today: "2026-03-02",
          units: "km",
          runs: [],
          crossTraining: [{ id: RIDE_ID, date: "2026-03-02", sport: "cycling", durationSec: 5400 }],
          races: [],
          massages: [],
          conflicts: [],
        }}
      />,
    );
    const link = screen.getByRole("link", { name: "Cycling 1:30:00" });
    expect(link.getAttribute("href")).toBe(`/runs/cross-training/${RIDE_ID}`);
  });
});
