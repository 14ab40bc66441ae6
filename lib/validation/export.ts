import { z } from "zod";

export const EXPORT_TABLE_NAMES = ["runs", "crossTraining", "soreness", "wellness", "sweatRateTests", "races", "massages", "apiTokens", "imports", "importEntries", "returnToRunProgrammes", "returnToRunSessions", "therapistShares", "sessionNotes", "massageFeedback"] as const;

export const exportQuerySchema = z
  .object({
    format: z.enum(["json", "csv"]).default("json"),
    table: z.enum(EXPORT_TABLE_NAMES).optional(),
  })
  .strict()
  .refine((q) => q.format === "json" || q.table !== undefined, { message: "CSV is one file per table: add table=runs (or crossTraining, soreness, wellness, sweatRateTests, races, massages, apiTokens, imports, importEntries, returnToRunProgrammes, returnToRunSessions, therapistShares, sessionNotes, massageFeedback).", path: ["table"] });

export const deleteAccountSchema = z.object({ password: z.string().min(1, "Enter your password to confirm.").max(128) }).strict();

/**
 * Characters that make a spreadsheet read a cell as a formula when they start it (OWASP "CSV
 * Injection"): = + - @, tab and carriage return, and what Excel, LibreOffice and Google Sheets
 * skip or fold before looking — a leading space or non-breaking space, and the full-width forms
 * ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20), which Excel treats as their ASCII twins.
 */
const FORMULA_TRIGGER = /^[=+\-@\t\r\n \u00a0\u3000\uff1d\uff0b\uff0d\uff20]/;

/** A text cell for CSV: prefixed with ' when it could start a formula, unchanged otherwise. */
export function neutraliseSpreadsheetFormula(text: string): string {
  return FORMULA_TRIGGER.test(text) ? `'${text}` : text;
}
