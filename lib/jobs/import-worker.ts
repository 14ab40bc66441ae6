/**
 * One turn of work on an archive import: lease the job, list its uploads into entries (once),
 * then read, parse and store pending entries until the time slice is used up. The queue
 * (lib/jobs/queue.ts) sends the next turn, on whichever instance is free. Everything that counts
 * is in Postgres: a worker killed mid-turn leaves its entries pending, its lease runs out, and the
 * next turn carries on; an entry that was done is never done again (lib/data/import-work.ts).
 */
import { createHash } from "node:crypto";
import { readFile, rm, stat } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gunzip } from "node:zlib";
import {
  addImportEntries,
  completeImportEntry,
  finishImportJob,
  importStillWanted,
  leaseImportJob,
  markImportListed,
  pendingImportEntries,
  releaseImportJob,
  type EntryResult,
  type WorkJob,
} from "@/lib/data/import-work";
import { ImportError, parseActivities, type ParsedActivity } from "@/lib/import";
import { MAX_ACTIVITY_INFLATED_BYTES, MAX_ARCHIVE_ENTRIES } from "@/lib/import/archive-layout";
import { FIT_FILE_TYPE_ACTIVITY, fitFileType, fitFileTypeName } from "@/lib/import/fit-file-type";
import { listUpload, nestedZipPath, openNestedZip, type EntryDetails } from "./archive-listing";
import { importDir } from "./paths";
import { ArchiveRefusedError, EntryRefusedError, openZip, readEntryBytes, type OpenZip } from "./zip";

const gunzipAsync = promisify(gunzip);

export interface TurnOptions {
  /** Stop starting new entries after this long (the queue sends the next turn). */
  sliceMs?: number;
  /** How long the lease lasts without renewal: a crashed worker's job is taken over after this. */
  leaseMs?: number;
  /** Test hook: called after each stored entry (a test throws here to simulate a crash). */
  afterEntry?: (done: number) => void;
}

export type TurnResult = "more" | "finished" | "busy";

/** Opened zips of one turn, so each archive's central directory is read once per turn. */
class OpenArchives {
  private zips = new Map<string, OpenZip>();
  constructor(private job: WorkJob) {}
  async zipOf(details: EntryDetails): Promise<OpenZip> {
    const upload = this.job.uploads[details.upload]!;
    let outer = this.zips.get(upload.path);
    if (!outer) {
      outer = await openZip(upload.path, MAX_ARCHIVE_ENTRIES);
      this.zips.set(upload.path, outer);
    }
    if (!details.nested) return outer;
    const target = nestedZipPath(importDir(this.job.id), details.upload, details.entry!);
    let inner = this.zips.get(target);
    if (!inner) {
      const entry = outer.entries.get(details.entry!);
      if (!entry) throw new EntryRefusedError("The zip that held this entry is gone from the archive.");
      inner = await openNestedZip(outer, entry, target, MAX_ARCHIVE_ENTRIES);
      this.zips.set(target, inner);
    }
    return inner;
  }
  close() {
    for (const zip of this.zips.values()) zip.close();
    this.zips.clear();
  }
}

async function entryBytes(job: WorkJob, archives: OpenArchives, details: EntryDetails): Promise<Uint8Array> {
  if (details.entry === undefined) {
    const upload = job.uploads[details.upload]!;
    if ((await stat(upload.path)).size > MAX_ACTIVITY_INFLATED_BYTES) throw new EntryRefusedError("This file is larger than 25 MiB, the most an activity file can be.");
    return new Uint8Array(await readFile(upload.path));
  }
  const zip = await archives.zipOf(details);
  const name = details.nested ?? details.entry;
  const entry = zip.entries.get(name);
  if (!entry) throw new EntryRefusedError("This entry is gone from the archive.");
  return readEntryBytes(zip, entry, MAX_ACTIVITY_INFLATED_BYTES);
}

async function inflateGzip(bytes: Uint8Array): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    return new Uint8Array(await gunzipAsync(bytes, { maxOutputLength: MAX_ACTIVITY_INFLATED_BYTES }));
  } catch (error) {
    if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
      throw new EntryRefusedError("It inflates to more than 25 MiB, more than any activity file: stopped as a likely zip bomb.");
    }
    throw new EntryRefusedError("This gzip file is damaged and cannot be inflated.");
  }
}

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

function csvOnlyActivity(csv: NonNullable<EntryDetails["csv"]>): ParsedActivity {
  return {
    format: "fit",
    sport: null, // the CSV's type decides (lib/data/import-store.ts)
    subSport: null,
    isRun: true,
    rpe: null,
    startedAt: csv.startedAt ? new Date(csv.startedAt) : null,
    durationSec: csv.durationSec,
    elapsedSec: csv.elapsedSec,
    distanceM: csv.distanceM,
    avgHeartRate: null,
    maxHeartRate: null,
    elevationGainM: null,
    pointCount: 0,
    hasGps: false,
    warnings: [],
  };
}

