import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/db";

// Personal API tokens: shown once, stored as a SHA-256 hash (a random 256-bit token needs no
// slow hash), revocable one by one.
const TOKEN_PREFIX = "rp_";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export interface ApiTokenSummary {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export async function createApiToken(userId: string, name: string): Promise<ApiTokenSummary & { token: string }> {
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await db().apiToken.create({ data: { userId, name, tokenHash: hashToken(token) } });
  return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), lastUsedAt: null, token };
}

export async function listApiTokens(userId: string): Promise<ApiTokenSummary[]> {
  const rows = await db().apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" } });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
  }));
}

/** false when there is no such token of this runner (someone else's id included). */
export async function revokeApiToken(userId: string, id: string): Promise<boolean> {
  const { count } = await db().apiToken.deleteMany({ where: { id, userId } });
  return count === 1;
}

/** The owner of a bearer token, or null. Marks the token used (at most once a minute). */
export async function userIdForApiToken(token: string): Promise<string | null> {
  if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
  const row = await db().apiToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, userId: true, lastUsedAt: true } });
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return row.userId;
}
