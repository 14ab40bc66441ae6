import { apiRoute, json } from "@/lib/api/handler";
import { feedTokenFor, feedUrl } from "@/lib/data/calendar-feed";

/** The private subscription URL, created on first use. */
export const GET = apiRoute(async (request, caller) => {
  const token = await feedTokenFor(caller.runner.id);
  return json({ url: feedUrl(token, new URL(request.url).origin) });
});
