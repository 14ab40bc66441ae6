import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson, readQuery } from "@/lib/api/request";
import { BadCursorError, createCrossTraining, listCrossTraining } from "@/lib/data/cross-training";
import { maxHeartRateOf } from "@/lib/data/session-time";
import { crossTrainingCreateSchema, crossTrainingListQuerySchema } from "@/lib/validation/cross-training";

/** Newest first; follow nextCursor for older sessions. */
export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, crossTrainingListQuerySchema);
  try {
    return json(await listCrossTraining(caller.runner.id, query, await maxHeartRateOf(caller.runner)));
  } catch (error) {
    if (error instanceof BadCursorError) throw new ApiError(400, "bad_request", error.message, { cursor: [error.message] });
    throw error;
  }
});

export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, crossTrainingCreateSchema);
  const maxHeartRate = await maxHeartRateOf(caller.runner);
  return idempotentCreate(request, caller.runner.id, input, async (tx) => ({
    status: 201,
    body: await createCrossTraining(caller.runner, input, tx, maxHeartRate),
  }));
});
