import { z } from "zod";
import { REGIONS, SIDES } from "@/lib/rules";
import { sorenessEntrySchema, sorenessRangeSchema } from "@/lib/validation/soreness";
import type { ApiOperation } from "./types";

const sorenessEntry = z.object({
  id: z.uuid(),
  date: z.iso.date().describe("The runner's local day"),
  region: z.enum(REGIONS),
  side: z.enum(SIDES),
  level: z.int().min(0).max(10).describe("0 none … 10 worst imaginable"),
  sharp: z.boolean().describe("Sharp or stabbing, as opposed to a dull ache"),
});

export const sorenessOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/soreness",
    tag: "Soreness",
    summary: "List soreness entries from `from` to `to` (local days, both included; the last six weeks by default; at most 366 days)",
    query: sorenessRangeSchema,
    responses: { 200: { description: "OK", schema: z.object({ entries: z.array(sorenessEntry) }) } },
  },
  {
    method: "post",
    path: "/soreness",
    tag: "Soreness",
    summary:
      "Log how sore one region and side is on one day (0–10, sharp or not). The day may be up to a year back or one day ahead of the runner's today. The same day, region and side again replaces the earlier level.",
    body: sorenessEntrySchema,
    idempotent: true,
    responses: {
      201: { description: "Logged", schema: sorenessEntry },
      200: { description: "Replaced the entry already logged for that day, region and side", schema: sorenessEntry },
    },
  },
  {
    method: "delete",
    path: "/soreness/{id}",
    tag: "Soreness",
    summary: "Delete a soreness entry",
    pathParams: ["id"],
    responses: { 204: { description: "Deleted" }, 404: { description: "No such entry of yours" } },
  },
];
