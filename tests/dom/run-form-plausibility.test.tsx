import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { RunForm, type RunFormValues } from "@/components/runs/run-form";
import type { FormState } from "@/lib/validation/form";

const blank: RunFormValues = { date: "2025-05-04", time: "07:30", distance: "", duration: "", rpe: "", kind: "", temperature: "", heartRate: "", notes: "" };

describe("run form: did you mean…?", () => {
  it("shows the server's question and sends the runner's confirmation with the next save", async () => {
    let calls = 0;
    const action = vi.fn(async (_s: FormState, fd: FormData): Promise<FormState> => {
      calls++;
      const values = Object.fromEntries([...fd].filter(([, v]) => typeof v === "string")) as Record<string, string>;
      return calls === 1
        ? { message: "Not saved yet: check the pace below.", confirm: "10.00 km in 25:00 is a pace of 2:30/km, faster than 3:00/km (elite racing pace). Did you mean a longer time or a shorter distance?", values }
        : { ok: true, message: "Saved.", values };
    });
    render(<RunForm action={action} units="km" initial={blank} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    await userEvent.type(screen.getByLabelText("Distance (km)"), "10");
    await userEvent.type(screen.getByLabelText("Duration"), "25:00");
    await userEvent.click(screen.getByRole("button", { name: "Save run" }));
    expect((await screen.findByRole("alert")).textContent).toMatch(/Did you mean/);
    const confirm = screen.getByLabelText(/Yes, that is right/);
    expect((confirm as HTMLInputElement).checked).toBe(false);
    const first = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(first.get("confirmed")).toBeNull();
    await userEvent.click(confirm);
    await userEvent.click(screen.getByRole("button", { name: "Save run" }));
    expect(await screen.findByText("Saved.")).toBeTruthy();
    const second = (action.mock.calls[1] as unknown as [FormState, FormData])[1];
    expect(second.get("confirmed")).toBe("yes");
  });
});

describe("run form: notes", () => {
  it("counts the characters and says how many too many, never cutting what was typed", async () => {
    render(<RunForm action={vi.fn()} units="km" initial={{ ...blank, notes: "x".repeat(1998) }} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    const notes = screen.getByLabelText("Notes") as HTMLTextAreaElement;
    expect(notes.getAttribute("maxlength")).toBeNull();
    expect(screen.getByTestId("notes-counter").textContent).toBe("1,998 of 2,000 characters");
    // Pasting is where a maxLength would cut silently.
    await userEvent.click(notes);
    await userEvent.paste("abcde");
    expect(notes.value).toHaveLength(2003);
    expect(screen.getByTestId("notes-counter").textContent).toMatch(/2,003 of 2,000 characters: 3 too many/);
  });
});
