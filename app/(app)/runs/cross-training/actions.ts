"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import {
  createCrossTraining,
  CrossTrainingConflictError,
  CrossTrainingNotFoundError,
  deleteCrossTraining,
  updateCrossTraining,
} from "@/lib/data/cross-training";
import { rateSession, RunNotFoundError } from "@/lib/data/runs";
import { CROSS_TRAINING_FORM_FIELDS, crossTrainingFormSchema } from "@/lib/validation/cross-training";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";

function refusedByRule(error: DomainValidationError, values: Record<string, string>): FormState {
  const field = error.field === "startedAt" ? (/still to come/.test(error.message) ? "date" : "time") : error.field === "durationSec" ? "duration" : error.field;
  return { message: "Check the fields marked below.", fieldErrors: { [field]: [error.message] }, values };
}

export async function createCrossTrainingAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, CROSS_TRAINING_FORM_FIELDS);
  const parsed = crossTrainingFormSchema(runner.units, runner.timeZone).safeParse(values);
  if (!parsed.success) return { message: "Check the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await createCrossTraining(runner, parsed.data);
  } catch (error) {
    if (error instanceof DomainValidationError) return refusedByRule(error, values);
    throw error;
  }
  revalidatePath("/", "layout");
  redirect("/runs?crossTraining=saved");
}

export async function updateCrossTrainingAction(id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, CROSS_TRAINING_FORM_FIELDS);
  const version = Number(formData.get("version"));
  if (!Number.isInteger(version) || version < 1) return { message: "This form is out of date. Reload the page and try again.", values };
  const parsed = crossTrainingFormSchema(runner.units, runner.timeZone).safeParse(values);
  if (!parsed.success) return { message: "Check the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;
  try {
    // The form holds every field it shows: an emptied optional field clears it.
    await updateCrossTraining(runner, id, {
      version,
      sport: input.sport,
      startedAt: input.startedAt,
      durationSec: input.durationSec,
      rpe: input.rpe ?? null,
      distanceM: input.distanceM ?? null,
      avgHeartRate: input.avgHeartRate ?? null,
      notes: input.notes ?? null,
    });
  } catch (error) {
    if (error instanceof DomainValidationError) return refusedByRule(error, values);
    if (error instanceof CrossTrainingNotFoundError) return { message: "This session no longer exists (it may have been deleted elsewhere).", values };
    if (error instanceof CrossTrainingConflictError) return { message: `${error.message} Your changes are still in the form below.`, values };
    throw error;
  }
  revalidatePath("/", "layout");
  redirect("/runs?crossTraining=updated");
}

export async function deleteCrossTrainingAction(id: string): Promise<void> {
  const runner = await requireUser();
  try {
    await deleteCrossTraining(runner.id, id);
  } catch (error) {
    if (!(error instanceof CrossTrainingNotFoundError)) throw error;
  }
  revalidatePath("/", "layout");
  redirect("/runs?crossTraining=deleted");
}

/** The import page's one tap: the effort of one imported run or session. */
export async function rateSessionAction(kind: "run" | "cross-training", id: string, rpe: number): Promise<{ ok: boolean; message: string }> {
  const runner = await requireUser();
  if (!Number.isInteger(rpe) || rpe < 0 || rpe > 10) return { ok: false, message: "Effort (RPE) must be a whole number from 0 to 10." };
  if (kind !== "run" && kind !== "cross-training") return { ok: false, message: "That session was not found." };
  try {
    await rateSession(runner.id, kind, id, rpe);
  } catch (error) {
    if (error instanceof RunNotFoundError) return { ok: false, message: "That session was not found (it may have been deleted)." };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true, message: `Effort ${rpe} saved.` };
}
