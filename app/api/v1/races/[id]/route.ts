import { notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { deleteRace, getRace, updateRace } from "@/lib/data/races";
import { racePatchSchema } from "@/lib/validation/race";

type Params = { id: string };

export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  const race = await getRace(caller.runner.id, id);
  if (!race) throw notFound("That race");
  return json(race);
});

export const PATCH = apiRoute<Params>(async (request, caller, { id }) => {
  const patch = await readJson(request, racePatchSchema);
  const race = await updateRace(caller.runner.id, id, patch);
  if (!race) throw notFound("That race");
  return json(race);
});

export const DELETE = apiRoute<Params>(async (_request, caller, { id }) => {
  if (!(await deleteRace(caller.runner.id, id))) throw notFound("That race");
  return new Response(null, { status: 204 });
});
