import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { logSessionPain, ProgrammeStateError } from "@/lib/data/return-to-run";
import { sessionPainSchema } from "@/lib/validation/return-to-run";
import { idSchema } from "@/lib/validation/soreness";

/** Logs a session's pain during, or its next morning; answers with the whole programme and the decision. */
export const PATCH = apiRoute<{ id: string }>(async (request, caller, { id }) => {
  if (!idSchema.safeParse(id).success) throw notFound("That session");
  const input = await readJson(request, sessionPainSchema);
  try {
    const programme = await logSessionPain(caller.runner, id, input);
    if (!programme) throw notFound("That session");
    return json(programme);
  } catch (error) {
    if (error instanceof ProgrammeStateError) throw new ApiError(409, "conflict", error.message);
    throw error;
  }
});
