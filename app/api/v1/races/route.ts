import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson, readQuery } from "@/lib/api/request";
import { createRace, listRaces } from "@/lib/data/races";
import { raceListQuerySchema, raceSchema } from "@/lib/validation/race";

export const GET = apiRoute(async (request, caller) => {
  const range = readQuery(request, raceListQuerySchema);
  return json({ races: await listRaces(caller.runner.id, range) });
});

export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, raceSchema);
  return idempotentCreate(request, caller.runner.id, input, async (tx) => ({
    status: 201,
    body: await createRace(caller.runner.id, input, tx),
  }));
});
