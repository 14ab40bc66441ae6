import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import { encodeRunCursor, type RunCreateInput, type RunKind, type RunListQuery, type RunPatchInput } from "@/lib/validation/run";
import type { Runner } from "./users";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { runPlausibility } from "@/lib/validation/run-plausibility";
import { localDayOfSession } from "./session-time";
import { defaultRunRpe, effortOf } from "@/lib/rules/session-load";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;
type RunRow = Prisma.RunGetPayload<object>;
export type RunSource = "manual" | "fit" | "gpx" | "tcx";

/** A run as pages and the API show it: database units, plus pace and session load. */
export interface RunView {
  id: string;
  startedAt: string;
  date: string; // the runner's local day
  distanceM: number;
  durationSec: number;
  elapsedSec: number | null;
  rpe: number | null;
  kind: RunKind | null;
  temperatureC: number | null;
  avgHeartRate: number | null;
  maxHeartRate: number | null;
  elevationGainM: number | null;
  notes: string | null;
  source: RunSource;
  fileName: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Seconds per kilometre. */
  paceSecPerKm: number;
  /** Session RPE load (Foster 2001): RPE × minutes; null without an RPE. */
  load: number | null;
  /** Without an RPE: the load the plan counts instead (shown "≈ 210"), else null. */
  estimatedLoad: number | null;
  /** How estimatedLoad was estimated: from average heart rate (ACSM bands) or the default by kind. */
  loadEstimated: "heart-rate" | "default" | null;
}

/** What an import adds to a hand-entered run. */
export interface RunFileExtras {
  source: Exclude<RunSource, "manual">;
  fileHash: string;
  fileName: string;
  elapsedSec?: number | null;
  maxHeartRate?: number | null;
  elevationGainM?: number | null;
}

export class RunNotFoundError extends Error {
  constructor() {
    super("That run was not found.");
    this.name = "RunNotFoundError";
  }
}

/** Optimistic concurrency: the run changed since the caller read it. */
export class RunConflictError extends Error {
  constructor(readonly currentVersion: number | null, message = "This run was changed elsewhere since you opened it. Reload it to see the latest, then make your change again.") {
    super(message);
    this.name = "RunConflictError";
  }
}

