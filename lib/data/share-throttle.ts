import "server-only";
import { recordSignInFailure, signInRetryAfterMs } from "./sign-in-throttle";

// The therapist's page has no sign-in, so it is rate-limited with the same Postgres-backed
// counter as sign-in (it holds across app instances): opens per source address — guessed tokens
// included — and notes written per link. 60 opens in 15 minutes is far above a therapist
// reading before a session and far below guessing a 256-bit token.
export const SHARE_OPENS_PER_WINDOW = 60;
export const SHARE_NOTE_WRITES_PER_WINDOW = 10;

/** Milliseconds until this address may open a share page again (0: now); counts this open. */
export async function shareOpenRetryAfterMs(ip: string | null, now = new Date()): Promise<number> {
  const key = `share-open:${ip ?? "unknown"}`;
  const wait = await signInRetryAfterMs([key], now, SHARE_OPENS_PER_WINDOW);
  if (wait === 0) await recordSignInFailure([key]);
  return wait;
}

/** Milliseconds until the therapist may write notes through this link again (0: now); counts this write. */
export async function shareNoteRetryAfterMs(shareId: string, ip: string | null, now = new Date()): Promise<number> {
  const keys = [`share-note:${shareId}`, ...(ip ? [`share-note-ip:${ip}`] : [])];
  const wait = await signInRetryAfterMs(keys, now, SHARE_NOTE_WRITES_PER_WINDOW);
  if (wait === 0) await recordSignInFailure(keys);
  return wait;
}
