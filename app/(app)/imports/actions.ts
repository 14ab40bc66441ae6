"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { cancelImportJob, setRpeOfImportedRuns } from "@/lib/data/imports";
import { importRpeSchema } from "@/lib/validation/imports";

/** Cancel from the import's page (works without JavaScript too). */
export async function cancelImportAction(id: string): Promise<void> {
  const runner = await requireUser();
  await cancelImportJob(runner.id, id);
  revalidatePath(`/imports/${id}`);
  redirect(`/imports/${id}`);
}

/** The one-screen form: an effort (RPE 0–10) for each imported run that had none; empty ones stay empty. */
export async function saveImportRpeAction(id: string, formData: FormData): Promise<void> {
  const runner = await requireUser();
  const raw: Record<string, string> = {};
  for (const [name, value] of formData) {
    if (typeof value === "string" && name.startsWith("rpe:") && value.trim() !== "") raw[name.slice(4)] = value.trim();
  }
  const parsed = importRpeSchema.safeParse(raw);
  if (!parsed.success) redirect(`/imports/${id}?rpe=invalid`);
  const saved = await setRpeOfImportedRuns(runner.id, id, parsed.data);
  revalidatePath("/", "layout");
  redirect(`/imports/${id}?rpe=${saved}`);
}
