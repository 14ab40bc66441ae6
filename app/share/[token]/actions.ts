"use server";

import { headers } from "next/headers";
import { todayFor } from "@/lib/data/plan";
import { saveTherapistNote, type TherapistNoteRefusal } from "@/lib/data/session-notes";
import { clientAddress } from "@/lib/api/client-ip";
import { shareNoteRetryAfterMs } from "@/lib/data/share-throttle";
import { shareForToken } from "@/lib/data/shares";
import { fieldErrorsOf, type FormState } from "@/lib/validation/form";
import { sessionNoteFormObject, sessionNoteSchema } from "@/lib/validation/share";

const REFUSALS: Readonly<Record<TherapistNoteRefusal, string>> = {
  "not-allowed": "The runner has not allowed notes through this link. Nothing was saved.",
  "no-session": "This link is not tied to a session that can take notes. Nothing was saved.",
  "not-yet": "Notes can be added from the day of the session. Nothing was saved.",
};

/**
 * The therapist's session notes through a link that allows them: only the link's own session,
 * nothing else. No account: the token is the capability, checked again here (revoked or expired
 * since the page was opened → refused); writes per link and per address are limited; Next checks
 * that the post comes from this site's own page (Origin against Host).
 */
export async function saveTherapistNoteAction(token: string, _state: FormState, formData: FormData): Promise<FormState> {
  const parsed = sessionNoteSchema.safeParse(sessionNoteFormObject(formData));
  if (!parsed.success) return { fieldErrors: fieldErrorsOf(parsed.error), message: "Check the notes: nothing was saved." };
  const share = await shareForToken(typeof token === "string" ? token : "", new Date(), false);
  if (!share) return { message: "This link no longer works (revoked or expired). Nothing was saved." };
  const forwarded = clientAddress(await headers());
  const wait = await shareNoteRetryAfterMs(share.id, forwarded);
  if (wait > 0) return { message: `Too many saves through this link. Try again in ${Math.ceil(wait / 60_000)} minutes; nothing was saved.` };
  const result = await saveTherapistNote(share, parsed.data, todayFor(share));
  if (!result.ok) return { message: REFUSALS[result.reason] };
  return { ok: true, message: "Session notes saved. The runner sees them with the session." };
}
