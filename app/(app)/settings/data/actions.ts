"use server";

import { redirect } from "next/navigation";
import { checkOwnPassword, clientIp, endSession, requireUser } from "@/lib/auth";
import { deleteAccount } from "@/lib/data/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { deleteAccountSchema } from "@/lib/validation/export";

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = deleteAccountSchema.safeParse(formValues(formData, ["password"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  const check = await checkOwnPassword(runner, parsed.data.password, await clientIp());
  if (!check.ok) {
    return { fieldErrors: { password: [check.reason === "throttled" ? `${check.message} Nothing was deleted.` : "That is not your password. Nothing was deleted."] } };
  }
  await deleteAccount(runner.id);
  await endSession();
  redirect("/sign-up?deleted=1");
}
