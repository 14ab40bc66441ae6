"use server";

import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { publicOrigin } from "@/lib/data/calendar-feed";
import { createShare, revokeShare, sharePath } from "@/lib/data/shares";
import { idParamSchema } from "@/lib/validation/api-token";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { fieldErrorsOf, formValues } from "@/lib/validation/form";
import { SHARE_FORM_FIELDS, shareCreateSchema, shareFormObject } from "@/lib/validation/share";
import type { CreateShareState } from "@/components/settings/share-create-form";

async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? "http";
  return publicOrigin(`${proto}://${host}`);
}

export async function createShareAction(_prev: CreateShareState, formData: FormData): Promise<CreateShareState> {
  const runner = await requireUser();
  const values = formValues(formData, SHARE_FORM_FIELDS);
  const parsed = shareCreateSchema.safeParse(shareFormObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values, message: "Check the fields marked below." };
  try {
    const share = await createShare(runner.id, parsed.data);
    revalidatePath("/settings/therapist");
    return { ok: true, message: "Link created.", url: `${await requestOrigin()}${sharePath(share.token)}`, label: share.label };
  } catch (error) {
    if (error instanceof DomainValidationError) return { fieldErrors: { [error.field]: [error.message] }, values };
    throw error;
  }
}

export async function revokeShareAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = idParamSchema.safeParse(formData.get("id"));
  if (id.success) await revokeShare(runner.id, id.data);
  revalidatePath("/settings/therapist");
}
