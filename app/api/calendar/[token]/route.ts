import { publicRoute } from "@/lib/api/handler";
import { calendarIcs, FEED_FUTURE_DAYS, FEED_PAST_DAYS, runnerForFeedToken } from "@/lib/data/calendar-feed";
import { todayFor } from "@/lib/data/plan";
import { addDaysIso } from "@/lib/format/dates";

const notFound = () =>
  new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The private subscription: /api/calendar/<token>.ics. No sign-in — calendar apps cannot send
 * one; the long random token is the capability. Unknown or rotated tokens get a plain 404.
 */
export const GET = publicRoute<{ token: string }>(async (_request, { token }) => {
  const bare = token.endsWith(".ics") ? token.slice(0, -".ics".length) : token;
  const runner = await runnerForFeedToken(bare);
  if (!runner) return notFound();
  const today = todayFor(runner);
  const body = await calendarIcs(runner, addDaysIso(today, -FEED_PAST_DAYS), addDaysIso(today, FEED_FUTURE_DAYS));
  return new Response(body, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="recovery-planner.ics"',
      // Private to the subscriber, and revalidated each time so a rotated URL stops at once.
      "Cache-Control": "private, no-cache",
      "X-Robots-Tag": "noindex",
    },
  });
});
