import "server-only";
import { db, Prisma } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import { effortOf } from "@/lib/rules/session-load";
import { DEFAULT_CROSS_TRAINING_RPE } from "@/lib/rules/thresholds";
import type { CrossTrainingCreateInput, CrossTrainingListQuery, CrossTrainingPatchInput } from "@/lib/validation/cross-training";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { localDayOfSession } from "./session-time";
import type { Runner } from "./users";
import type { RunSource } from "./runs";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;
type Row = Prisma.CrossTrainingGetPayload<object>;

/** A cross-training session as pages and the API show it: database units plus its session load. */
export interface CrossTrainingView {
  id: string;
  sport: string;
  subSport: string | null;
  startedAt: string;
  date: string; // the runner's local day
  durationSec: number; // moving time
  elapsedSec: number | null;
  distanceM: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  rpe: number | null;
  notes: string | null;
  source: RunSource;
  fileName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** sRPE (Foster 2001): RPE × minutes, rounded; with no RPE, estimated (see loadEstimated). */
  load: number;
  /** null when the load uses the runner's RPE; otherwise how it was estimated ("≈" in the app). */
  loadEstimated: "heart-rate" | "default" | null;
}

/** What an import adds to a hand-entered session. */
export interface CrossTrainingFileExtras {
  source: Exclude<RunSource, "manual">;
  fileHash: string;
  fileName: string;
}

export class CrossTrainingNotFoundError extends Error {
  constructor() {
    super("That cross-training session was not found.");
    this.name = "CrossTrainingNotFoundError";
  }
}

export class CrossTrainingConflictError extends Error {
  constructor(readonly currentVersion: number) {
    super("This session was changed elsewhere since you opened it. Reload it to see the latest, then make your change again.");
    this.name = "CrossTrainingConflictError";
  }
}

/** `maxHeartRate` (bpm) is what estimates use for a session without an RPE (maxHeartRateOf). */
export function toCrossTrainingView(r: Row, maxHeartRate: number | null = null): CrossTrainingView {
  const effort = effortOf(r, maxHeartRate, DEFAULT_CROSS_TRAINING_RPE);
  return {
    id: r.id,
    sport: r.sport,
    subSport: r.subSport,
    startedAt: r.startedAt.toISOString(),
    date: isoDateOfColumn(r.localDate),
    durationSec: r.durationSec,
    elapsedSec: r.elapsedSec,
    distanceM: r.distanceM,
    avgHeartRate: r.avgHeartRate,
    maxHeartRate: r.maxHeartRate,
    rpe: r.rpe,
    notes: r.notes,
    source: r.source,
    fileName: r.fileName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    load: Math.round((effort.rpe * r.durationSec) / 60),
    loadEstimated: effort.basis === "rpe" ? null : effort.basis,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Stores a session; its local day is computed once from the runner's zone; a start later than now is refused. */
export async function createCrossTraining(
  runner: Pick<Runner, "id" | "timeZone">,
  input: CrossTrainingCreateInput & Partial<CrossTrainingFileExtras>,
  client: Client = db(),
  maxHeartRate: number | null = null,
): Promise<CrossTrainingView> {
  const row = await client.crossTraining.create({
    data: {
      userId: runner.id,
      sport: input.sport,
      subSport: input.subSport ?? null,
      startedAt: input.startedAt,
      localDate: localDayOfSession(input.startedAt, runner.timeZone),
      durationSec: input.durationSec,
      elapsedSec: input.elapsedSec ?? null,
      distanceM: input.distanceM ?? null,
      avgHeartRate: input.avgHeartRate ?? null,
      maxHeartRate: input.maxHeartRate ?? null,
      rpe: input.rpe ?? null,
      notes: input.notes ?? null,
      source: input.source ?? "manual",
      fileHash: input.fileHash ?? null,
      fileName: input.fileName ?? null,
    },
  });
  return toCrossTrainingView(row, maxHeartRate);
}

export interface CrossTrainingPage {
  sessions: CrossTrainingView[];
  nextCursor: string | null;
}

const encodeCursor = (r: { startedAt: Date; id: string }) =>
  Buffer.from(`${r.startedAt.toISOString()}|${r.id}`).toString("base64url");
function decodeCursor(text: string): { startedAt: Date; id: string } | null {
  const [iso, id, ...rest] = Buffer.from(text, "base64url").toString().split("|");
  if (rest.length || !iso || !id || !UUID.test(id) || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(iso)) return null;
  const startedAt = new Date(iso);
  return Number.isFinite(startedAt.getTime()) ? { startedAt, id } : null;
}

export class BadCursorError extends Error {
  constructor() {
    super("That page link is not valid. Start again from the newest sessions.");
    this.name = "BadCursorError";
  }
}

/** Newest first (start time, then id), by sport and local-date range. Throws BadCursorError. */
export async function listCrossTraining(
  userId: string,
  query: Partial<CrossTrainingListQuery> = {},
  maxHeartRate: number | null = null,
): Promise<CrossTrainingPage> {
  const limit = query.limit ?? 20;
  const where: Prisma.CrossTrainingWhereInput = { userId };
  if (query.sport) where.sport = query.sport;
  if (query.from || query.to) {
    where.localDate = { ...(query.from ? { gte: dateColumn(query.from) } : {}), ...(query.to ? { lte: dateColumn(query.to) } : {}) };
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor);
    if (!c) throw new BadCursorError();
    where.OR = [{ startedAt: { lt: c.startedAt } }, { startedAt: c.startedAt, id: { lt: c.id } }];
  }
  const rows = await db().crossTraining.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    sessions: page.map((r) => toCrossTrainingView(r, maxHeartRate)),
    nextCursor: rows.length > limit && last ? encodeCursor(last) : null,
  };
}

