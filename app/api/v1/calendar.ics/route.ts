import { apiRoute } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/request";
import { calendarIcs, DOWNLOAD_DAYS } from "@/lib/data/calendar-feed";
import { todayFor } from "@/lib/data/plan";
import { addDaysIso } from "@/lib/format/dates";
import { calendarDownloadQuerySchema } from "@/lib/validation/calendar";

/** A one-off .ics of the next eight weeks (from today, or ?from=YYYY-MM-DD), for importing once. */
export const GET = apiRoute(async (request, caller) => {
  const { from } = readQuery(request, calendarDownloadQuerySchema);
  const start = from ?? todayFor(caller.runner);
  const body = await calendarIcs(caller.runner, start, addDaysIso(start, DOWNLOAD_DAYS - 1), "Recovery Planner (8 weeks)");
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="recovery-planner-${start}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
});
