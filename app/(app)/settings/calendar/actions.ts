"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { rotateFeedToken } from "@/lib/data/calendar-feed";
import type { FormState } from "@/lib/validation/form";

/** A new private URL; the old one answers 404 from this moment. */
export async function rotateFeedAction(): Promise<FormState> {
  const runner = await requireUser();
  await rotateFeedToken(runner.id);
  revalidatePath("/settings/calendar");
  return { ok: true, message: "New URL made. The old one no longer works: update it in your calendar apps." };
}
