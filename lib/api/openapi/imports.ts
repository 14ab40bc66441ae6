import { z } from "zod";
import { importEntriesQuerySchema } from "@/lib/validation/imports";
import type { ApiOperation } from "./types";

const counts = z.object({
  total: z.int().describe("Entries listed so far: activity files, CSV rows without a file, skipped entries"),
  done: z.int(),
  imported: z.int(),
  alreadyThere: z.int().describe("Same file, or a run starting within 2 minutes with a distance within 3 %"),
  crossTraining: z.int(),
  skipped: z.int().describe("Photos, account data, non-activity FIT files, damaged files, zip bombs — each with its reason"),
  needsDetails: z.int().describe("Activities without a date, duration or distance"),
});

const job = z.object({
  id: z.uuid(),
  status: z.enum(["queued", "running", "done", "cancelled", "failed"]),
  listed: z.boolean().describe("false while the archive is still being read: total may still grow"),
  fileNames: z.array(z.string()),
  error: z.string().nullable().describe("Why a failed import was refused (e.g. more than 100,000 entries)"),
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  counts,
  secondsLeft: z.int().nullable().describe("At the pace so far; null before there is a pace"),
});

const entry = z.object({
  seq: z.int(),
  fileName: z.string(),
  status: z.enum(["pending", "imported", "already-there", "cross-training", "skipped", "needs-details"]),
  message: z.string().nullable(),
  missing: z.array(z.string()).describe("For needs-details: startedAt, durationSec, distanceM"),
  runId: z.uuid().nullable(),
});

const upload = z.object({
  files: z.array(z.string().describe("binary")).describe(
    "Strava bulk export zips, Garmin Connect export zips, any zip of FIT/GPX/TCX files, or single .fit/.gpx/.tcx (also .gz) files; up to 4 GiB in all",
  ),
});

const NOT_YOURS = { description: "No such import of yours" };

/** Archive imports: run in the background by the job queue; watch them, page their results, cancel. */
export const importOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/imports",
    tag: "Imports",
    summary:
      "Import archives or activity files in the background (multipart under `files`, or a raw body with Content-Type application/zip); answers at once",
    body: upload,
    bodyContentType: "multipart/form-data",
    responses: { 202: { description: "Accepted: the import is queued", schema: z.object({ id: z.uuid(), status: z.literal("queued") }) } },
  },
  {
    method: "get",
    path: "/imports",
    tag: "Imports",
    summary: "Your imports, newest first (at most 50)",
    responses: { 200: { description: "OK", schema: z.object({ imports: z.array(job) }) } },
  },
  {
    method: "get",
    path: "/imports/{id}",
    tag: "Imports",
    summary: "An import's status, counts and time left, with one page of results per entry (pass `next` as `after`)",
    pathParams: ["id"],
    query: importEntriesQuerySchema,
    responses: { 200: { description: "OK", schema: job.extend({ entries: z.array(entry), next: z.int().nullable() }) }, 404: NOT_YOURS },
  },
  {
    method: "delete",
    path: "/imports/{id}",
    tag: "Imports",
    summary: "Cancel an import: what was imported stays, the rest stops",
    pathParams: ["id"],
    responses: { 200: { description: "Cancelled (or already over)", schema: z.object({ id: z.uuid(), status: job.shape.status }) }, 404: NOT_YOURS },
  },
];
