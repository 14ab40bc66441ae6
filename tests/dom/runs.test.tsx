import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RunForm, type RunFormValues } from "@/components/runs/run-form";
import { RunImport, type ImportResultView, type Uploader } from "@/components/runs/run-import";
import type { FormState } from "@/lib/validation/form";

const blank: RunFormValues = { date: "2025-05-04", time: "07:30", distance: "", duration: "", rpe: "", kind: "", temperature: "", heartRate: "", notes: "" };

describe("quick-entry run form", () => {
  it("shows the pace as the runner types, in their units", async () => {
    render(<RunForm action={vi.fn()} units="km" initial={blank} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    expect(screen.queryByTestId("live-pace")).toBeNull();
    await userEvent.type(screen.getByLabelText("Distance (km)"), "10");
    await userEvent.type(screen.getByLabelText("Duration"), "50:00");
    expect(screen.getByTestId("live-pace").textContent).toBe("5:00 /km");
    await userEvent.clear(screen.getByLabelText("Duration"));
    await userEvent.type(screen.getByLabelText("Duration"), "45");
    expect(screen.getByTestId("live-pace").textContent).toBe("4:30 /km");
  });

  it("shows pace per mile for a runner in miles", async () => {
    render(<RunForm action={vi.fn()} units="mi" initial={blank} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    await userEvent.type(screen.getByLabelText("Distance (miles)"), "5");
    await userEvent.type(screen.getByLabelText("Duration"), "40:00");
    expect(screen.getByTestId("live-pace").textContent).toBe("8:00 /mi");
  });

  it("offers RPE 0–10 with the CR-10 words beside the numbers", () => {
    render(<RunForm action={vi.fn()} units="km" initial={blank} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    const group = screen.getByRole("group", { name: /How hard did it feel/ });
    expect(within(group).getAllByRole("radio")).toHaveLength(11);
    expect(within(group).getByLabelText(/^0\s*rest$/)).toBeTruthy();
    expect(within(group).getByLabelText(/^4\s*somewhat hard$/)).toBeTruthy();
    expect(within(group).getByLabelText(/^10\s*maximal$/)).toBeTruthy();
  });

  it("sends the fields with the nonce, and shows each field's error from the server", async () => {
    const action = vi.fn(
      async (_s: FormState, fd: FormData): Promise<FormState> => ({
        message: "Check the fields marked below.",
        fieldErrors: { distance: ["Distance must be more than 0."], duration: ["Enter how long you ran."] },
        values: Object.fromEntries([...fd].filter(([, v]) => typeof v === "string")) as Record<string, string>,
      }),
    );
    render(<RunForm action={action} units="km" initial={blank} nonce="nonce-1" submitLabel="Save run" pendingLabel="Saving…" />);
    await userEvent.type(screen.getByLabelText("Distance (km)"), "0");
    await userEvent.click(screen.getByLabelText(/^7\s*very hard$/));
    await userEvent.selectOptions(screen.getByLabelText("Kind of run"), "tempo");
    await userEvent.click(screen.getByRole("button", { name: "Save run" }));
    expect(await screen.findByText("Distance must be more than 0.")).toBeTruthy();
    expect(screen.getByText("Enter how long you ran.")).toBeTruthy();
    expect(screen.getByLabelText("Distance (km)").getAttribute("aria-invalid")).toBe("true");
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(Object.fromEntries(sent)).toMatchObject({ nonce: "nonce-1", date: "2025-05-04", time: "07:30", distance: "0", rpe: "7", kind: "tempo" });
    // What the runner typed stays in the form.
    await waitFor(() => expect((screen.getByLabelText("Distance (km)") as HTMLInputElement).value).toBe("0"));
  });
});

describe("import list", () => {
  const file = (name: string, content = "<gpx/>") => new File([content], name);

  it("shows a result per file: imported, already imported, rejected with the reason", async () => {
    const answers: Record<string, ImportResultView> = {
      "a.fit": { fileName: "a.fit", status: "imported", runId: "11111111-1111-4111-8111-111111111111" },
      "b.gpx": { fileName: "b.gpx", status: "already-imported", runId: "22222222-2222-4222-8222-222222222222", message: "You imported this file before." },
      "c.tcx": { fileName: "c.tcx", status: "rejected", code: "corrupt", message: "This TCX file is damaged or not well-formed XML, so it cannot be read." },
    };
    const upload: Uploader = async (f, _fields, onProgress) => {
      onProgress(0.5);
      onProgress(1);
      return answers[f.name]!;
    };
    render(<RunImport units="km" timeZone="UTC" upload={upload} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), [file("a.fit"), file("b.gpx"), file("c.tcx")]);
    const items = await screen.findAllByTestId("import-item");
    expect(items).toHaveLength(3);
    await waitFor(() => expect(screen.getByText("Imported")).toBeTruthy());
    expect(await screen.findByText("Already imported")).toBeTruthy();
    expect(await screen.findByText("Not imported")).toBeTruthy();
    expect(screen.getByText(/not well-formed XML/)).toBeTruthy();
    expect(screen.getByText("1 imported · 1 already imported · 1 not imported")).toBeTruthy();
  });

  it("asks for date and duration of a file without times and sends them with it", async () => {
    const calls: Record<string, string>[] = [];
    const upload: Uploader = async (f, fields) => {
      calls.push(fields);
      return calls.length === 1
        ? { fileName: f.name, status: "needs-details", missing: ["startedAt", "durationSec"], message: "This file does not say the date and start time or the duration." }
        : { fileName: f.name, status: "imported", runId: "33333333-3333-4333-8333-333333333333" };
    };
    render(<RunImport units="km" timeZone="Europe/Berlin" upload={upload} />);
    await userEvent.upload(screen.getByLabelText("Choose files"), [file("route.gpx")]);
    expect(await screen.findByText("Needs details")).toBeTruthy();
    const details = screen.getByRole("form", { name: "Details for route.gpx" });
    await userEvent.click(within(details).getByRole("button", { name: "Import with these details" }));
    expect(await within(details).findByText("Enter the date of the run.")).toBeTruthy();
    expect(calls).toHaveLength(1);

    await userEvent.type(within(details).getByLabelText("Date"), "2025-06-01");
    await userEvent.type(within(details).getByLabelText("Start time"), "07:00");
    await userEvent.type(within(details).getByLabelText(/^Duration/), "35:00");
    await userEvent.click(within(details).getByRole("button", { name: "Import with these details" }));
    expect(await screen.findByText("Imported")).toBeTruthy();
    expect(calls[1]).toEqual({ startedAt: "2025-06-01T05:00:00.000Z", durationSec: "2100" });
  });

  it("refuses a file over 25 MiB without uploading it", async () => {
    const upload = vi.fn<Uploader>();
    render(<RunImport units="km" timeZone="UTC" upload={upload} />);
    const big = file("huge.fit");
    Object.defineProperty(big, "size", { value: 26 * 1024 * 1024 });
    await userEvent.upload(screen.getByLabelText("Choose files"), [big]);
    expect(await screen.findByText(/larger than 25 MiB/)).toBeTruthy();
    expect(upload).not.toHaveBeenCalled();
  });
});
