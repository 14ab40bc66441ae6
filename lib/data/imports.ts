import "server-only";
import { db, Prisma } from "@/lib/db";

export type ImportJobStatus = "queued" | "running" | "done" | "cancelled" | "failed";
export type ImportEntryStatus = "pending" | "imported" | "already-there" | "cross-training" | "skipped" | "needs-details";

/** Prisma's enum member names ("already_there") ↔ the words of the API ("already-there"). */
const ENTRY_STATUS_OUT: Record<string, ImportEntryStatus> = {
  pending: "pending", imported: "imported", already_there: "already-there", cross_training: "cross-training", skipped: "skipped", needs_details: "needs-details",
};
export const entryStatusIn = (s: ImportEntryStatus) => s.replace("-", "_") as Prisma.ImportEntryCreateManyInput["status"] & string;

export interface ImportCounts {
  /** Entries listed so far (activity files, CSV rows, and skipped entries). */
  total: number;
  done: number;
  imported: number;
  alreadyThere: number;
  crossTraining: number;
  skipped: number;
  needsDetails: number;
}

export interface ImportJobView {
  id: string;
  status: ImportJobStatus;
  /** False while the archive is still being listed (total may still grow). */
  listed: boolean;
  fileNames: string[];
  error: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: ImportCounts;
  /** Seconds left at the pace so far; null before there is a pace or once finished. */
  secondsLeft: number | null;
}

export interface ImportEntryView {
  seq: number;
  fileName: string;
  status: ImportEntryStatus;
  message: string | null;
  missing: string[];
  runId: string | null;
}

interface StoredUpload {
  path: string;
  fileName: string;
  isZip: boolean;
}

function emptyCounts(): ImportCounts {
  return { total: 0, done: 0, imported: 0, alreadyThere: 0, crossTraining: 0, skipped: 0, needsDetails: 0 };
}

async function countsOf(jobIds: string[]): Promise<Map<string, ImportCounts>> {
  const rows = await db().importEntry.groupBy({ by: ["jobId", "status"], where: { jobId: { in: jobIds } }, _count: { _all: true } });
  const out = new Map<string, ImportCounts>(jobIds.map((id) => [id, emptyCounts()]));
  for (const row of rows) {
    const c = out.get(row.jobId)!;
    const n = row._count._all;
    c.total += n;
    if (row.status !== "pending") c.done += n;
    if (row.status === "imported") c.imported += n;
    if (row.status === "already_there") c.alreadyThere += n;
    if (row.status === "cross_training") c.crossTraining += n;
    if (row.status === "skipped") c.skipped += n;
    if (row.status === "needs_details") c.needsDetails += n;
  }
  return out;
}

type JobRow = Prisma.ImportJobGetPayload<object>;

function toView(job: JobRow, counts: ImportCounts, now: Date): ImportJobView {
  const uploads = job.uploads as unknown as StoredUpload[];
  let secondsLeft: number | null = null;
  if (job.status === "running" && job.startedAt && counts.done > 0 && job.listedAt) {
    const spent = (now.getTime() - job.startedAt.getTime()) / 1000;
    secondsLeft = Math.max(0, Math.round((spent / counts.done) * (counts.total - counts.done)));
  }
  return {
    id: job.id,
    status: job.status,
    listed: job.listedAt !== null,
    fileNames: uploads.map((u) => u.fileName),
    error: job.error,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    counts,
    secondsLeft,
  };
}

/** Records a new import of files already saved on disk; the queue is told by the caller. */
export async function createImportJob(userId: string, id: string, uploads: StoredUpload[]): Promise<ImportJobView> {
  const job = await db().importJob.create({ data: { id, userId, uploads: uploads as unknown as Prisma.InputJsonValue } });
  return toView(job, emptyCounts(), new Date());
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One of the runner's imports, or null (also for another runner's id, or no id at all). */
export async function getImportJob(userId: string, id: string): Promise<ImportJobView | null> {
  if (!UUID.test(id)) return null;
  const job = await db().importJob.findFirst({ where: { id, userId } });
  if (!job) return null;
  return toView(job, (await countsOf([job.id])).get(job.id)!, new Date());
}

/** The runner's imports, newest first (at most 50). */
export async function listImportJobs(userId: string): Promise<ImportJobView[]> {
  const jobs = await db().importJob.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, take: 50 });
  const counts = await countsOf(jobs.map((j) => j.id));
  const now = new Date();
  return jobs.map((j) => toView(j, counts.get(j.id)!, now));
}

export interface EntryPage {
  entries: ImportEntryView[];
  /** The seq to pass as `after` for the next page, or null at the end. */
  next: number | null;
}

/** One page of an import's entries in archive order, optionally of one status. null for another runner's job. */
export async function listImportEntries(
  userId: string,
  jobId: string,
  query: { after?: number; limit?: number; status?: ImportEntryStatus } = {},
): Promise<EntryPage | null> {
  if (!UUID.test(jobId)) return null;
  const job = await db().importJob.findFirst({ where: { id: jobId, userId }, select: { id: true } });
  if (!job) return null;
  const limit = query.limit ?? 50;
  const rows = await db().importEntry.findMany({
    where: { jobId, userId, ...(query.after !== undefined ? { seq: { gt: query.after } } : {}), ...(query.status ? { status: entryStatusIn(query.status) } : {}) },
    orderBy: { seq: "asc" },
    take: limit + 1,
    select: { seq: true, fileName: true, status: true, message: true, missing: true, runId: true },
  });
  const page = rows.slice(0, limit).map((r) => ({ ...r, status: ENTRY_STATUS_OUT[r.status]! }));
  return { entries: page, next: rows.length > limit ? (page.at(-1)?.seq ?? null) : null };
}

/**
 * Cancels a queued or running import: what was imported stays, the rest stops (the worker checks
 * between entries). Returns the job, or null for an unknown id. A finished job is left as it is.
 */
export async function cancelImportJob(userId: string, id: string): Promise<ImportJobView | null> {
  if (!UUID.test(id)) return null;
  await db().importJob.updateMany({ where: { id, userId, status: { in: ["queued", "running"] } }, data: { status: "cancelled", finishedAt: new Date() } });
  return getImportJob(userId, id);
}

/** The runs of one import that have no RPE yet (for the one-screen "add your effort" form). */
export async function importedRunsWithoutRpe(userId: string, jobId: string) {
  const ids = await db().importEntry.findMany({ where: { userId, jobId, status: "imported", runId: { not: null } }, select: { runId: true }, orderBy: { seq: "asc" } });
  return db().run.findMany({
    where: { userId, id: { in: ids.map((r) => r.runId!) }, rpe: null },
    orderBy: { startedAt: "asc" },
    take: 200,
    select: { id: true, startedAt: true, distanceM: true, durationSec: true, fileName: true },
  });
}

/** Saves the efforts the runner gave on the one-screen form; only runs of this import that still have none. */
export async function setRpeOfImportedRuns(userId: string, jobId: string, rpeByRun: Record<string, number>): Promise<number> {
  const ids = new Set((await importedRunsWithoutRpe(userId, jobId)).map((r) => r.id));
  let saved = 0;
  for (const [runId, rpe] of Object.entries(rpeByRun)) {
    if (!ids.has(runId)) continue;
    const r = await db().run.updateMany({ where: { id: runId, userId, rpe: null }, data: { rpe, version: { increment: 1 } } });
    saved += r.count;
  }
  return saved;
}
