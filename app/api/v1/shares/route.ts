import { apiRoute, json } from "@/lib/api/handler";
import { idempotentCreate } from "@/lib/api/idempotency";
import { readJson } from "@/lib/api/request";
import { publicOrigin } from "@/lib/data/calendar-feed";
import { createShare, listShares, sharePath } from "@/lib/data/shares";
import { shareCreateSchema } from "@/lib/validation/share";

/** The runner's therapist links (never their tokens), newest first, with when each was last opened. */
export const GET = apiRoute(async (_request, caller) => json({ shares: await listShares(caller.runner.id) }));

/** A new link; the token and URL are in this answer only (stored hashed). */
export const POST = apiRoute(async (request, caller) => {
  const input = await readJson(request, shareCreateSchema);
  const origin = publicOrigin(new URL(request.url).origin);
  return idempotentCreate(request, caller.runner.id, input, async (tx) => {
    const share = await createShare(caller.runner.id, input, tx);
    return { status: 201, body: { ...share, url: `${origin}${sharePath(share.token)}` } };
  });
});
