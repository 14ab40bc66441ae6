import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson, readQuery } from "@/lib/api/request";
import { todayFor } from "@/lib/data/plan";
import { defaultRange, listSoreness, logSoreness, SorenessDateError } from "@/lib/data/soreness";
import { addDaysIso } from "@/lib/format/dates";
import { MAX_RANGE_DAYS, sorenessEntrySchema, sorenessRangeSchema } from "@/lib/validation/soreness";

/** Entries from `from` to `to` (the runner's local days, both included); the last six weeks by default. */
export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, sorenessRangeSchema);
  const today = todayFor(caller.runner);
  const to = query.to ?? (query.from ? minDay(addDaysIso(query.from, MAX_RANGE_DAYS - 1), addDaysIso(today, 1)) : today);
  const from = query.from ?? defaultRange(to).from;
  if (from > to) throw new ApiError(400, "bad_request", "from must be on or before to.", { from: ["from must be on or before to."] });
  return json({ entries: await listSoreness(caller.runner.id, from, to) });
});

/** Logs one spot for one day; the same day, region and side again replaces the level (200). */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, sorenessEntrySchema);
  try {
    return await idempotentCreate(request, caller.runner.id, input, async (tx) => {
      const { entry, created } = await logSoreness(caller.runner, input, { client: tx });
      return { status: created ? 201 : 200, body: entry };
    });
  } catch (error) {
    if (error instanceof SorenessDateError) throw new ApiError(422, "validation_failed", "Some fields are not valid.", error.fields);
    throw error;
  }
});

const minDay = (a: string, b: string) => (a < b ? a : b);
