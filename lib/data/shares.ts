import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Prisma } from "@/lib/db";
import { DomainValidationError } from "@/lib/validation/domain-error";
import type { ShareCreateInput } from "@/lib/validation/share";
import { isId } from "./races";

// The therapist's private page: a 256-bit random token in the URL is the capability (the
// therapist has no account). Shown once, stored as a SHA-256 hash like API tokens — a random
// 256-bit token needs no slow hash — so a database leak reveals no working link.
const TOKEN_PREFIX = "tp_";
const TOKEN_SHAPE = /^tp_[A-Za-z0-9_-]{43}$/;
const DAY_MS = 86_400_000;
/** lastOpenedAt is written at most once a minute per link (each open would be a write). */
const OPENED_RESOLUTION_MS = 60_000;

const hashShareToken = (token: string) => createHash("sha256").update(token).digest("hex");

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export type ShareState = "active" | "expired" | "revoked";

export interface ShareSummary {
  id: string;
  label: string;
  massageId: string | null;
  allowNotes: boolean;
  showName: boolean;
  noteToTherapist: string | null;
  expiresAt: string;
  revokedAt: string | null;
  lastOpenedAt: string | null;
  createdAt: string;
  state: ShareState;
}

const shareSelect = {
  id: true,
  label: true,
  massageId: true,
  allowNotes: true,
  showName: true,
  noteToTherapist: true,
  expiresAt: true,
  revokedAt: true,
  lastOpenedAt: true,
  createdAt: true,
} as const;
type ShareRow = Prisma.TherapistShareGetPayload<{ select: typeof shareSelect }>;

function toSummary(row: ShareRow, now: Date): ShareSummary {
  return {
    id: row.id,
    label: row.label,
    massageId: row.massageId,
    allowNotes: row.allowNotes,
    showName: row.showName,
    noteToTherapist: row.noteToTherapist,
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastOpenedAt: row.lastOpenedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    state: row.revokedAt ? "revoked" : row.expiresAt.getTime() <= now.getTime() ? "expired" : "active",
  };
}

/**
 * A new link for the runner's therapist; the token is in the answer only (shown once). A link
 * made from a massage session must name one of the runner's booked, accepted or done sessions
 * (DomainValidationError on massageId otherwise — another runner's id reads as "not found").
 */
export async function createShare(userId: string, input: ShareCreateInput, client: Client = db(), now = new Date()): Promise<ShareSummary & { token: string }> {
  if (input.massageId !== undefined) {
    const massage = isId(input.massageId)
      ? await client.massageSession.findFirst({ where: { id: input.massageId, userId }, select: { status: true } })
      : null;
    if (!massage) throw new DomainValidationError("massageId", "That massage session was not found.");
    if (massage.status === "proposed" || massage.status === "dismissed") {
      throw new DomainValidationError("massageId", "Book or accept this massage first; a link is made from a session you are going to.");
    }
  }
  const token = TOKEN_PREFIX + randomBytes(32).toString("base64url");
  const row = await client.therapistShare.create({
    data: {
      userId,
      label: input.label,
      tokenHash: hashShareToken(token),
      massageId: input.massageId ?? null,
      allowNotes: input.allowNotes,
      showName: input.showName,
      noteToTherapist: input.noteToTherapist ?? null,
      expiresAt: new Date(now.getTime() + input.expiresInDays * DAY_MS),
    },
    select: shareSelect,
  });
  return { ...toSummary(row, now), token };
}

/** The runner's links, newest first, with when each was last opened. */
export async function listShares(userId: string, now = new Date()): Promise<ShareSummary[]> {
  const rows = await db().therapistShare.findMany({ where: { userId }, select: shareSelect, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map((row) => toSummary(row, now));
}

/** Revokes at once (the page answers 404 from now on). false: no such link of this runner. Revoking twice is fine. */
export async function revokeShare(userId: string, id: string, now = new Date()): Promise<boolean> {
  if (!isId(id)) return false;
  const row = await db().therapistShare.findFirst({ where: { id, userId }, select: { revokedAt: true } });
  if (!row) return false;
  if (!row.revokedAt) await db().therapistShare.updateMany({ where: { id, userId, revokedAt: null }, data: { revokedAt: now } });
  return true;
}

export interface OpenShare {
  id: string;
  userId: string;
  label: string;
  massageId: string | null;
  allowNotes: boolean;
  showName: boolean;
  noteToTherapist: string | null;
  expiresAt: Date;
  /** The runner's time zone: "today" on the page is the runner's day. */
  timeZone: string;
}

/**
 * The link a token opens, or null — unknown, guessed, malformed, revoked or expired are all
 * the same null (the page is a 404 with no data). `markOpened` records the visit for the runner.
 */
export async function shareForToken(token: string, now = new Date(), markOpened = true): Promise<OpenShare | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const row = await db().therapistShare.findUnique({
    where: { tokenHash: hashShareToken(token) },
    select: { ...shareSelect, userId: true, user: { select: { timeZone: true } } },
  });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  if (markOpened && (!row.lastOpenedAt || now.getTime() - row.lastOpenedAt.getTime() > OPENED_RESOLUTION_MS)) {
    await db().therapistShare.update({ where: { id: row.id }, data: { lastOpenedAt: now } });
  }
  return {
    id: row.id,
    userId: row.userId,
    label: row.label,
    massageId: row.massageId,
    allowNotes: row.allowNotes,
    showName: row.showName,
    noteToTherapist: row.noteToTherapist,
    expiresAt: row.expiresAt,
    timeZone: row.user.timeZone,
  };
}

/** The page path for a token (the runner copies `${origin}${sharePath(token)}`). */
export const sharePath = (token: string) => `/share/${token}`;
