import { apiRoute, json } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/request";
import { loadPlanInput, planOptionsFor, todayFor } from "@/lib/data/plan";
import { loadMassageFollowUp } from "@/lib/data/massage-follow-up";
import { planRecovery } from "@/lib/rules";
import { withPersonalEvidence } from "@/lib/rules/personal-evidence";
import { planQuerySchema } from "@/lib/validation/calendar";

/**
 * planRecovery's result for a day (default: the runner's local today), from bounded windows of history.
 * Its text writes distances in the runner's units; its numbers stay km (metrics) as in the PlanInput contract.
 */
export const GET = apiRoute(async (request, caller) => {
  const { date } = readQuery(request, planQuerySchema);
  const today = date ?? todayFor(caller.runner);
  const input = await loadPlanInput(caller.runner, today);
  const plan = planRecovery(input, planOptionsFor(caller.runner));
  // The runner's own record beside the published evidence on massage suggestions (issue 16).
  const { personalEvidence } = await loadMassageFollowUp(caller.runner.id, today, input.soreness);
  return json({ ...plan, suggestions: withPersonalEvidence(plan.suggestions, personalEvidence) });
});
