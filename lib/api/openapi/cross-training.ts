import { z } from "zod";
import { crossTrainingCreateSchema, crossTrainingListQuerySchema, crossTrainingPatchSchema } from "@/lib/validation/cross-training";
import type { ApiOperation } from "./types";

const session = z.object({
  id: z.uuid(),
  sport: z.string().describe("Lower-case words: cycling, swimming, rowing, walking, hiking, fitness_equipment, …"),
  subSport: z.string().nullable().describe("As the file says: indoor_cycling, lap_swimming, …"),
  startedAt: z.iso.datetime(),
  date: z.iso.date().describe("The runner's local day of the start"),
  durationSec: z.int().describe("Moving (timer) time"),
  elapsedSec: z.int().nullable().describe("Start to finish, pauses included"),
  distanceM: z.int().nullable(),
  avgHeartRate: z.int().nullable(),
  maxHeartRate: z.int().nullable(),
  rpe: z.int().nullable(),
  notes: z.string().nullable(),
  source: z.enum(["manual", "fit", "gpx", "tcx"]),
  fileName: z.string().nullable(),
  version: z.int().describe("Send it back with PATCH; a stale version gets 409"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  load: z.int().describe("Session RPE load: RPE × minutes (Foster 2001); estimated when loadEstimated is set"),
  loadEstimated: z
    .enum(["heart-rate", "default"])
    .nullable()
    .describe("null: from your RPE. heart-rate: RPE estimated from average heart rate as a share of your maximum (ACSM 11th ed.). default: the usual effort of a cross-training session (RPE 3)"),
});

const NOT_YOURS = { description: "No such cross-training session of yours" };

/** Cross-training: counts in the session load, never in running distance, the spike guard or the weekly increase. */
export const crossTrainingOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/cross-training",
    tag: "Cross-training",
    summary: "List your cross-training sessions, newest first; pass nextCursor as cursor for the next page",
    query: crossTrainingListQuerySchema,
    responses: { 200: { description: "OK", schema: z.object({ sessions: z.array(session), nextCursor: z.string().nullable() }) } },
  },
  {
    method: "post",
    path: "/cross-training",
    tag: "Cross-training",
    summary: "Log a cross-training session (the local day is computed from your time zone; a start later than now is refused)",
    body: crossTrainingCreateSchema,
    idempotent: true,
    responses: { 201: { description: "Created", schema: session } },
  },
  {
    method: "get",
    path: "/cross-training/{id}",
    tag: "Cross-training",
    summary: "One cross-training session",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: session }, 404: NOT_YOURS },
  },
  {
    method: "patch",
    path: "/cross-training/{id}",
    tag: "Cross-training",
    summary: "Change a session: send only the fields to change (null clears an optional one) and the version you read",
    pathParams: ["id"],
    body: crossTrainingPatchSchema,
    responses: {
      200: { description: "Changed", schema: session },
      404: NOT_YOURS,
      409: { description: "The session changed since you read it; nothing was changed" },
    },
  },
  {
    method: "delete",
    path: "/cross-training/{id}",
    tag: "Cross-training",
    summary: "Delete a cross-training session",
    pathParams: ["id"],
    responses: { 204: { description: "Deleted" }, 404: NOT_YOURS },
  },
];
