import { ApiError, notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { changeProgramme, getProgramme, ProgrammeStateError } from "@/lib/data/return-to-run";
import { programmeActionSchema } from "@/lib/validation/return-to-run";
import { idSchema } from "@/lib/validation/soreness";

export const GET = apiRoute<{ id: string }>(async (_request, caller, { id }) => {
  const programme = idSchema.safeParse(id).success ? await getProgramme(caller.runner.id, id) : null;
  if (!programme) throw notFound("That programme");
  return json(programme);
});

/** { action: "pause" | "resume" | "end" }. */
export const PATCH = apiRoute<{ id: string }>(async (request, caller, { id }) => {
  if (!idSchema.safeParse(id).success) throw notFound("That programme");
  const { action } = await readJson(request, programmeActionSchema);
  try {
    const programme = await changeProgramme(caller.runner, id, action);
    if (!programme) throw notFound("That programme");
    return json(programme);
  } catch (error) {
    if (error instanceof ProgrammeStateError) throw new ApiError(409, "conflict", error.message);
    throw error;
  }
});
