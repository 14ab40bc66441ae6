import { apiRoute, json } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/request";
import { loadPlanInput, planOptionsFor, todayFor } from "@/lib/data/plan";
import { planRecovery } from "@/lib/rules";
import { planQuerySchema } from "@/lib/validation/calendar";

/**
 * planRecovery's result for a day (default: the runner's local today), from bounded windows of history.
 * Its text writes distances in the runner's units; its numbers stay km (metrics) as in the PlanInput contract.
 */
export const GET = apiRoute(async (request, caller) => {
  const { date } = readQuery(request, planQuerySchema);
  const today = date ?? todayFor(caller.runner);
  return json(planRecovery(await loadPlanInput(caller.runner, today), planOptionsFor(caller.runner)));
});