/** `maxHeartRate` (bpm, maxHeartRateOf) lets a run without an RPE get a load estimated from its heart rate. */
export function toRunView(r: RunRow, maxHeartRate: number | null = null): RunView {
  const effort = effortOf(r, maxHeartRate, defaultRunRpe(r.kind));
  return {
    id: r.id,
    startedAt: r.startedAt.toISOString(),
    date: isoDateOfColumn(r.localDate),
    distanceM: r.distanceM,
    durationSec: r.durationSec,
    elapsedSec: r.elapsedSec,
    rpe: r.rpe,
    kind: r.kind,
    temperatureC: r.temperatureC,
    avgHeartRate: r.avgHeartRate,
    maxHeartRate: r.maxHeartRate,
    elevationGainM: r.elevationGainM,
    notes: r.notes,
    source: r.source,
    fileName: r.fileName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
    paceSecPerKm: Math.round((r.durationSec / (r.distanceM / 1000)) * 10) / 10,
    load: r.rpe === null ? null : Math.round((r.rpe * r.durationSec) / 60),
    estimatedLoad: effort.basis === "rpe" ? null : Math.round((effort.rpe * r.durationSec) / 60),
    loadEstimated: effort.basis === "rpe" ? null : effort.basis,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);

export async function countRuns(userId: string): Promise<number> {
  return db().run.count({ where: { userId } });
}

export const RUN_IN_FUTURE_MESSAGE = "That day is still to come. Log a run on the day you ran it, or later.";

/**
 * The run's local day, computed once from the runner's time zone; a day after their today, or a
 * start later than now (the time, not just the day), is refused.
 */
function localDayOfRun(startedAt: Date, timeZone: string): Date {
  return localDayOfSession(startedAt, timeZone, RUN_IN_FUTURE_MESSAGE);
}

/** Refuses (DomainValidationError on the field) a run no one could have run: see run-plausibility.ts. */
export function assertPlausibleRun(run: { distanceM: number; durationSec: number }, changed?: ReadonlyArray<"distanceM" | "durationSec">): void {
  const { errors } = runPlausibility(run);
  const first = errors.find((e) => changed?.includes(e.field)) ?? errors[0];
  if (first) throw new DomainValidationError(first.field, first.message);
}

/** Stores a run; its local day is computed here, once, from the runner's time zone. */
export async function createRun(
  runner: Pick<Runner, "id" | "timeZone">,
  input: RunCreateInput & Partial<RunFileExtras>,
  client: Client = db(),
): Promise<RunView> {
  assertPlausibleRun(input);
  const row = await client.run.create({
    data: {
      userId: runner.id,
      startedAt: input.startedAt,
      localDate: localDayOfRun(input.startedAt, runner.timeZone),
      distanceM: input.distanceM,
      durationSec: input.durationSec,
      rpe: input.rpe ?? null,
      kind: input.kind ?? null,
      temperatureC: input.temperatureC ?? null,
      avgHeartRate: input.avgHeartRate ?? null,
      notes: input.notes ?? null,
      source: input.source ?? "manual",
      fileHash: input.fileHash ?? null,
      fileName: input.fileName ?? null,
      elapsedSec: input.elapsedSec ?? null,
      maxHeartRate: input.maxHeartRate ?? null,
      elevationGainM: input.elevationGainM ?? null,
    },
  });
  return toRunView(row);
}

const formKey = (nonce: string) => `form:run:${nonce}`;

/**
 * The quick-entry form's double-submit guard: each rendering of the form carries a nonce; the
 * first submission stores the run and the nonce together, a second one (double click, back
 * button, retry) gets the same run back and stores nothing. null when that first run has since
 * been deleted (the form was used already).
 */
export async function createRunOnce(runner: Pick<Runner, "id" | "timeZone">, input: RunCreateInput, nonce: string): Promise<RunView | null> {
  const key = formKey(nonce);
  const requestHash = createHash("sha256").update(JSON.stringify(input)).digest("hex");
  const earlier = async () => {
    const seen = await db().idempotencyKey.findUnique({ where: { userId_key: { userId: runner.id, key } } });
    if (!seen) return undefined;
    const runId = (seen.body as { runId?: string } | null)?.runId;
    return runId ? await getRun(runner.id, runId) : null;
  };
  const before = await earlier();
  if (before !== undefined) return before;
  try {
    return await db().$transaction(async (tx) => {
      await tx.idempotencyKey.create({ data: { userId: runner.id, key, requestHash, status: 0, body: {} } });
      const run = await createRun(runner, input, tx);
      await tx.idempotencyKey.update({ where: { userId_key: { userId: runner.id, key } }, data: { status: 201, body: { runId: run.id } } });
      return run;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await earlier();
      if (winner !== undefined) return winner;
    }
    throw error;
  }
}

export interface RunPage {
  runs: RunView[];
  nextCursor: string | null;
}

/** Newest first (by start time, then id), filtered by kind and local-date range. */
export async function listRuns(userId: string, query: Partial<RunListQuery> = {}, maxHeartRate: number | null = null): Promise<RunPage> {
  const limit = query.limit ?? 20;
  const where: Prisma.RunWhereInput = { userId };
  if (query.kind) where.kind = query.kind;
  if (query.from || query.to) {
    where.localDate = {
      ...(query.from ? { gte: dateColumn(query.from) } : {}),
      ...(query.to ? { lte: dateColumn(query.to) } : {}),
    };
  }
  if (query.cursor) {
    const c = query.cursor;
    where.OR = [{ startedAt: { lt: c.startedAt } }, { startedAt: c.startedAt, id: { lt: c.id } }];
  }
  const rows = await db().run.findMany({ where, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: limit + 1 });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    runs: page.map((r) => toRunView(r, maxHeartRate)),
    nextCursor: rows.length > limit && last ? encodeRunCursor({ startedAt: last.startedAt, id: last.id }) : null,
  };
}

/** One run of this runner; null for a missing id, a malformed one, or another runner's. */
export async function getRun(userId: string, id: string, maxHeartRate: number | null = null): Promise<RunView | null> {
  if (!isUuid(id)) return null;
  const row = await db().run.findFirst({ where: { id, userId } });
  return row ? toRunView(row, maxHeartRate) : null;
}

/**
 * Sets the effort of one imported run or cross-training session (the import page's one tap).
 * Throws RunNotFoundError when it is not this runner's.
 */
export async function rateSession(userId: string, kind: "run" | "cross-training", id: string, rpe: number): Promise<void> {
  if (!isUuid(id)) throw new RunNotFoundError();
  const where = { id, userId };
  const data = { rpe, version: { increment: 1 } };
  const { count } = kind === "run" ? await db().run.updateMany({ where, data }) : await db().crossTraining.updateMany({ where, data });
  if (count === 0) throw new RunNotFoundError();
}

/**
 * Changes a run if it is still at the version the caller read (one UPDATE: all or nothing).
 * Throws RunNotFoundError or RunConflictError.
 */
export async function updateRun(runner: Pick<Runner, "id" | "timeZone">, id: string, patch: RunPatchInput): Promise<RunView> {
  if (!isUuid(id)) throw new RunNotFoundError();
  const data: Prisma.RunUpdateManyMutationInput = { version: { increment: 1 } };
  if (patch.startedAt !== undefined) {
    data.startedAt = patch.startedAt;
    data.localDate = localDayOfRun(patch.startedAt, runner.timeZone);
  }
  if (patch.distanceM !== undefined) data.distanceM = patch.distanceM;
  if (patch.durationSec !== undefined) data.durationSec = patch.durationSec;
  if (patch.rpe !== undefined) data.rpe = patch.rpe;
  if (patch.kind !== undefined) data.kind = patch.kind;
  if (patch.temperatureC !== undefined) data.temperatureC = patch.temperatureC;
  if (patch.avgHeartRate !== undefined) data.avgHeartRate = patch.avgHeartRate;
  if (patch.notes !== undefined) data.notes = patch.notes;
  if (patch.distanceM !== undefined || patch.durationSec !== undefined) {
    const stored = await db().run.findFirst({ where: { id, userId: runner.id }, select: { distanceM: true, durationSec: true, version: true } });
    if (!stored) throw new RunNotFoundError();
    // A stale version is a conflict whatever the values: the runner must see the latest first.
    if (stored.version !== patch.version) throw new RunConflictError(stored.version);
    const changed = (["distanceM", "durationSec"] as const).filter((field) => patch[field] !== undefined);
    assertPlausibleRun({ distanceM: patch.distanceM ?? stored.distanceM, durationSec: patch.durationSec ?? stored.durationSec }, changed);
  }
  const { count } = await db().run.updateMany({ where: { id, userId: runner.id, version: patch.version }, data });
  if (count === 0) {
    const current = await db().run.findFirst({ where: { id, userId: runner.id }, select: { version: true } });
    if (!current) throw new RunNotFoundError();
    throw new RunConflictError(current.version);
  }
  const run = await getRun(runner.id, id);
  if (!run) throw new RunNotFoundError(); // deleted in between
  return run;
}

/** Everything needed to put a deleted run back exactly as it was (same id). */
/** What a deletion keeps for undo: the stored row's fields (with its file hash), as JSON. */
export type DeletedRun = Omit<RunView, "date" | "updatedAt" | "paceSecPerKm" | "load" | "estimatedLoad" | "loadEstimated"> & { localDate: string; fileHash: string | null };

/** How long after deleting a run the runner can still undo it (the page offers it for less). */
export const RUN_UNDO_WINDOW_MS = 60_000;
const undoKey = (runId: string) => `undo:run:${runId}`;

function snapshotOf(r: RunRow): DeletedRun {
  return {
    id: r.id,
    startedAt: r.startedAt.toISOString(),
    localDate: isoDateOfColumn(r.localDate),
    distanceM: r.distanceM,
    durationSec: r.durationSec,
    elapsedSec: r.elapsedSec,
    rpe: r.rpe,
    kind: r.kind,
    temperatureC: r.temperatureC,
    avgHeartRate: r.avgHeartRate,
    maxHeartRate: r.maxHeartRate,
    elevationGainM: r.elevationGainM,
    notes: r.notes,
    source: r.source,
    fileHash: r.fileHash,
    fileName: r.fileName,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}

/**
 * Deletes a run and keeps its data for a short undo (in the same transaction, so the run is
 * never gone without its copy). Returns the deleted run's data; throws RunNotFoundError.
 */
export async function deleteRun(userId: string, id: string, now = new Date()): Promise<DeletedRun> {
  if (!isUuid(id)) throw new RunNotFoundError();
  return db().$transaction(async (tx) => {
    const row = await tx.run.findFirst({ where: { id, userId } });
    if (!row) throw new RunNotFoundError();
    await tx.run.delete({ where: { id: row.id } });
    const snapshot = snapshotOf(row);
    const body = snapshot as unknown as Prisma.InputJsonValue;
    await tx.idempotencyKey.upsert({
      where: { userId_key: { userId, key: undoKey(id) } },
      create: { userId, key: undoKey(id), requestHash: "undo", status: 200, body, createdAt: now },
      update: { body, createdAt: now },
    });
    // Copies older than the window are of no use any more.
    await tx.idempotencyKey.deleteMany({
      where: { userId, key: { startsWith: "undo:run:" }, createdAt: { lt: new Date(now.getTime() - RUN_UNDO_WINDOW_MS) } },
    });
    return snapshot;
  });
}

/** When the run deleted last can still be restored; null when it cannot (too late, or not yours). */
export async function undoDeadline(userId: string, runId: string, now = new Date()): Promise<Date | null> {
  if (!isUuid(runId)) return null;
  const row = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key: undoKey(runId) } }, select: { createdAt: true } });
  if (!row) return null;
  const deadline = new Date(row.createdAt.getTime() + RUN_UNDO_WINDOW_MS);
  return deadline > now ? deadline : null;
}

