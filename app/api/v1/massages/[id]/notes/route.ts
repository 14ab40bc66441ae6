import { notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson } from "@/lib/api/request";
import { getMassage } from "@/lib/data/massages";
import { getSessionNote, saveSessionNote } from "@/lib/data/session-notes";
import { sessionNoteSchema } from "@/lib/validation/share";

type Params = { id: string };

/** The session's notes: `{ note }`, null when none yet. Another runner's session: 404. */
export const GET = apiRoute<Params>(async (_request, caller, { id }) => {
  if (!(await getMassage(caller.runner, id))) throw notFound("That massage day");
  return json({ note: await getSessionNote(caller.runner.id, id) });
});

/** Records what a done session worked on and found (replaces earlier notes). 422 unless done. */
export const PUT = apiRoute<Params>(async (request, caller, { id }) => {
  const input = await readJson(request, sessionNoteSchema);
  const note = await saveSessionNote(caller.runner.id, id, input);
  if (!note) throw notFound("That massage day");
  return json({ note });
});
