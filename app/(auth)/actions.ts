"use server";

import { redirect } from "next/navigation";
import { checkCredentials, clientIp, endSession, startSession } from "@/lib/auth";
import { createRunner, EmailTakenError } from "@/lib/data/users";
import { signInSchema, signUpSchema } from "@/lib/validation/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { isTimeZone } from "@/lib/validation/settings";

/** Only our own paths: an open redirect would let a link send a runner anywhere after sign-in. */
function safeNext(value: FormDataEntryValue | null): string {
  return typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.startsWith("/\\")
    ? value
    : "/";
}

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email", "name"]);
  const parsed = signUpSchema.safeParse(formValues(formData, ["email", "password", "name"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const browserZone = formData.get("timeZone");
  let runner;
  try {
    runner = await createRunner({
      ...parsed.data,
      timeZone: typeof browserZone === "string" && isTimeZone(browserZone) ? browserZone : "UTC",
    });
  } catch (error) {
    if (error instanceof EmailTakenError) return { fieldErrors: { email: [error.message] }, values };
    throw error;
  }
  await startSession(runner.id, runner.sessionVersion);
  redirect("/welcome");
}

export async function signInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData, ["email"]);
  const parsed = signInSchema.safeParse(formValues(formData, ["email", "password"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const result = await checkCredentials(parsed.data.email, parsed.data.password, await clientIp());
  if (!result.ok) return { message: result.message, values };
  await startSession(result.userId, result.sessionVersion);
  redirect(safeNext(formData.get("next")));
}

export async function signOutAction(): Promise<void> {
  await endSession();
  redirect("/sign-in");
}
