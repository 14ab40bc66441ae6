import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { listProgrammes, ProgrammeStateError, startProgramme } from "@/lib/data/return-to-run";
import { startProgrammeSchema } from "@/lib/validation/return-to-run";

/** The runner's programmes, newest first, each with its sessions. */
export const GET = apiRoute(async (_request, caller) => json({ programmes: await listProgrammes(caller.runner.id) }));

/** Starts a programme for one region and side; its first session is today (or `startOn`). */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, startProgrammeSchema);
  try {
    return json(await startProgramme(caller.runner, input), 201);
  } catch (error) {
    if (error instanceof ProgrammeStateError) throw new ApiError(409, "conflict", error.message);
    throw error;
  }
});
