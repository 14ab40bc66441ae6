import "server-only";
import { db } from "@/lib/db";

// OWASP Authentication Cheat Sheet: throttle by account and by source. Kept in Postgres so the
// limit holds across several app instances (nothing shared lives in process memory).
export const SIGN_IN_MAX_FAILURES = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`email:${email.toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** Milliseconds until another attempt is allowed, or 0 when attempts are allowed now. */
export async function signInRetryAfterMs(keys: string[], now = new Date(), max = SIGN_IN_MAX_FAILURES): Promise<number> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  let wait = 0;
  for (const key of keys) {
    const failures = await db().signInFailure.findMany({
      where: { key, createdAt: { gt: since } },
      orderBy: { createdAt: "desc" },
      take: max,
      select: { createdAt: true },
    });
    if (failures.length >= max) {
      // Allowed again when the oldest of the last N failures leaves the window.
      const oldest = failures[failures.length - 1]!.createdAt.getTime();
      wait = Math.max(wait, oldest + SIGN_IN_WINDOW_MS - now.getTime());
    }
  }
  return wait;
}

export async function recordSignInFailure(keys: string[]): Promise<void> {
  await db().signInFailure.createMany({ data: keys.map((key) => ({ key })) });
  // Old rows are useless; trim them now and then instead of a cron job.
  if (Math.random() < 0.02) {
    await db().signInFailure.deleteMany({ where: { createdAt: { lt: new Date(Date.now() - SIGN_IN_WINDOW_MS) } } });
  }
}

export async function clearSignInFailures(email: string): Promise<void> {
  await db().signInFailure.deleteMany({ where: { key: `email:${email.toLowerCase()}` } });
}
