import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson, readQuery } from "@/lib/api/request";
import { conflictsBySession, conflictsOf } from "@/lib/data/conflicts";
import { createMassage, listMassages, syncProposals } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import { redFlagRegionsOf } from "@/lib/rules/conflicts";
import { massageCreateSchema, massageListQuerySchema } from "@/lib/validation/massage";

/** The runner's massage days (dismissed ones hidden), the planner's proposals brought up to date first. */
export const GET = apiRoute(async (request, caller) => {
  const range = readQuery(request, massageListQuerySchema);
  const today = todayFor(caller.runner);
  const { plan } = await syncProposals(caller.runner, today);
  const massages = await listMassages(caller.runner, range);
  const bySession = conflictsBySession(await conflictsOf(caller.runner.id, today, massages, redFlagRegionsOf(plan)));
  return json({
    massages: massages.map((m) => ({ ...m, conflicts: (bySession.get(m.id) ?? []).map(({ kind, message }) => ({ kind, message })) })),
  });
});

/** Book (or log) a session directly, without a proposal. */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, massageCreateSchema);
  return idempotentCreate(request, caller.runner.id, input, async (tx) => ({
    status: 201,
    body: await createMassage(caller.runner, input, tx),
  }));
});
