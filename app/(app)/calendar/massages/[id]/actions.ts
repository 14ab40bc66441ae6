"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { saveFeedback, saveSessionNote } from "@/lib/data/session-notes";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form";
import { feedbackFormObject, massageFeedbackSchema, sessionNoteFormObject, sessionNoteSchema } from "@/lib/validation/share";

const NOT_FOUND = "That massage day was not found. Nothing was saved.";

/** The runner's notes for a done session (bound to its id). */
export async function saveSessionNoteAction(massageId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = sessionNoteSchema.safeParse(sessionNoteFormObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the notes: nothing was saved." };
  try {
    const note = await saveSessionNote(runner.id, String(massageId), parsed.data);
    if (!note) return { message: NOT_FOUND };
  } catch (error) {
    if (error instanceof DomainValidationError) return { message: error.message };
    throw error;
  }
  revalidatePath(`/calendar/massages/${massageId}`);
  return { ok: true, message: "Session notes saved." };
}

/** "Did it help?" per region, the morning after (bound to the session's id). */
export async function saveFeedbackAction(massageId: string, _state: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = massageFeedbackSchema.safeParse(feedbackFormObject(formData));
  if (!parsed.success) return { fieldErrors: { answers: Object.values(fieldErrorsOf(parsed.error)).flat() }, message: "Answer for at least one region." };
  try {
    const answers = await saveFeedback(runner.id, String(massageId), parsed.data, todayFor(runner));
    if (!answers) return { message: NOT_FOUND };
  } catch (error) {
    if (error instanceof DomainValidationError) return { message: error.message };
    throw error;
  }
  revalidatePath("/");
  revalidatePath(`/calendar/massages/${massageId}`);
  return { ok: true, message: "Thanks — your answers are saved and will count in your plan." };
}
