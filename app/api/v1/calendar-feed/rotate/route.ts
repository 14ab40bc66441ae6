import { apiRoute, json } from "@/lib/api/handler";
import { feedUrl, rotateFeedToken } from "@/lib/data/calendar-feed";

/** A new subscription URL; the old one answers 404 from now on. */
export const POST = apiRoute(async (request, caller) => {
  const token = await rotateFeedToken(caller.runner.id);
  return json({ url: feedUrl(token, new URL(request.url).origin) });
});
