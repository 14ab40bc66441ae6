import "server-only";
import { createHash } from "node:crypto";
import { reserveAttempt, type AttemptKey, type AttemptPolicy } from "./password-attempts";

// The therapist's page has no sign-in, so it is rate-limited with the same Postgres-backed,
// atomic counter as the password doors (it holds across app instances and under bursts): opens
// per client address (known only behind a trusted proxy, see lib/api/client-ip.ts) and per link,
// and notes written per link. 60 opens in 15 minutes is far above a therapist reading before a
// session and far below anything that could guess a 256-bit token.
export const SHARE_OPENS_PER_WINDOW = 60;
export const SHARE_NOTE_WRITES_PER_WINDOW = 10;

// The attempt counter lets `free` through at once and one more before its first delay, so `n` allowed is `free: n - 1`.
const policy = (allowed: number): AttemptPolicy => ({ free: allowed - 1, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 });
const tokenKey = (token: string) => createHash("sha256").update(token).digest("hex").slice(0, 32);

async function waitMs(keys: AttemptKey[]): Promise<number> {
  const reservation = await reserveAttempt(keys);
  return reservation.ok ? 0 : reservation.retryAfterSeconds * 1000;
}

/**
 * Milliseconds until a share page may be opened again (0: now); counts this open against the
 * client address (when known) and the link (when given).
 */
export async function shareOpenRetryAfterMs(ip: string | null, token?: string): Promise<number> {
  const keys: AttemptKey[] = [];
  if (ip) keys.push({ key: `share-open:${ip}`, policy: policy(SHARE_OPENS_PER_WINDOW) });
  if (token !== undefined || !ip) keys.push({ key: `share-open-link:${tokenKey(token ?? "")}`, policy: policy(SHARE_OPENS_PER_WINDOW) });
  return waitMs(keys);
}

/** Milliseconds until the therapist may write notes through this link again (0: now); counts this write. */
export async function shareNoteRetryAfterMs(shareId: string, ip: string | null): Promise<number> {
  const keys: AttemptKey[] = [{ key: `share-note:${shareId}`, policy: policy(SHARE_NOTE_WRITES_PER_WINDOW) }];
  if (ip) keys.push({ key: `share-note-ip:${ip}`, policy: policy(SHARE_NOTE_WRITES_PER_WINDOW) });
  return waitMs(keys);
}
