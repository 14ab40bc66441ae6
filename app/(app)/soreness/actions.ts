"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { deleteSoreness, logManySoreness, sorenessOn, SorenessDateError, updateSoreness } from "@/lib/data/soreness";
import { saveWellness } from "@/lib/data/wellness";
import { isRunnerGone, isWriteConflict } from "@/lib/data/write-errors";
import { RED_FLAG_PAIN_ABOVE } from "@/lib/rules/thresholds";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { idSchema, sorenessFormSchema, sorenessFormValues, sorenessUpdateSchema, wellnessSchema } from "@/lib/validation/soreness";

const spotCount = (n: number) => `${n} spot${n === 1 ? "" : "s"}`;

/** The body map / list form: the day's spots, one Save. Spots cleared on the form are removed. */
export async function logSorenessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = sorenessFormSchema.safeParse(sorenessFormValues(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const { date, spots } = parsed.data;
  try {
    if (spots.length === 0 && (await sorenessOn(runner.id, date)).length === 0) {
      return { fieldErrors: { spots: ["Choose at least one sore area and how sore it is, then save."] } };
    }
    const { saved, removed } = await logManySoreness(runner, date, spots, { replaceDay: true });
    revalidatePath("/soreness");
    revalidatePath("/");
    const parts = [saved.length ? `Saved ${spotCount(saved.length)}` : null, removed ? `removed ${spotCount(removed)}` : null].filter(Boolean);
    const text = parts.join(", ");
    // A red flag is said right where it was logged, not only on the plan.
    const redFlag = saved.length > 0 && spots.some((spot) => spot.sharp || spot.level > RED_FLAG_PAIN_ABOVE);
    const message = `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
    if (!redFlag) return { ok: true, message };
    return {
      ok: true,
      message,
      warning: `Sharp pain, or pain above ${RED_FLAG_PAIN_ABOVE}/10, is a red flag: see a physiotherapist or doctor before you run on it. Until then, no deep massage and no stretching there.`,
    };
  } catch (error) {
    if (error instanceof SorenessDateError) return { fieldErrors: error.fields };
    // The account was deleted while this save was on its way: as for any signed-out visitor.
    if (isRunnerGone(error)) redirect("/sign-in");
    if (isWriteConflict(error)) return { message: "Another save of this day happened at the same moment; nothing of this one was saved. Save again." };
    throw error;
  }
}

/** Changes one logged entry's level and sharpness (today's list). */
export async function updateSorenessAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const parsed = sorenessUpdateSchema.safeParse({ ...formValues(formData, ["id", "level"]), sharp: formData.get("sharp") ?? false });
  if (!parsed.success) return;
  await updateSoreness(runner.id, parsed.data.id, { level: parsed.data.level, sharp: parsed.data.sharp });
  revalidatePath("/soreness");
  revalidatePath("/");
}

export async function deleteSorenessAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  await deleteSoreness(runner.id, id.data);
  revalidatePath("/soreness");
  revalidatePath("/");
}

const WELLNESS_FIELDS = ["date", "sleep", "stress", "fatigue", "soreness"] as const;

export async function saveWellnessAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, WELLNESS_FIELDS);
  const parsed = wellnessSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await saveWellness(runner, parsed.data);
  } catch (error) {
    if (error instanceof SorenessDateError) return { fieldErrors: error.fields, values };
    throw error;
  }
  revalidatePath("/soreness");
  return { ok: true, message: "Wellness saved.", values };
}
