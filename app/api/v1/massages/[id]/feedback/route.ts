import { notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { getMassage } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import { getFeedback, saveFeedback } from "@/lib/data/session-notes";
import { massageFeedbackSchema } from "@/lib/validation/share";

type Params = { id: string };

/** "Did it help?" answers per region for one session. Another runner's session: 404. */
export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  if (!(await getMassage(caller.runner, id))) throw notFound("That massage day");
  return json({ answers: await getFeedback(caller.runner.id, id) });
});

/** Better / same / worse per region, 1–3 days after a done session (answering again replaces). */
export const PUT = apiRoute<Params>(async (request, caller, { id }) => {
  const input = await readJson(request, massageFeedbackSchema);
  const answers = await saveFeedback(caller.runner.id, id, input, todayFor(caller.runner));
  if (!answers) throw notFound("That massage day");
  return json({ answers });
});
