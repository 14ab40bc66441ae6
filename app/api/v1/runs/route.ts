import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson, readQuery } from "@/lib/api/request";
import { createRun, listRuns } from "@/lib/data/runs";
import { maxHeartRateOf } from "@/lib/data/session-time";
import { runCreateSchema, runListQuerySchema } from "@/lib/validation/run";
import { runPlausibility, warningMessages } from "@/lib/validation/run-plausibility";

/** Newest first; follow nextCursor for older runs. */
export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, runListQuerySchema);
  return json(await listRuns(caller.runner.id, query, await maxHeartRateOf(caller.runner)));
});

/** A pace past the soft limits is stored, with a `warnings` entry saying what looks wrong. */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, runCreateSchema);
  const warnings = warningMessages(runPlausibility(input));
  return idempotentCreate(request, caller.runner.id, input, async (tx) => ({
    status: 201,
    body: { ...(await createRun(caller.runner, input, tx)), ...(warnings.length ? { warnings } : {}) },
  }));
});
