import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readJson, readQuery } from "@/lib/api/request";
import { todayFor } from "@/lib/data/plan";
import { SorenessDateError } from "@/lib/data/soreness";
import { historyWindow, listWellness, saveCheckIn } from "@/lib/data/wellness";
import { addDaysIso } from "@/lib/format/dates";
import { MAX_RANGE_DAYS } from "@/lib/validation/soreness";
import { checkInSchema, wellnessRangeSchema } from "@/lib/validation/wellness";

/** Check-ins from `from` to `to` (local days, both included); the last 12 weeks by default; at most 366 days. */
export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, wellnessRangeSchema);
  const today = todayFor(caller.runner);
  const to = query.to ?? today;
  const from = query.from ?? historyWindow(to).chartFrom;
  if (from > to) throw new ApiError(400, "bad_request", "from must be on or before to.", { from: ["from must be on or before to."] });
  if (from < addDaysIso(to, -(MAX_RANGE_DAYS - 1))) {
    throw new ApiError(400, "bad_request", `Ask for at most ${MAX_RANGE_DAYS} days at once.`, { from: [`Ask for at most ${MAX_RANGE_DAYS} days at once.`] });
  }
  return json({ entries: await listWellness(caller.runner.id, from, to) });
});

/** Saves a day's morning check-in; the day's entry becomes exactly what was sent. */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, checkInSchema);
  try {
    return json(await saveCheckIn(caller.runner, input));
  } catch (error) {
    if (error instanceof SorenessDateError) throw new ApiError(422, "validation_failed", "Some fields are not valid.", error.fields);
    throw error;
  }
});
