import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { revokeApiToken } from "@/lib/data/api-tokens";
import { idParamSchema } from "@/lib/validation/api-token";

export const DELETE = apiRoute<{ id: string }>(async (_request, caller, { id }) => {
  if (!idParamSchema.safeParse(id).success || !(await revokeApiToken(caller.runner.id, id))) throw notFound("That token");
  return new Response(null, { status: 204 });
});
