"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { createRunOnce, deleteRun, restoreRun, RunConflictError, RunNotFoundError, updateRun } from "@/lib/data/runs";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { formNonceSchema, RUN_FORM_FIELDS, runFormSchema, type RunCreateInput } from "@/lib/validation/run";
import { runPlausibility, warningMessages } from "@/lib/validation/run-plausibility";

const FORM_FIELD: Record<string, string> = { distanceM: "distance", durationSec: "duration" };

/** A rule of lib/data (a day still to come, a start later than now, say) shown next to the form's field. */
function refusedByRule(error: DomainValidationError, values: Record<string, string>): FormState {
  const field =
    error.field === "startedAt" ? (/still to come/.test(error.message) ? "date" : "time") : (FORM_FIELD[error.field] ?? error.field);
  return { message: "Check the fields marked below.", fieldErrors: { [field]: [error.message] }, values };
}

/** A pace past the soft limits is saved only once the runner confirms it ("did you mean…?"). */
function unconfirmedPace(run: RunCreateInput, formData: FormData, values: Record<string, string>): FormState | null {
  const warnings = warningMessages(runPlausibility(run));
  if (warnings.length === 0 || formData.get("confirmed") === "yes") return null;
  return { message: "Not saved yet: check the pace below.", confirm: warnings.join(" "), values };
}

/** Quick entry: the form's nonce makes a double submit store one run. */
export async function createRunAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, RUN_FORM_FIELDS);
  const nonce = formNonceSchema.safeParse(formData.get("nonce"));
  if (!nonce.success) return { message: "This form is out of date. Reload the page and try again.", values };
  const parsed = runFormSchema(runner.units, runner.timeZone).safeParse(values);
  if (!parsed.success) return { message: "Check the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const unconfirmed = unconfirmedPace(parsed.data, formData, values);
  if (unconfirmed) return unconfirmed;
  let run;
  try {
    run = await createRunOnce(runner, parsed.data, nonce.data);
  } catch (error) {
    if (error instanceof DomainValidationError) return refusedByRule(error, values);
    throw error;
  }
  if (!run) return { message: "This form already saved a run, which was deleted since. Reload the page to log another.", values };
  revalidatePath("/", "layout");
  redirect(`/runs?saved=${run.id}`);
}

export async function updateRunAction(id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, RUN_FORM_FIELDS);
  const version = Number(formData.get("version"));
  if (!Number.isInteger(version) || version < 1) return { message: "This form is out of date. Reload the page and try again.", values };
  const parsed = runFormSchema(runner.units, runner.timeZone).safeParse(values);
  if (!parsed.success) return { message: "Check the fields marked below.", fieldErrors: fieldErrorsOf(parsed.error), values };
  const input = parsed.data;
  const unconfirmed = unconfirmedPace(input, formData, values);
  if (unconfirmed) return unconfirmed;
  try {
    // The form holds every field: an emptied optional field clears it.
    await updateRun(runner, id, {
      version,
      startedAt: input.startedAt,
      distanceM: input.distanceM,
      durationSec: input.durationSec,
      rpe: input.rpe ?? null,
      kind: input.kind ?? null,
      temperatureC: input.temperatureC ?? null,
      avgHeartRate: input.avgHeartRate ?? null,
      notes: input.notes ?? null,
    });
  } catch (error) {
    if (error instanceof DomainValidationError) return refusedByRule(error, values);
    if (error instanceof RunNotFoundError) return { message: "This run no longer exists (it may have been deleted elsewhere).", values };
    if (error instanceof RunConflictError) return { message: `${error.message} Your changes are still in the form below.`, values };
    throw error;
  }
  revalidatePath("/", "layout");
  redirect(`/runs?updated=${id}`);
}

export async function deleteRunAction(id: string): Promise<void> {
  const runner = await requireUser();
  try {
    await deleteRun(runner.id, id);
  } catch (error) {
    if (!(error instanceof RunNotFoundError)) throw error;
    redirect("/runs?gone=1");
  }
  revalidatePath("/", "layout");
  redirect(`/runs?deleted=${id}`);
}

export async function undoDeleteAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = String(formData.get("runId") ?? "");
  let restored = null;
  try {
    restored = await restoreRun(runner.id, id);
  } catch (error) {
    if (!(error instanceof RunConflictError)) throw error;
  }
  revalidatePath("/", "layout");
  redirect(restored ? `/runs?restored=${restored.id}` : "/runs?undo=expired");
}
