import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { deleteRun, getRun, RunConflictError, RunNotFoundError, updateRun } from "@/lib/data/runs";
import { maxHeartRateOf } from "@/lib/data/session-time";
import { runPatchSchema } from "@/lib/validation/run";
import { runPlausibility, warningMessages } from "@/lib/validation/run-plausibility";

type Params = { id: string };

export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  const run = await getRun(caller.runner.id, id, await maxHeartRateOf(caller.runner));
  if (!run) throw notFound("That run");
  return json(run);
});

/** Send the version you read; if the run changed since, the answer is 409 and nothing changes. */
export const PATCH = apiRoute<Params>(async (request, caller, { id }) => {
  if (!(await getRun(caller.runner.id, id))) throw notFound("That run");
  const patch = await readJson(request, runPatchSchema);
  try {
    const run = await updateRun(caller.runner, id, patch);
    const warnings = patch.distanceM !== undefined || patch.durationSec !== undefined ? warningMessages(runPlausibility(run)) : [];
    return json({ ...run, ...(warnings.length ? { warnings } : {}) });
  } catch (error) {
    if (error instanceof RunNotFoundError) throw notFound("That run");
    if (error instanceof RunConflictError) {
      throw new ApiError(409, "conflict", `${error.message} The run is now at version ${error.currentVersion}.`, { version: [`The current version is ${error.currentVersion}.`] });
    }
    throw error;
  }
});

export const DELETE = apiRoute<Params>(async (_request, caller, { id }) => {
  try {
    await deleteRun(caller.runner.id, id);
  } catch (error) {
    if (error instanceof RunNotFoundError) throw notFound("That run");
    throw error;
  }
  return new Response(null, { status: 204 });
});