async function resultOf(job: WorkJob, archives: OpenArchives, fileName: string, details: EntryDetails): Promise<EntryResult> {
  const csv = details.csv;
  const extras = csv ? { name: csv.name, description: csv.description, type: csv.type, rpe: csv.rpe } : {};
  if (details.csvOnly && csv) {
    const unit = csv.distanceSource ? `Distance from activities.csv, read as ${csv.distanceSource}.` : null;
    return {
      kind: "activity",
      activities: [csvOnlyActivity(csv)],
      fileHash: sha256(`strava-csv:${csv.activityId ?? ""}:${csv.startedAt ?? ""}:${csv.name ?? ""}`),
      fileName,
      manual: true,
      extras: { ...extras, distanceNote: unit ? `No file: known from activities.csv alone. ${unit}` : "No file: known from activities.csv alone." },
    };
  }
  try {
    const bytes = await inflateGzip(await entryBytes(job, archives, details));
    const type = fitFileType(bytes);
    if (type !== null && type !== FIT_FILE_TYPE_ACTIVITY) {
      return { kind: "skipped", message: `A FIT ${fitFileTypeName(type)} file, not an activity.` };
    }
    const activities = await parseActivities(bytes, fileName.replace(/\.gz$/i, ""));
    return { kind: "activity", activities, fileHash: sha256(bytes), fileName: path.basename(fileName), extras };
  } catch (error) {
    if (error instanceof ImportError || error instanceof EntryRefusedError) return { kind: "skipped", message: error.message };
    throw error;
  }
}

async function listJob(job: WorkJob, leaseMs: number): Promise<string | null> {
  let seq = 0;
  let budget = MAX_ARCHIVE_ENTRIES;
  for (const [index, upload] of job.uploads.entries()) {
    try {
      const listed = await listUpload(importDir(job.id), upload, index, async (batch) => {
        await addImportEntries(job, seq, batch);
        seq += batch.length;
        await leaseImportJob(job.id, leaseMs, true); // a long listing keeps its lease
      }, budget);
      budget -= listed;
    } catch (error) {
      if (error instanceof ArchiveRefusedError) return `${upload.fileName}: ${error.message}`;
      throw error;
    }
  }
  await markImportListed(job.id);
  return null;
}

/** Removes the files of an import that is over. */
export async function removeImportFiles(jobId: string): Promise<void> {
  await rm(importDir(jobId), { recursive: true, force: true });
}

/** One turn on import `jobId`; "more" means the queue should send another turn. */
export async function runImportTurn(jobId: string, options: TurnOptions = {}): Promise<TurnResult> {
  const sliceMs = options.sliceMs ?? 20_000;
  const leaseMs = options.leaseMs ?? 60_000;
  const job = await leaseImportJob(jobId, leaseMs);
  if (!job) {
    if (await importStillWanted(jobId)) return "busy";
    await removeImportFiles(jobId); // over, cancelled, or its runner deleted the account
    return "finished";
  }
  const started = Date.now();
  let renewedAt = started;
  const archives = new OpenArchives(job);
  try {
    if (!job.listed) {
      const refused = await listJob(job, leaseMs);
      if (refused) {
        await finishImportJob(job.id, { failed: refused });
        await removeImportFiles(job.id);
        return "finished";
      }
    }
    let done = 0;
    while (Date.now() - started < sliceMs) {
      const batch = await pendingImportEntries(job.id, 20);
      if (batch.length === 0) {
        await finishImportJob(job.id, {});
        await removeImportFiles(job.id);
        return "finished";
      }
      if (!(await importStillWanted(job.id))) {
        await removeImportFiles(job.id);
        return "finished";
      }
      // Reading and parsing the next entry overlaps with storing this one (the database round trips).
      const read = (k: number) => {
        const entry = batch[k];
        if (!entry) return null;
        return resultOf(job, archives, entry.fileName, entry.details as unknown as EntryDetails).then(
          (result) => ({ result }),
          (error: unknown) => ({ error }),
        );
      };
      let next = read(0);
      for (const [k, entry] of batch.entries()) {
        const outcome = await next!;
        next = read(k + 1);
        if ("error" in outcome) {
          await next; // settle the prefetch before giving up the turn
          throw outcome.error;
        }
        await completeImportEntry(job, entry.id, outcome.result);
        options.afterEntry?.(++done);
        if (Date.now() - renewedAt > leaseMs / 4) {
          if (!(await leaseImportJob(job.id, leaseMs, true))) return "finished"; // cancelled meanwhile
          renewedAt = Date.now();
        }
      }
    }
    return "more";
  } finally {
    archives.close();
    await releaseImportJob(job.id).catch(() => {});
  }
}
