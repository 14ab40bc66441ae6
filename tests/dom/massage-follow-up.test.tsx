import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { MassageFeedbackForm } from "@/components/share/massage-feedback-form";
import { SessionNoteForm } from "@/components/share/session-note-form";
import { feedbackFormObject, massageFeedbackSchema, sessionNoteFormObject, sessionNoteSchema } from "@/lib/validation/share";
import type { FormState } from "@/lib/validation/form";

describe("did it help?", () => {
  it("asks better / same / worse per region and sends what the schema reads", async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ ok: true, message: "Thanks — your answers are saved." }));
    render(<MassageFeedbackForm action={action} regions={["calves", "it-band"]} answered={{}} title="did yesterday’s massage help?" />);
    const calves = screen.getByRole("group", { name: /Calves/ });
    await userEvent.click(calves.querySelector<HTMLInputElement>('input[value="better"]')!);
    const itBand = screen.getByRole("group", { name: /IT band/ });
    await userEvent.click(itBand.querySelector<HTMLInputElement>('input[value="worse"]')!);
    await userEvent.click(screen.getByRole("button", { name: "Save answers" }));
    expect(await screen.findByText("Thanks — your answers are saved.")).toBeTruthy();
    const sent = (action.mock.calls[0] as unknown as [FormState, FormData])[1];
    expect(massageFeedbackSchema.parse(feedbackFormObject(sent)).answers).toEqual([
      { region: "calves", answer: "better" },
      { region: "it-band", answer: "worse" },
    ]);
  }, 30_000);
});

describe("session notes", () => {
  it("starts from the session's regions and shows the schema's errors beside the fields", async () => {
    const action = vi.fn(async (_s: FormState, data: FormData): Promise<FormState> => {
      const parsed = sessionNoteSchema.safeParse(sessionNoteFormObject(data));
      return parsed.success ? { ok: true, message: "Session notes saved." } : { fieldErrors: { findings: ["Say which regions were worked on, or what was found."] } };
    });
    render(<SessionNoteForm action={action} who="therapist" initial={{ regionsWorked: ["calves"], depthWorked: "light", findings: null }} />);
    expect(screen.getByLabelText<HTMLInputElement>("Calves").checked).toBe(true);
    await userEvent.click(screen.getByLabelText("Calves"));
    await userEvent.click(screen.getByRole("button", { name: "Save session notes" }));
    expect(await screen.findByText("Say which regions were worked on, or what was found.")).toBeTruthy();
    await userEvent.type(screen.getByLabelText("Your findings"), "Left hamstring tight");
    await userEvent.click(screen.getByRole("button", { name: "Save session notes" }));
    expect(await screen.findByText("Session notes saved.")).toBeTruthy();
  }, 30_000);
});
