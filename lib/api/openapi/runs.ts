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
  estimatedLoad: z.int().nullable().describe("Without an RPE: the load the plan counts instead, estimated (from heart rate or the default by kind)"),
  loadEstimated: z.enum(["heart-rate", "default"]).nullable().describe("How estimatedLoad was estimated; null when the run has an RPE"),
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
    .describe("For rejected files or activities: unsupported, corrupt, empty, too-large, no-activity, implausible (a run no one could run, or a start later than now), busy (the server is reading many files: send it again)"),
  message: z.string().optional(),
  missing: z.array(z.enum(["startedAt", "durationSec", "distanceM"])).optional(),
  warnings: z.array(z.string()).optional(),
  kind: z.enum(["run", "cross-training"]).optional().describe("Where the activity was stored: runs, or cross-training (other sports)"),
  sport: z.string().optional(),
  activity: z.object({ index: z.int(), count: z.int() }).optional().describe("Which activity of the file (1-based) and how many it holds: one result per activity"),
  crossTrainingId: z.uuid().optional(),
  startedAt: z.iso.datetime().optional(),
  durationSec: z.int().optional(),
  distanceM: z.int().nullable().optional(),
  rpe: z.int().nullable().optional().describe("From the file (FIT workout_rpe) when it has one"),
  needsRpe: z.boolean().optional().describe("Stored without an RPE: ask for one (the load is estimated until then)"),
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
      "Import FIT, GPX or TCX files (multipart/form-data, field `files`). Every activity of every file gets a result (kind run or cross-training: rides, swims, rows and other sports are stored as cross-training): imported, already-imported (the same activity before), rejected (with a code), or needs-details (the file lacks only what `missing` lists — its start, duration or a run's distance: send that one file again with the fields startedAt, durationSec and/or distanceM). needsRpe marks a session stored without an effort rating. At most 2 imports per runner in flight (429 with Retry-After).",
    body: importBody,
    bodyContentType: "multipart/form-data",
    responses: {
      200: { description: "A result per activity (a file refused as a whole: one result)", schema: z.object({ results: z.array(importResult) }) },
      413: { description: "Request larger than 100 MiB" },
      429: { description: "You already have 2 imports being read; Retry-After says when to try again" },
    },
  },
];
