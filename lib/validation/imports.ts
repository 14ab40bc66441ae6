import { z } from "zod";

/** GET /api/v1/imports/{id}: results per entry, in archive order, `after` = the `next` of the page before. */
export const importEntriesQuerySchema = z
  .object({
    after: z.coerce.number({ error: "after must be a whole number (the next of the page before)." }).int("after must be a whole number.").min(0, "after cannot be negative.").optional(),
    limit: z.coerce.number({ error: "limit must be a whole number." }).int("limit must be a whole number.").min(1, "limit is at least 1.").max(200, "limit is at most 200.").optional(),
    status: z
      .enum(["pending", "imported", "already-there", "cross-training", "skipped", "needs-details"], {
        error: "status is one of pending, imported, already-there, cross-training, skipped, needs-details.",
      })
      .optional(),
  })
  .strict();
export type ImportEntriesQuery = z.output<typeof importEntriesQuerySchema>;

/** The form field name for files in POST /api/v1/imports (multipart). */
export const IMPORT_FILES_FIELD = "files";
/** At most this many files or archives per upload. */
export const MAX_IMPORT_UPLOADS = 20;

/** The one-screen form after an import: an RPE (0–10) per imported run that has none. */
export const importRpeSchema = z.record(
  z.uuid(),
  z.coerce.number({ error: "Effort must be a number from 0 to 10." }).int("Effort must be a whole number.").min(0, "Effort is 0 to 10.").max(10, "Effort is 0 to 10."),
);
