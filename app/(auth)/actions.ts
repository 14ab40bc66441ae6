"use server";

import { redirect } from "next/navigation";
import { checkCredentials, clientIp, endSession, startSession } from "@/lib/auth";
import { reserveAttempt, signUpKeys, throttledMessage } from "@/lib/data/password-attempts";
import { createRunner, EmailTakenError } from "@/lib/data/users";
import { signInSchema, signUpSchema } from "@/lib/validation/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { ownOriginForRedirects, safeRedirectTarget } from "@/lib/validation/redirect";
import { isTimeZone } from "@/lib/validation/settings";

/**
 * Sign-up answers the same whether or not the email already has an account: both go to sign in
 * with a note (SIGN_UP_ANSWER). A new runner signs in once; nobody learns which emails are taken.
 */
export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "name"]);
  const parsed = signUpSchema.safeParse(formValues(formData, ["email", "password", "name"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const reservation = await reserveAttempt(signUpKeys(await clientIp()));
  if (!reservation.ok) return { message: throttledMessage(reservation.retryAfterSeconds).replace("password attempts", "sign-ups"), values };
  const browserZone = formData.get("timeZone");
  try {
    await createRunner({
      ...parsed.data,
      timeZone: typeof browserZone === "string" && isTimeZone(browserZone) ? browserZone : "UTC",
    });
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
  }
  redirect("/sign-in?joined=1&next=%2Fwelcome");
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse(formValues(formData, ["email", "password"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await checkCredentials(parsed.data.email, parsed.data.password, await clientIp());
  if (!result.ok) return { message: result.message, values };
  await startSession(result.userId, result.sessionVersion);
  // Only our own paths: an open redirect would let a link send a runner anywhere after sign-in.
  redirect(safeRedirectTarget(formData.get("next"), ownOriginForRedirects()));
}

/** This cookie is revoked on the server, then deleted in the browser. */
export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in");
}