/** Sessions dated from … to (local days, inclusive), oldest first: for the runs list and the calendar. */
export async function crossTrainingBetween(userId: string, from: string, to: string, maxHeartRate: number | null = null): Promise<CrossTrainingView[]> {
  const rows = await db().crossTraining.findMany({
    where: { userId, localDate: { gte: dateColumn(from), lte: dateColumn(to) } },
    orderBy: [{ startedAt: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => toCrossTrainingView(r, maxHeartRate));
}

/** One session of this runner; null for a missing id, a malformed one, or another runner's. */
export async function getCrossTraining(userId: string, id: string, maxHeartRate: number | null = null): Promise<CrossTrainingView | null> {
  if (!UUID.test(id)) return null;
  const row = await db().crossTraining.findFirst({ where: { id, userId } });
  return row ? toCrossTrainingView(row, maxHeartRate) : null;
}

/**
 * Changes a session if it is still at the version the caller read (one UPDATE: all or nothing).
 * Throws CrossTrainingNotFoundError, CrossTrainingConflictError or DomainValidationError.
 */
export async function updateCrossTraining(
  runner: Pick<Runner, "id" | "timeZone">,
  id: string,
  patch: CrossTrainingPatchInput,
  maxHeartRate: number | null = null,
): Promise<CrossTrainingView> {
  if (!UUID.test(id)) throw new CrossTrainingNotFoundError();
  const data: Prisma.CrossTrainingUpdateManyMutationInput = { version: { increment: 1 } };
  if (patch.startedAt !== undefined) {
    data.startedAt = patch.startedAt;
    data.localDate = localDayOfSession(patch.startedAt, runner.timeZone);
  }
  for (const key of ["sport", "subSport", "durationSec", "elapsedSec", "distanceM", "avgHeartRate", "maxHeartRate", "rpe", "notes"] as const) {
    if (patch[key] !== undefined) (data as Record<string, unknown>)[key] = patch[key];
  }
  // Moving time may never exceed the stored elapsed time (or the other way round), whichever is patched.
  const current = await db().crossTraining.findFirst({ where: { id, userId: runner.id }, select: { durationSec: true, elapsedSec: true } });
  if (!current) throw new CrossTrainingNotFoundError();
  const moving = patch.durationSec ?? current.durationSec;
  const elapsed = patch.elapsedSec === undefined ? current.elapsedSec : patch.elapsedSec;
  if (elapsed !== null && elapsed < moving) {
    throw new DomainValidationError(patch.durationSec !== undefined ? "durationSec" : "elapsedSec", "Elapsed time (start to finish, pauses included) cannot be shorter than the moving time.");
  }
  const { count } = await db().crossTraining.updateMany({ where: { id, userId: runner.id, version: patch.version }, data });
  if (count === 0) {
    const now = await db().crossTraining.findFirst({ where: { id, userId: runner.id }, select: { version: true } });
    if (!now) throw new CrossTrainingNotFoundError();
    throw new CrossTrainingConflictError(now.version);
  }
  const session = await getCrossTraining(runner.id, id, maxHeartRate);
  if (!session) throw new CrossTrainingNotFoundError();
  return session;
}

/** Deletes one of this runner's sessions; throws CrossTrainingNotFoundError. */
export async function deleteCrossTraining(userId: string, id: string): Promise<void> {
  if (!UUID.test(id)) throw new CrossTrainingNotFoundError();
  const { count } = await db().crossTraining.deleteMany({ where: { id, userId } });
  if (count === 0) throw new CrossTrainingNotFoundError();
}
