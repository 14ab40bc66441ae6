import { z } from "zod";
import { READINESS_FACTOR_IDS, REGIONS, SIDES } from "@/lib/rules";
import { programmeActionSchema, sessionPainSchema, startProgrammeSchema } from "@/lib/validation/return-to-run";
import { checkInSchema, wellnessRangeSchema } from "@/lib/validation/wellness";
import type { ApiOperation } from "./types";

// Issue 15: the morning check-in, HRV app imports and the return-to-run programme.

const checkIn = z.object({
  date: z.iso.date().describe("The runner's local day of the morning"),
  restingHrBpm: z.int().nullable().describe("Morning resting heart rate, bpm"),
  hrvRmssdMs: z.number().nullable().describe("HRV as rMSSD, milliseconds"),
  sleepHours: z.number().nullable().describe("Hours slept the night before"),
  sleep: z.int().min(1).max(7).nullable().describe("Hooper: sleep quality, 1 very, very good … 7 very, very bad"),
  stress: z.int().min(1).max(7).nullable(),
  fatigue: z.int().min(1).max(7).nullable(),
  soreness: z.int().min(1).max(7).nullable().describe("Hooper: muscle soreness overall"),
});

/** The plan's readiness (GET /plan), documented here beside the check-in that feeds it. */
export const readinessSchema = z.object({
  status: z.enum(["no-check-in", "calibrating", "as-usual", "below-usual"]).describe("Against the runner's own baselines; never a score"),
  factors: z.array(
    z.object({
      id: z.enum(READINESS_FACTOR_IDS),
      status: z.enum(["missing", "calibrating", "as-usual", "below-usual"]),
      name: z.string(),
      detail: z.string().describe("Today's value, the baseline and the line, in words with numbers"),
    }),
  ),
  todaysTraining: z.enum(["as-planned", "easy", "rest"]).describe("Load and readiness together: a below-usual morning only turns it down"),
});

const session = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  phase: z.int().min(1),
  painDuring: z.int().min(0).max(10).nullable(),
  sharp: z.boolean(),
  restPain: z.int().min(0).max(10).nullable().describe("Next morning, at rest"),
  testPain: z.int().min(0).max(10).nullable().describe("Next morning, on the single-leg test"),
  decision: z.enum(["advance", "continue", "repeat", "step-back", "stop", "completed"]).nullable(),
  reason: z.string().nullable(),
});
const programme = z.object({
  id: z.uuid(),
  region: z.enum(REGIONS),
  side: z.enum(SIDES),
  status: z.enum(["active", "paused", "stopped", "ended", "completed"]),
  phase: z.int().min(1),
  usualRestPain: z.int(),
  usualTestPain: z.int(),
  startedOn: z.iso.date(),
  stoppedReason: z.string().nullable(),
  test: z.enum(["heel raise", "hop"]),
  sessions: z.array(session).describe("Oldest first; the last may be planned (no pain logged yet)"),
});
const importResult = z.object({
  format: z.enum(["HRV4Training", "HRV4Training (Android)", "Elite HRV"]),
  imported: z.int(),
  keptYours: z.int().describe("Mornings that already had a different value of yours: yours was kept"),
  skipped: z.array(z.object({ row: z.int(), reason: z.string() })),
});

export const wellnessOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/wellness",
    tag: "Wellness",
    summary: "List morning check-ins from `from` to `to` (local days, both included; the last 12 weeks by default; at most 366 days)",
    query: wellnessRangeSchema,
    responses: { 200: { description: "OK", schema: z.object({ entries: z.array(checkIn) }) } },
  },
  {
    method: "post",
    path: "/wellness",
    tag: "Wellness",
    summary: "Save a morning check-in: resting HR, optional HRV (rMSSD ms), hours slept and the Hooper items (1–7), each optional but at least one. The day's entry becomes exactly what is sent.",
    body: checkInSchema,
    responses: { 200: { description: "Saved", schema: checkIn } },
  },
  {
    method: "post",
    path: "/wellness/import",
    tag: "Wellness",
    summary: "Import an HRV4Training or Elite HRV CSV export (columns read by name). Mornings that already have a value keep it.",
    body: z.string().describe("The CSV file"),
    bodyContentType: "text/csv",
    responses: { 200: { description: "Imported", schema: importResult }, 415: { description: "Not text/csv" }, 422: { description: "Not a known HRV export" } },
  },
  {
    method: "get",
    path: "/return-to-run",
    tag: "Return to running",
    summary: "Your return-to-run programmes, newest first, with their sessions",
    responses: { 200: { description: "OK", schema: z.object({ programmes: z.array(programme) }) } },
  },
  {
    method: "post",
    path: "/return-to-run",
    tag: "Return to running",
    summary: "Start a walk–run programme for one region and side (after a red flag, once cleared or ready); the first session is today or `startOn`",
    body: startProgrammeSchema,
    responses: { 201: { description: "Started", schema: programme }, 409: { description: "A programme for that spot is already active or paused" } },
  },
  {
    method: "get",
    path: "/return-to-run/{id}",
    tag: "Return to running",
    summary: "One programme",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: programme }, 404: { description: "No such programme of yours" } },
  },
  {
    method: "patch",
    path: "/return-to-run/{id}",
    tag: "Return to running",
    summary: "Pause, resume or end a programme",
    pathParams: ["id"],
    body: programmeActionSchema,
    responses: { 200: { description: "Changed", schema: programme }, 404: { description: "No such programme of yours" }, 409: { description: "Not possible in its state" } },
  },
  {
    method: "patch",
    path: "/return-to-run/sessions/{id}",
    tag: "Return to running",
    summary:
      "Log a session: pain during (0–10, sharp) on the day, then the next morning's pain at rest and on the single-leg test. The pain-monitoring model (Silbernagel 2007) then advances, repeats, steps back or stops; sharp pain or pain above 5 stops at once.",
    pathParams: ["id"],
    body: sessionPainSchema,
    responses: { 200: { description: "Logged; the programme with the decision and its reason", schema: programme }, 404: { description: "No such session of yours" }, 409: { description: "Not possible yet (or any more)" } },
  },
];
