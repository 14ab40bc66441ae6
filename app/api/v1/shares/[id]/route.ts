import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { revokeShare } from "@/lib/data/shares";

/** Revokes the link at once: its page answers 404 from now on. Another runner's id: 404. */
export const DELETE = apiRoute<{ id: string }>(async (_request, caller, { id }) => {
  if (!(await revokeShare(caller.runner.id, id))) throw notFound("That link");
  return new Response(null, { status: 204 });
});
