import { notFound } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/request";
import { cancelImportJob, getImportJob, listImportEntries } from "@/lib/data/imports";
import { importEntriesQuerySchema } from "@/lib/validation/imports";

type Params = { id: string };

/** Status, counts, time left, and one page of results per entry (`after`, `limit`, `status`). */
export const GET = apiRoute<Params>(async (request, caller, { id }) => {
  const query = readQuery(request, importEntriesQuerySchema);
  const job = await getImportJob(caller.runner.id, id);
  if (!job) throw notFound("That import");
  const page = await listImportEntries(caller.runner.id, id, query);
  return json({ ...job, entries: page?.entries ?? [], next: page?.next ?? null });
});

/** Cancels the import: what was imported stays, the rest stops. */
export const DELETE = apiRoute<Params>(async (_request, caller, { id }) => {
  const job = await cancelImportJob(caller.runner.id, id);
  if (!job) throw notFound("That import");
  return json({ id: job.id, status: job.status });
});
