import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { conflictsOf } from "@/lib/data/conflicts";
import { getMassage, MassageTransitionError, StaleMassageError, syncProposals, updateMassage, type MassageDay } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import type { Runner } from "@/lib/data/users";
import { redFlagRegionsOf } from "@/lib/rules/conflicts";
import { massagePatchSchema } from "@/lib/validation/massage";

type Params = { id: string };

async function withConflicts(runner: Runner, massage: MassageDay) {
  const today = todayFor(runner);
  // The change may change the plan (an accepted deep session ends the deep proposals): re-sync.
  const { plan } = await syncProposals(runner, today);
  const conflicts = await conflictsOf(runner.id, today, [massage], redFlagRegionsOf(plan));
  return { ...massage, conflicts: conflicts.map(({ kind, message }) => ({ kind, message })) };
}

export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  const massage = await getMassage(caller.runner, id);
  if (!massage) throw notFound("That massage day");
  return json(await withConflicts(caller.runner, massage));
});

/** Accept, move, book, mark done or dismiss — one call: `{ status, date?, depth?, regions?, … }`. */
export const PATCH = apiRoute<Params>(async (request, caller, { id }) => {
  const patch = await readJson(request, massagePatchSchema);
  try {
    const massage = await updateMassage(caller.runner, id, patch);
    if (!massage) throw notFound("That massage day");
    return json(await withConflicts(caller.runner, massage));
  } catch (error) {
    if (error instanceof MassageTransitionError) throw new ApiError(422, "validation_failed", error.message, { status: [error.message] });
    if (error instanceof StaleMassageError) throw new ApiError(409, "conflict", error.message);
    throw error;
  }
});
