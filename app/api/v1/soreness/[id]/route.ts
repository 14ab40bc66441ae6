import { notFound } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { deleteSoreness } from "@/lib/data/soreness";
import { idSchema } from "@/lib/validation/soreness";

export const DELETE = apiRoute<{ id: string }>(async (_request, caller, { id }) => {
  if (!idSchema.safeParse(id).success || !(await deleteSoreness(caller.runner.id, id))) throw notFound("That soreness entry");
  return new Response(null, { status: 204 });
});
