"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fullDateLabel } from "@/lib/calendar/grid";
import { createMassage, MassageTransitionError, StaleMassageError, updateMassage } from "@/lib/data/massages";
import { createRace, deleteRace, updateRace } from "@/lib/data/races";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { massageCreateSchema, massageFormObject, massagePatchSchema } from "@/lib/validation/massage";
import { RACE_FORM_FIELDS, raceFormSchema } from "@/lib/validation/race";
import { ownOriginForRedirects, safeRedirectTarget } from "@/lib/validation/redirect";

function refresh() {
  revalidatePath("/calendar", "layout");
  revalidatePath("/");
}

/** What the calendar page says after a change that leaves no card to say it on (?done=…). */
export type CalendarFlash = "dismissed" | "race-saved";
const withFlash = (path: string, flash: CalendarFlash) => `${path}${path.includes("?") ? "&" : "?"}done=${flash}`;

/** Only same-site paths under /calendar to go back to after a change (the one redirect check, then the prefix). */
function backTo(formData: FormData, fallback = "/calendar"): string {
  const target = safeRedirectTarget(formData.get("back"), ownOriginForRedirects(), fallback);
  return /^\/calendar(?:[/?#]|$)/.test(target) ? target : fallback;
}

async function changeMassage(id: string, patch: unknown): Promise<FormState> {
  const runner = await requireUser();
  const parsed = massagePatchSchema.safeParse(patch);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the highlighted field." };
  try {
    const updated = await updateMassage(runner, id, parsed.data);
    if (!updated) return { message: "That massage day was not found. It may have been removed; reload the calendar." };
  } catch (error) {
    if (error instanceof MassageTransitionError || error instanceof StaleMassageError) return { message: error.message };
    if (error instanceof DomainValidationError) return { fieldErrors: { [error.field]: [error.message] }, message: error.message };
    throw error;
  }
  refresh();
  return { ok: true, message: "Saved." };
}

const INTENT_STATUS = { accept: "accepted", dismiss: "dismissed", done: "done" } as const;

/**
 * The one-click buttons and the move form on a massage day: accept, dismiss, mark done, or move
 * to another date (a proposal that is moved is accepted; a booked one stays booked).
 */
export async function massageIntentAction(_prev: FormState, formData: FormData): Promise<FormState> {
  await requireUser(); // before reading anything, even an unknown intent
  const id = String(formData.get("id") ?? "");
  const intent = String(formData.get("intent") ?? "");
  const current = String(formData.get("status") ?? "");
  const version = Number(formData.get("version"));
  const versioned = Number.isInteger(version) && version > 0 ? { version } : {};
  if (intent in INTENT_STATUS) {
    const result = await changeMassage(id, { status: INTENT_STATUS[intent as keyof typeof INTENT_STATUS], ...versioned });
    // A dismissed day leaves the calendar, and its card with it: the page says what happened.
    if (result.ok && intent === "dismiss") redirect(withFlash(backTo(formData), "dismissed"));
    return result.ok ? { ok: true, message: intent === "accept" ? "Accepted." : intent === "dismiss" ? "Dismissed." : "Marked done." } : result;
  }
  if (intent === "move") {
    const date = String(formData.get("date") ?? "").trim();
    if (!date) return { fieldErrors: { date: ["Choose the day to move it to."] }, message: "Choose the day to move it to." };
    const status = current === "booked" ? "booked" : "accepted";
    const result = await changeMassage(id, { status, date, ...versioned });
    return result.ok ? { ok: true, message: `Moved to ${fullDateLabel(date)}.` } : result;
  }
  return { message: "Choose what to do with this massage day." };
}

const BOOKING_FIELDS = ["therapist", "time", "place", "notes", "depth"] as const;

/** Book a proposed or accepted day with a therapist (time, place, notes), or edit a booking. */
export async function bookMassageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const id = String(formData.get("id") ?? "");
  const values = formValues(formData, [...BOOKING_FIELDS, "date"]);
  const raw = massageFormObject(formData, BOOKING_FIELDS);
  const patch: Record<string, unknown> = { ...raw, status: String(formData.get("status") ?? "booked") };
  for (const name of ["therapist", "time", "place", "notes"] as const) if (!(name in patch)) patch[name] = null;
  if (values.date) patch.date = values.date;
  const result = await changeMassage(id, patch);
  if (!result.ok) return { ...result, values };
  redirect(backTo(formData));
}

/** Book (or log) a session directly, without a proposal. */
export async function createMassageAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const raw = massageFormObject(formData);
  const values = formValues(formData, ["date", "depth", "status", "therapist", "time", "place", "notes"]);
  const parsed = massageCreateSchema.safeParse(raw);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values, message: "Check the highlighted fields." };
  const created = await createMassage(runner, parsed.data);
  refresh();
  redirect(`/calendar?view=week&date=${created.date}`);
}

export async function createRaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, RACE_FORM_FIELDS);
  const parsed = raceFormSchema(runner.units).safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values, message: "Check the highlighted fields." };
  const race = await createRace(runner.id, parsed.data);
  refresh();
  redirect(withFlash(`/calendar?date=${race.date}`, "race-saved"));
}

export async function updateRaceAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const id = String(formData.get("id") ?? "");
  const values = formValues(formData, RACE_FORM_FIELDS);
  const parsed = raceFormSchema(runner.units).safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values, message: "Check the highlighted fields." };
  const race = await updateRace(runner.id, id, parsed.data);
  if (!race) return { message: "That race was not found. It may have been deleted.", values };
  refresh();
  redirect(withFlash(`/calendar?date=${race.date}`, "race-saved"));
}

export async function deleteRaceAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  await deleteRace(runner.id, String(formData.get("id") ?? ""));
  refresh();
  redirect("/calendar/races");
}
