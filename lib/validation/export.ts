import { z } from "zod";

export const EXPORT_TABLE_NAMES = ["runs", "soreness", "wellness", "sweatRateTests", "races", "massages", "apiTokens", "therapistShares", "sessionNotes", "massageFeedback"] as const;

export const exportQuerySchema = z
  .object({
    format: z.enum(["json", "csv"]).default("json"),
    table: z.enum(EXPORT_TABLE_NAMES).optional(),
  })
  .strict()
  .refine((q) => q.format === "json" || q.table !== undefined, { message: "CSV is one file per table: add table=runs (or soreness, wellness, sweatRateTests, races, massages, apiTokens, therapistShares, sessionNotes, massageFeedback).", path: ["table"] });

export const deleteAccountSchema = z.object({ password: z.string().min(1, "Enter your password to confirm.").max(128) }).strict();
