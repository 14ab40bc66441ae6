"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { createApiToken, revokeApiToken } from "@/lib/data/api-tokens";
import { createTokenSchema, idParamSchema } from "@/lib/validation/api-token";
import { fieldErrorsOf, formValues } from "@/lib/validation/form";
import type { CreateTokenState } from "@/components/settings/api-tokens-create";

export async function createTokenAction(_prev: CreateTokenState, formData: FormData): Promise<CreateTokenState> {
  const runner = await requireUser();
  const values = formValues(formData, ["name"]);
  const parsed = createTokenSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  const created = await createApiToken(runner.id, parsed.data.name);
  revalidatePath("/settings/tokens");
  return { ok: true, message: `Token “${created.name}” created.`, token: created.token, tokenName: created.name };
}

export async function revokeTokenAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = idParamSchema.safeParse(formData.get("id"));
  // Someone else's id, or one already revoked: nothing to do, and nothing to tell apart.
  if (id.success) await revokeApiToken(runner.id, id.data);
  revalidatePath("/settings/tokens");
}
