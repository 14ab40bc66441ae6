/**
 * Uploads for archive imports: streamed to `<data dir>/imports/<job id>/` as they arrive — never
 * held whole in memory — then recorded as an import job and handed to the queue.
 */
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, rm } from "node:fs/promises";
import path from "node:path";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createImportJob, type ImportJobView } from "@/lib/data/imports";
import { importDir } from "./paths";
import { queue, sendImportTurn } from "./queue";

/** The largest upload an import takes: real Strava exports with photos reach this. */
export const MAX_UPLOAD_BYTES = 4 * 1024 ** 3;

export class UploadTooLargeError extends Error {
  constructor() {
    super("This upload is larger than 4 GiB, the most an import takes.");
  }
}

export interface SavedUpload {
  path: string;
  fileName: string;
  isZip: boolean;
}

export function newImportId(): string {
  return randomUUID();
}

async function startsWithZipSignature(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    return head[0] === 0x50 && head[1] === 0x4b && (head[2] === 0x03 || head[2] === 0x05);
  } finally {
    await handle.close();
  }
}

/** Streams one uploaded file to the job's folder; `budget` is what the whole upload may still use. */
export async function saveUpload(jobId: string, index: number, fileName: string, body: Readable, budget = { left: MAX_UPLOAD_BYTES }): Promise<SavedUpload> {
  const dir = importDir(jobId);
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, `upload-${index}`);
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      budget.left -= chunk.length;
      if (budget.left < 0) callback(new UploadTooLargeError());
      else callback(null, chunk);
    },
  });
  await pipeline(body, counter, createWriteStream(target));
  const safeName = path.basename(fileName.replace(/\\/g, "/")).slice(0, 255) || `upload-${index}`;
  return { path: target, fileName: safeName, isZip: /\.zip$/i.test(safeName) || (await startsWithZipSignature(target)) };
}

/** Throws away what was saved for an upload that was refused. */
export async function discardUploads(jobId: string): Promise<void> {
  await rm(importDir(jobId), { recursive: true, force: true });
}

/** Records the import and asks the queue for its first turn. */
export async function startImport(userId: string, jobId: string, uploads: SavedUpload[]): Promise<ImportJobView> {
  const job = await createImportJob(userId, jobId, uploads);
  await sendImportTurn(await queue(), jobId);
  return job;
}
