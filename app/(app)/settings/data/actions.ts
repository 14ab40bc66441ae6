"use server";

import { redirect } from "next/navigation";
import { endSession, requireUser } from "@/lib/auth";
import { deleteAccount } from "@/lib/data/account";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { deleteAccountSchema } from "@/lib/validation/export";

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const parsed = deleteAccountSchema.safeParse(formValues(formData, ["password"]));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error) };
  if ((await deleteAccount(runner.id, parsed.data.password)) === "wrong-password") {
    return { fieldErrors: { password: ["That is not your password. Nothing was deleted."] } };
  }
  await endSession();
  redirect("/sign-up?deleted=1");
}
