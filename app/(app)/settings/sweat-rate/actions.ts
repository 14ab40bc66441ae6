"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth";
import { SorenessDateError } from "@/lib/data/soreness";
import { createSweatRateTest, deleteSweatRateTest } from "@/lib/data/sweat-rate";
import { fieldErrorsOf, formValues, type FormState } from "@/lib/validation/form";
import { idSchema, sweatRateTestSchema } from "@/lib/validation/soreness";

const FIELDS = ["date", "massBeforeKg", "massAfterKg", "fluidMl", "urineMl", "durationMin", "temperatureC"] as const;

export async function addSweatRateTestAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const runner = await requireUser();
  const values = formValues(formData, FIELDS);
  const parsed = sweatRateTestSchema.safeParse(values);
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    const test = await createSweatRateTest(runner, parsed.data);
    revalidatePath("/settings/sweat-rate");
    revalidatePath("/");
    return { ok: true, message: `Saved: ${test.sweatRateLPerH.toFixed(2)} L/h.` };
  } catch (error) {
    if (error instanceof SorenessDateError) return { fieldErrors: error.fields, values };
    throw error;
  }
}

export async function deleteSweatRateTestAction(formData: FormData): Promise<void> {
  const runner = await requireUser();
  const id = idSchema.safeParse(formData.get("id"));
  if (!id.success) return;
  await deleteSweatRateTest(runner.id, id.data);
  revalidatePath("/settings/sweat-rate");
  revalidatePath("/");
}
