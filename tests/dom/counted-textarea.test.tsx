import { fireEvent, render, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { RunForm, type RunFormValues } from "@/components/runs/run-form";

const blank: RunFormValues = { date: "2025-05-04", time: "07:30", distance: "", duration: "", rpe: "", kind: "", temperature: "", heartRate: "", notes: "" };

describe("a long note shows how much room is left", () => {
  it("counts the note's characters against the 2,000 allowed, and says so near the limit", () => {
    render(<RunForm action={vi.fn()} units="km" initial={blank} nonce="n" submitLabel="Save run" pendingLabel="Saving…" />);
    const notes = screen.getByLabelText<HTMLTextAreaElement>("Notes");
    // Never cut: no maxLength, the count says when a note is too long.
    expect(notes.getAttribute("maxlength")).toBeNull();
    expect(screen.getByText("0 of 2,000 characters")).toBeTruthy();
    fireEvent.change(notes, { target: { value: "Hills, 서울 🏃" } });
    expect(screen.getByText("12 of 2,000 characters")).toBeTruthy();
    fireEvent.change(notes, { target: { value: "x".repeat(1850) } });
    const count = screen.getByText("1,850 of 2,000 characters");
    expect(count.getAttribute("aria-live")).toBe("polite");
    expect(notes.getAttribute("aria-describedby")).toContain(count.id);
  });
});
