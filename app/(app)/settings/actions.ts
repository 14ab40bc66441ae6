"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { checkOwnPassword, clientIp, requireUser, startSession } from "@/lib/auth";
import { feedUrl } from "@/lib/data/calendar-feed";
import { revokeEverything } from "@/lib/data/sessions";
import { updateLoadExcludedSports, updateSettings } from "@/lib/data/users";
import { loadExclusionsSchema } from "@/lib/validation/cross-training";
import { changePasswordSchema } from "@/lib/validation/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import type { RevocationState } from "@/lib/validation/revocation";
import { settingsSchema } from "@/lib/validation/settings";

const SETTINGS_FIELDS = [
  "units",
  "timeZone",
  "bodyMassKg",
  "maxHeartRate",
  "name",
  "fluidUnits",
  "temperatureUnits",
  "massageEveryWeeks",
  "massageWeekday",
] as const;

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

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return `${proto}://${host}`;
}

const tokensWord = (names: string[]) =>
  names.length === 0 ? "You had no personal API tokens." : `${names.length === 1 ? "This personal API token was" : `These ${names.length} personal API tokens were`} revoked: ${names.join(", ")}.`;

/**
 * A new password ends every session (this browser gets a fresh cookie), revokes every personal
 * API token and gives the calendar feed a new address — whoever knew the old password may have them.
 */
export async function changePasswordAction(_prev: RevocationState, formData: FormData): Promise<RevocationState> {
  const runner = await requireUser();
  const parsed = changePasswordSchema.safeParse(formValues(formData, ["currentPassword", "newPassword"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const check = await checkOwnPassword(runner, parsed.data.currentPassword, await clientIp());
  if (!check.ok) {
    return { fieldErrors: { currentPassword: [check.reason === "throttled" ? check.message : "That is not your current password."] } };
  }
  const revoked = await revokeEverything(runner.id, { newPassword: parsed.data.newPassword });
  await startSession(runner.id, revoked.sessionVersion);
  const newFeedUrl = revoked.newFeedToken ? feedUrl(revoked.newFeedToken, await requestOrigin()) : undefined;
  revalidatePath("/settings", "layout");
  return {
    ok: true,
    message: `Password changed. Every other session was signed out. ${tokensWord(revoked.revokedTokens)}${newFeedUrl ? " Your calendar feed has a new address (the old one no longer works): update it in your calendar apps." : ""}`,
    revokedTokens: revoked.revokedTokens,
    ...(newFeedUrl ? { newFeedUrl } : {}),
  };
}

/**
 * Every session of this runner ends and every personal API token is revoked, at once. This
 * browser gets a fresh session so the page can list what was revoked and offer to rotate the feed.
 */
export async function signOutEverywhereAction(): Promise<RevocationState> {
  const runner = await requireUser();
  const revoked = await revokeEverything(runner.id);
  await startSession(runner.id, revoked.sessionVersion);
  revalidatePath("/settings", "layout");
  return {
    ok: true,
    message: `Signed out on every other device and browser. ${tokensWord(revoked.revokedTokens)}`,
    revokedTokens: revoked.revokedTokens,
    offerFeedRotation: revoked.hadFeed,
  };
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
