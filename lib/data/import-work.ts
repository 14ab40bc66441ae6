import "server-only";
import { db, Prisma } from "@/lib/db";
import type { ParsedActivity } from "@/lib/import";
import { activityHash } from "./run-import";
import { lockRunnerImports, storeImportedActivity, type ActivityExtras, type StoreOutcome } from "./import-store";

/**
 * The worker's side of an import (lib/jobs/import-worker.ts): leases, listing, and storing each
 * entry's result in the same transaction as the run it creates — so a crash between the two
 * cannot happen, and an entry that is done is never done again.
 */

export interface WorkJob {
  id: string;
  userId: string;
  status: string;
  listed: boolean;
  uploads: { path: string; fileName: string; isZip: boolean }[];
  runner: { id: string; timeZone: string };
}

/**
 * Takes (or renews) the lease on a job for `leaseMs`. null when the job is finished, cancelled, or
 * leased by another worker whose lease has not run out.
 */
export async function leaseImportJob(jobId: string, leaseMs: number, renew = false): Promise<WorkJob | null> {
  const now = new Date();
  const until = new Date(now.getTime() + leaseMs);
  const taken = await db().importJob.updateMany({
    where: {
      id: jobId,
      status: { in: ["queued", "running"] },
      ...(renew ? {} : { OR: [{ leaseUntil: null }, { leaseUntil: { lt: now } }] }),
    },
    data: { leaseUntil: until, status: "running" },
  });
  if (taken.count === 0) return null;
  const job = await db().importJob.findUnique({ where: { id: jobId }, include: { user: { select: { id: true, timeZone: true } } } });
  if (!job) return null;
  if (!job.startedAt) await db().importJob.update({ where: { id: jobId }, data: { startedAt: now } });
  return {
    id: job.id,
    userId: job.userId,
    status: job.status,
    listed: job.listedAt !== null,
    uploads: job.uploads as unknown as WorkJob["uploads"],
    runner: job.user,
  };
}

export async function releaseImportJob(jobId: string): Promise<void> {
  await db().importJob.updateMany({ where: { id: jobId }, data: { leaseUntil: null } });
}

/** Is the job still to be worked on (not cancelled meanwhile)? */
export async function importStillWanted(jobId: string): Promise<boolean> {
  const job = await db().importJob.findUnique({ where: { id: jobId }, select: { status: true } });
  return job?.status === "running" || job?.status === "queued";
}

export interface NewEntry {
  key: string;
  fileName: string;
  status: "pending" | "skipped";
  message?: string;
  details: unknown;
}

/** Stores listed entries; an entry listed before (a resumed listing) is left as it is. */
export async function addImportEntries(job: Pick<WorkJob, "id" | "userId">, startSeq: number, entries: NewEntry[]): Promise<void> {
  await db().importEntry.createMany({
    data: entries.map((e, i) => ({
      userId: job.userId,
      jobId: job.id,
      seq: startSeq + i,
      key: e.key,
      fileName: e.fileName.slice(0, 500),
      status: e.status,
      message: e.message ?? null,
      details: e.details as Prisma.InputJsonValue,
      doneAt: e.status === "pending" ? null : new Date(),
    })),
    skipDuplicates: true,
  });
}

export async function markImportListed(jobId: string): Promise<void> {
  await db().importJob.update({ where: { id: jobId }, data: { listedAt: new Date() } });
}

export async function pendingImportEntries(jobId: string, limit: number) {
  return db().importEntry.findMany({
    where: { jobId, status: "pending" },
    orderBy: { seq: "asc" },
    take: limit,
    select: { id: true, seq: true, key: true, fileName: true, details: true },
  });
}

export type EntryResult =
  | { kind: "activity"; activities: ParsedActivity[]; fileHash: string; fileName: string; manual?: boolean; extras?: ActivityExtras }
  | { kind: "skipped"; message: string };

const STATUS: Record<StoreOutcome["status"], "imported" | "already_there" | "cross_training" | "needs_details" | "skipped"> = {
  imported: "imported",
  already_there: "already_there",
  cross_training: "cross_training",
  needs_details: "needs_details",
  skipped: "skipped",
};

