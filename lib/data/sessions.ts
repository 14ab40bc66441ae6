import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { rotateFeedToken } from "./calendar-feed";

/** What "sign out everywhere" or a password change revoked, for the page to list. */
export interface Revocation {
  /** The runner's new session version (this browser gets a fresh cookie with it). */
  sessionVersion: number;
  /** Names of the personal API tokens that stopped working. */
  revokedTokens: string[];
  /** The new calendar-feed token when the feed was rotated (its old URL answers 404), else null. */
  newFeedToken: string | null;
  /** Whether the runner had a calendar feed (shown as "rotate it too?" after sign-out-everywhere). */
  hadFeed: boolean;
}

/**
 * Ends every session and every personal API token of this runner at once, in one transaction:
 * the session version goes up (every cookie carrying the old one is refused) and the tokens are
 * deleted. With `newPassword`, the password changes in the same transaction and the calendar feed
 * is rotated (its URL may have been shared by whoever knew the old password).
 */
export async function revokeEverything(userId: string, options: { newPassword?: string } = {}): Promise<Revocation> {
  const passwordHash = options.newPassword !== undefined ? await hashPassword(options.newPassword) : undefined;
  const result = await db().$transaction(async (tx) => {
    const user = await tx.user.update({
      where: { id: userId },
      data: { sessionVersion: { increment: 1 }, ...(passwordHash ? { passwordHash } : {}) },
      select: { sessionVersion: true, calendarFeed: { select: { token: true } } },
    });
    const tokens = await tx.apiToken.findMany({ where: { userId }, select: { name: true }, orderBy: { createdAt: "asc" } });
    await tx.apiToken.deleteMany({ where: { userId } });
    return { sessionVersion: user.sessionVersion, revokedTokens: tokens.map((t) => t.name), hadFeed: user.calendarFeed !== null };
  });
  const newFeedToken = passwordHash && result.hadFeed ? await rotateFeedToken(userId) : null;
  return { ...result, newFeedToken };
}

/**
 * Makes one session cookie useless on the server (plain sign-out): its id is refused until
 * `expiresAt`, when the cookie would have died anyway. A vanished account has nothing to revoke.
 */
export async function revokeSession(userId: string, sid: string, expiresAt: Date): Promise<void> {
  await db().$executeRaw`
    INSERT INTO "revoked_sessions" ("sid", "user_id", "expires_at")
    SELECT ${sid}, "id", ${expiresAt} FROM "users" WHERE "id" = ${userId}::uuid
    ON CONFLICT ("sid") DO NOTHING`;
  if (Math.random() < 0.02) await db().revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}
