import { z } from "zod";
import { importDetailsSchema, RUN_KINDS, runCreateSchema, runListQuerySchema, runPatchSchema } from "@/lib/validation/run";
import type { ApiOperation } from "./types";

const run = z.object({
  id: z.uuid(),
  startedAt: z.iso.datetime(),
  date: z.iso.date().describe("The runner's local day of the start"),
  distanceM: z.int(),
  durationSec: z.int().describe("Moving (timer) time"),
  elapsedSec: z.int().nullable(),
  rpe: z.int().nullable(),
  kind: z.enum(RUN_KINDS).nullable(),
  temperatureC: z.number().nullable(),
  avgHeartRate: z.int().nullable(),
  maxHeartRate: z.int().nullable(),
  elevationGainM: z.int().nullable(),
  notes: z.string().nullable(),
  source: z.enum(["manual", "fit", "gpx", "tcx"]),
  fileName: z.string().nullable(),
  version: z.int().describe("Send it back with PATCH; a stale version gets 409"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  paceSecPerKm: z.number(),
  load: z.int().nullable().describe("Session RPE load: RPE × minutes (Foster 2001)"),
  warnings: z
    .array(z.string())
    .optional()
    .describe("On create and change: what looks unlikely but was stored (pace faster than 3:00/km or slower than 20:00/km)"),
});

const importResult = z.object({
  fileName: z.string(),
  status: z.enum(["imported", "already-imported", "rejected", "needs-details"]),
  runId: z.uuid().optional(),
  code: z
    .string()
    .optional()
    .describe("For rejected files: unsupported, corrupt, empty, too-large, no-activity, not-a-run (another sport), implausible"),
  message: z.string().optional(),
  missing: z.array(z.enum(["startedAt", "durationSec", "distanceM"])).optional(),
  warnings: z.array(z.string()).optional(),
});

const importBody = importDetailsSchema.extend({
  files: z.array(z.string().describe("binary")).describe("One or many FIT, GPX or TCX files, each up to 25 MiB; at most 100 MiB per request"),
});

export const runOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/runs",
    tag: "Runs",
    summary: "List your runs, newest first; pass nextCursor as cursor for the next page",
    query: runListQuerySchema,
    responses: { 200: { description: "OK", schema: z.object({ runs: z.array(run), nextCursor: z.string().nullable() }) } },
  },
  {
    method: "post",
    path: "/runs",
    tag: "Runs",
    summary: "Log a run (the local day is computed from your time zone)",
    body: runCreateSchema,
    idempotent: true,
    responses: { 201: { description: "Created", schema: run } },
  },
  {
    method: "get",
    path: "/runs/{id}",
    tag: "Runs",
    summary: "One run",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: run }, 404: { description: "No such run of yours" } },
  },
  {
    method: "patch",
    path: "/runs/{id}",
    tag: "Runs",
    summary: "Change a run: send only the fields to change (null clears an optional one) and the version you read",
    pathParams: ["id"],
    body: runPatchSchema,
    responses: {
      200: { description: "Changed", schema: run },
      404: { description: "No such run of yours" },
      409: { description: "The run changed since you read it; nothing was changed" },
    },
  },
  {
    method: "delete",
    path: "/runs/{id}",
    tag: "Runs",
    summary: "Delete a run",
    pathParams: ["id"],
    responses: { 204: { description: "Deleted" }, 404: { description: "No such run of yours" } },
  },
  {
    method: "post",
    path: "/runs/import",
    tag: "Runs",
    summary:
      "Import FIT, GPX or TCX files (multipart/form-data, field `files`). Each file gets a result: imported, already-imported (the same file before), rejected (with a code), or needs-details (the file lacks its start time, duration or distance: send that one file again with the fields startedAt, durationSec and/or distanceM). Files of other sports (cycling, swimming…) are rejected with code not-a-run.",
    body: importBody,
    bodyContentType: "multipart/form-data",
    responses: { 200: { description: "A result per file", schema: z.object({ results: z.array(importResult) }) }, 413: { description: "Request larger than 100 MiB" } },
  },
];