const RANK: StoreOutcome["status"][] = ["imported", "cross_training", "already_there", "needs_details", "skipped"];

/** One entry's result from its activities' (a file may hold several): the most useful status, every message. */
function summarise(outcomes: StoreOutcome[]): StoreOutcome {
  const best = [...outcomes].sort((a, b) => RANK.indexOf(a.status) - RANK.indexOf(b.status))[0]!;
  if (outcomes.length === 1) return best;
  const counts = RANK.map((status) => [status, outcomes.filter((o) => o.status === status).length] as const).filter(([, n]) => n > 0);
  const words = { imported: "imported", cross_training: "cross-training", already_there: "already there", needs_details: "needing details", skipped: "skipped" };
  const summary = `${outcomes.length} activities in this file: ${counts.map(([s, n]) => `${n} ${words[s]}`).join(", ")}.`;
  const messages = outcomes.map((o) => ("message" in o ? o.message : undefined)).filter((m): m is string => !!m);
  return { ...best, message: [summary, ...messages].join(" ") } as StoreOutcome;
}

/**
 * Stores one entry's outcome. The entry row is claimed first (`pending` → done) inside the
 * transaction that creates the run: a second worker on the same entry waits on the row, then
 * finds it done and stores nothing. Returns false when the entry was already done.
 */
export async function completeImportEntry(job: Pick<WorkJob, "id" | "runner">, entryId: string, result: EntryResult): Promise<boolean> {
  return db().$transaction(async (tx) => {
    const claimed = await tx.importEntry.updateMany({ where: { id: entryId, jobId: job.id, status: "pending" }, data: { doneAt: new Date() } });
    if (claimed.count === 0) return false;
    let outcome: StoreOutcome;
    if (result.kind === "skipped") outcome = { status: "skipped", message: result.message };
    else {
      await lockRunnerImports(tx, job.runner.id);
      const outcomes: StoreOutcome[] = [];
      for (const [i, activity] of result.activities.entries()) {
        // One activity of a many-activity file: the file's hash with "#<n>", as POST /runs/import stores it.
        const fileHash = activityHash(result.fileHash, i, result.activities.length);
        outcomes.push(await storeImportedActivity(tx, job.runner, activity, { fileHash, fileName: result.fileName, manual: result.manual }, result.extras));
      }
      outcome = summarise(outcomes);
    }
    await tx.importEntry.update({
      where: { id: entryId },
      data: {
        status: STATUS[outcome.status],
        message: "message" in outcome ? (outcome.message ?? null) : null,
        missing: outcome.status === "needs_details" ? outcome.missing : [],
        runId: "runId" in outcome ? (outcome.runId ?? null) : null,
      },
    });
    return true;
  }, { timeout: 30_000 });
}

/** Ends a job: done (unless it was cancelled meanwhile) or failed with the reason. */
export async function finishImportJob(jobId: string, outcome: { failed?: string }): Promise<void> {
  await db().importJob.updateMany({
    where: { id: jobId, status: { in: ["queued", "running"] } },
    data: { status: outcome.failed ? "failed" : "done", error: outcome.failed ?? null, finishedAt: new Date(), leaseUntil: null },
  });
}

/** Jobs that should be running but whose worker is gone (lease ran out, or never taken). */
export async function abandonedImportJobs(olderThanMs: number): Promise<string[]> {
  const cutoff = new Date(Date.now() - olderThanMs);
  const rows = await db().importJob.findMany({
    where: { status: { in: ["queued", "running"] }, OR: [{ leaseUntil: { lt: new Date() } }, { leaseUntil: null, createdAt: { lt: cutoff } }] },
    select: { id: true },
    take: 100,
  });
  return rows.map((r) => r.id);
}

/** Upload folders of jobs that are over, so their files can be removed. */
export async function finishedImportIds(ids: string[]): Promise<string[]> {
  const rows = await db().importJob.findMany({ where: { id: { in: ids }, status: { in: ["done", "cancelled", "failed"] } }, select: { id: true } });
  return rows.map((r) => r.id);
}
