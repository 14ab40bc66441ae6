"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { SorenessDateError } from "@/lib/data/soreness";
import { saveCheckIn } from "@/lib/data/wellness";
import { importHrvReadings } from "@/lib/data/wellness-import";
import { HrvImportError, parseHrvCsv } from "@/lib/import/hrv-csv";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { checkInSchema, MAX_HRV_CSV_BYTES } from "@/lib/validation/wellness";
import { CHECK_IN_FIELDS } from "@/lib/validation/wellness-fields";

/** The morning check-in form: the day's entry becomes what the form holds. */
export async function saveCheckInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, CHECK_IN_FIELDS);
  const parsed = checkInSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await saveCheckIn(runner, parsed.data);
  } catch (error) {
    if (error instanceof SorenessDateError) return { fieldErrors: error.fields, values };
    throw error;
  }
  revalidatePath("/check-in");
  revalidatePath("/");
  return { ok: true, message: "Check-in saved. Your readiness is on Today.", values };
}

/** Upload of an HRV4Training or Elite HRV CSV export. */
export async function importHrvAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: ["Choose the CSV file your HRV app exported."] } };
  if (file.size > MAX_HRV_CSV_BYTES) return { fieldErrors: { file: [`The file is larger than ${MAX_HRV_CSV_BYTES / 1024 / 1024} MiB.`] } };
  try {
    const result = await importHrvReadings(runner, parseHrvCsv(await file.text()));
    revalidatePath("/check-in");
    revalidatePath("/");
    const parts = [`${result.format}: ${result.imported} ${result.imported === 1 ? "morning" : "mornings"} imported`];
    if (result.keptYours) parts.push(`${result.keptYours} already had your own value, which was kept`);
    if (result.skipped.length) parts.push(`${result.skipped.length} rows skipped (${result.skipped.slice(0, 5).map((s) => `row ${s.row}: ${s.reason}`).join("; ")}${result.skipped.length > 5 ? "; …" : ""})`);
    return { ok: true, message: `${parts.join("; ")}.` };
  } catch (error) {
    if (error instanceof HrvImportError) return { fieldErrors: { file: [error.message] } };
    throw error;
  }
}
