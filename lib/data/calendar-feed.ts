import "server-only";
import { randomBytes } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { buildCalendar } from "@/lib/calendar/ics";
import { listScheduledMassages } from "./massages";
import { listRaces } from "./races";
import { plannedSessions } from "./return-to-run";
import { findRunnerById, type Runner } from "./users";

/**
 * The private iCalendar subscription: a 256-bit random token in the URL is the capability
 * (calendar apps cannot send credentials). It is stored as is, to show the URL again in
 * settings; rotating replaces it, so the old URL answers 404 at once.
 */
const newToken = () => randomBytes(32).toString("base64url");

/** The feed's token, created on first use (two first uses at once agree on one token). */
export async function feedTokenFor(userId: string): Promise<string> {
  const existing = await db().calendarFeed.findUnique({ where: { userId }, select: { token: true } });
  if (existing) return existing.token;
  try {
    const row = await db().calendarFeed.create({ data: { userId, token: newToken() }, select: { token: true } });
    return row.token;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db().calendarFeed.findUnique({ where: { userId }, select: { token: true } });
      if (winner) return winner.token;
    }
    throw error;
  }
}

/** A new token; the old URL stops working immediately. */
export async function rotateFeedToken(userId: string): Promise<string> {
  const token = newToken();
  await db().calendarFeed.upsert({ where: { userId }, create: { userId, token }, update: { token, createdAt: new Date() } });
  return token;
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** The runner a feed token belongs to, or null (unknown, rotated, or not a token at all). */
export async function runnerForFeedToken(token: string): Promise<Runner | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const feed = await db().calendarFeed.findUnique({ where: { token }, select: { userId: true } });
  return feed ? findRunnerById(feed.userId) : null;
}

/** The public base URL: NEXTAUTH_URL when set (behind a proxy), else the request's own origin. */
export function publicOrigin(requestOrigin: string): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      /* fall through to the request's origin */
    }
  }
  return requestOrigin;
}

export function feedUrl(token: string, requestOrigin: string): string {
  return `${publicOrigin(requestOrigin)}/api/calendar/${token}.ics`;
}

/** The subscription covers a month back (recent history stays visible) and a year ahead. */
export const FEED_PAST_DAYS = 30;
export const FEED_FUTURE_DAYS = 365;
/** The one-off download: the next eight weeks. */
export const DOWNLOAD_DAYS = 8 * 7;

/** The runner's races and accepted / booked / done massage days from … to, as iCalendar text. */
export async function calendarIcs(runner: Runner, from: string, to: string, name?: string): Promise<string> {
  const [races, massages] = await Promise.all([listRaces(runner.id, { from, to }), listScheduledMassages(runner, from, to)]);
  const walkRunSessions = await plannedSessions(runner.id, from, to);
  return buildCalendar({
    walkRunSessions,
    units: runner.units,
    timeZone: runner.timeZone,
    name,
    races,
    massages: massages.map((m) => ({ ...m, status: m.status as "accepted" | "booked" | "done" })),
  });
}