/**
 * Undo of a delete: puts the run back with its id and data. Returns null when the undo window
 * has passed (or the id is not a run this runner deleted). Restoring twice is harmless.
 */
export async function restoreRun(userId: string, runId: string, now = new Date()): Promise<RunView | null> {
  if (!isUuid(runId)) return null;
  const already = await getRun(userId, runId);
  if (already) return already;
  try {
    return await db().$transaction(async (tx) => {
      const kept = await tx.idempotencyKey.findUnique({ where: { userId_key: { userId, key: undoKey(runId) } } });
      if (!kept || kept.createdAt.getTime() + RUN_UNDO_WINDOW_MS <= now.getTime()) return null;
      const s = kept.body as unknown as DeletedRun;
      const row = await tx.run.create({
        data: {
          id: s.id,
          userId,
          startedAt: new Date(s.startedAt),
          localDate: dateColumn(s.localDate),
          distanceM: s.distanceM,
          durationSec: s.durationSec,
          elapsedSec: s.elapsedSec,
          rpe: s.rpe,
          kind: s.kind,
          temperatureC: s.temperatureC,
          avgHeartRate: s.avgHeartRate,
          maxHeartRate: s.maxHeartRate,
          elevationGainM: s.elevationGainM,
          notes: s.notes,
          source: s.source,
          fileHash: s.fileHash,
          fileName: s.fileName,
          version: s.version + 1,
          createdAt: new Date(s.createdAt),
        },
      });
      await tx.idempotencyKey.delete({ where: { id: kept.id } });
      return toRunView(row);
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const restored = await getRun(userId, runId);
      if (restored) return restored;
      throw new RunConflictError(null, "This run's file was imported again after you deleted it, so the deleted copy was not restored.");
    }
    throw error;
  }
}

export { importRuns, type ImportFile, type ImportResult } from "./run-import";
