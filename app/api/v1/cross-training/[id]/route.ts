import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import {
  CrossTrainingConflictError,
  CrossTrainingNotFoundError,
  deleteCrossTraining,
  getCrossTraining,
  updateCrossTraining,
} from "@/lib/data/cross-training";
import { maxHeartRateOf } from "@/lib/data/session-time";
import { crossTrainingPatchSchema } from "@/lib/validation/cross-training";

type Params = { id: string };
const THAT = "That cross-training session";

export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  const session = await getCrossTraining(caller.runner.id, id, await maxHeartRateOf(caller.runner));
  if (!session) throw notFound(THAT);
  return json(session);
});

/** Send the version you read; if the session changed since, the answer is 409 and nothing changes. */
export const PATCH = apiRoute<Params>(async (request, caller, { id }) => {
  if (!(await getCrossTraining(caller.runner.id, id))) throw notFound(THAT);
  const patch = await readJson(request, crossTrainingPatchSchema);
  try {
    return json(await updateCrossTraining(caller.runner, id, patch, await maxHeartRateOf(caller.runner)));
  } catch (error) {
    if (error instanceof CrossTrainingNotFoundError) throw notFound(THAT);
    if (error instanceof CrossTrainingConflictError) {
      throw new ApiError(409, "conflict", `${error.message} The session is now at version ${error.currentVersion}.`, {
        version: [`The current version is ${error.currentVersion}.`],
      });
    }
    throw error;
  }
});

export const DELETE = apiRoute<Params>(async (_request, caller, { id }) => {
  try {
    await deleteCrossTraining(caller.runner.id, id);
  } catch (error) {
    if (error instanceof CrossTrainingNotFoundError) throw notFound(THAT);
    throw error;
  }
  return new Response(null, { status: 204 });
});
