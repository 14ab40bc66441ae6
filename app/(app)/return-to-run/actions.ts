"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { changeProgramme, logSessionPain, ProgrammeStateError, startProgramme } from "@/lib/data/return-to-run";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { programmeActionSchema, sessionPainSchema, startProgrammeSchema } from "@/lib/validation/return-to-run";
import { idSchema } from "@/lib/validation/soreness";

const refresh = () => {
  revalidatePath("/return-to-run");
  revalidatePath("/calendar");
  revalidatePath("/");
};

export async function startProgrammeAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, ["region", "side", "usualRestPain", "usualTestPain"]);
  const parsed = startProgrammeSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await startProgramme(runner, parsed.data);
  } catch (error) {
    if (error instanceof ProgrammeStateError) return { message: error.message, values };
    throw error;
  }
  refresh();
  return { ok: true, message: "Programme started: your first session is today." };
}

/** Pain during a session (painDuring, sharp) or the next morning (restPain, testPain). */
export async function logPainAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const id = idSchema.safeParse(formData.get("sessionId"));
  if (!id.success) return { message: "That session was not found." };
  const values = formValues(formData, ["painDuring", "restPain", "testPain"]);
  const body = values.painDuring !== undefined ? { painDuring: values.painDuring, sharp: formData.get("sharp") === "on" } : { restPain: values.restPain, testPain: values.testPain };
  const parsed = sessionPainSchema.safeParse(body);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const programme = await logSessionPain(runner, id.data, parsed.data);
    if (!programme) return { message: "That session was not found." };
    refresh();
    const decided = programme.sessions.find((s) => s.id === id.data);
    return { ok: true, message: decided?.reason ?? "Saved. Log the next morning's check tomorrow." };
  } catch (error) {
    if (error instanceof ProgrammeStateError) return { message: error.message, values };
    throw error;
  }
}

export async function changeProgrammeAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = idSchema.safeParse(formData.get("id"));
  const action = programmeActionSchema.safeParse({ action: formData.get("action") });
  if (!id.success || !action.success) return;
  try {
    await changeProgramme(runner, id.data, action.data.action);
  } catch (error) {
    if (!(error instanceof ProgrammeStateError)) throw error;
  }
  refresh();
}
