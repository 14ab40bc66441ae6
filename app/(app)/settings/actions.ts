"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { endSession, requireUser, startSession } from "@/lib/auth";
import { bumpSessionVersion, changePasswordHash, passwordHashOf, updateLoadExcludedSports, updateSettings } from "@/lib/data/users";
import { loadExclusionsSchema } from "@/lib/validation/cross-training";
import { verifyPassword } from "@/lib/password";
import { changePasswordSchema } from "@/lib/validation/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { settingsSchema } from "@/lib/validation/settings";

const SETTINGS_FIELDS = ["units", "timeZone", "bodyMassKg", "maxHeartRate", "name"] as const;

export async function updateSettingsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, SETTINGS_FIELDS);
  const parsed = settingsSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  await updateSettings(runner.id, parsed.data);
  revalidatePath("/", "layout");
  if (formData.get("then") === "first-run") redirect("/runs/new");
  return { ok: true, message: "Saved.", values };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = changePasswordSchema.safeParse(formValues(formData, ["currentPassword", "newPassword"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const hash = await passwordHashOf(runner.id);
  if (!hash || !(await verifyPassword(hash, parsed.data.currentPassword))) {
    return { fieldErrors: { currentPassword: ["That is not your current password."] } };
  }
  // A new password ends every other session; this browser gets a fresh cookie.
  const sessionVersion = await changePasswordHash(runner.id, parsed.data.newPassword);
  await startSession(runner.id, sessionVersion);
  return { ok: true, message: "Password changed. You were signed out on every other device." };
}

export async function signOutEverywhereAction(): Promise<void> {
  const runner = await requireUser();
  await bumpSessionVersion(runner.id);
  await endSession();
  redirect("/sign-in");
}

/** Which cross-training sports count in the runner's load: the checked ones are left out. */
export async function updateLoadExclusionsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const sports = formData.getAll("excluded").filter((v): v is string => typeof v === "string");
  const parsed = loadExclusionsSchema.safeParse({ sports });
  if (!parsed.success) return { fieldErrors: { excluded: ["Choose sports from the list."] } };
  const saved = await updateLoadExcludedSports(runner.id, parsed.data.sports);
  revalidatePath("/", "layout");
  return { ok: true, message: saved.length ? "Saved. Left out of your load from now on, and in the plan at once." : "Saved. Every sport counts in your load." };
}
