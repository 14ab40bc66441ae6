/**
 * Reading zip archives from disk with yauzl: the central directory gives every entry's name and
 * sizes without reading any data, and each entry is inflated on its own, on demand, with its
 * inflated bytes counted — so a 4 GiB export is never held in memory, photos are never inflated,
 * and an entry that inflates past its limit (or past the size the archive declares) is stopped.
 */
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Transform, type Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";

/** An archive refused as a whole (too many entries, not a zip…): the reason is for the runner. */
export class ArchiveRefusedError extends Error {}

/** One entry refused (runaway inflation, damaged data): the reason is for the runner. */
export class EntryRefusedError extends Error {}

export interface OpenZip {
  zip: yauzl.ZipFile;
  entries: Map<string, yauzl.Entry>;
  close(): void;
}

function openFile(path: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true, strictFileNames: false }, (error, zip) =>
      error || !zip ? reject(new ArchiveRefusedError(`This is not a zip archive we can read (${error?.message ?? "no zip"}).`)) : resolve(zip),
    );
  });
}

/**
 * Opens a zip and reads its central directory (names and sizes only). Refuses an archive with more
 * than `maxEntries` entries before reading any of them (the count is in the end-of-directory record).
 */
export async function openZip(path: string, maxEntries: number): Promise<OpenZip> {
  const zip = await openFile(path);
  if (zip.entryCount > maxEntries) {
    zip.close();
    throw new ArchiveRefusedError(
      `This archive has ${zip.entryCount.toLocaleString("en")} entries; the most an import reads is ${maxEntries.toLocaleString("en")} (a zip bomb, or not an export).`,
    );
  }
  const entries = new Map<string, yauzl.Entry>();
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.on("end", () => resolve());
    zip.on("error", (error: Error) => reject(new ArchiveRefusedError(`This archive is damaged: ${error.message}.`)));
    zip.readEntry();
  });
  return { zip, entries, close: () => zip.close() };
}

function openEntryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(new EntryRefusedError(`This entry cannot be read: ${error?.message ?? "no data"}.`)) : resolve(stream),
    );
  });
}

function runaway(limit: number): EntryRefusedError {
  return new EntryRefusedError(
    `It inflates to more than ${Math.round(limit / 1024 / 1024).toLocaleString("en")} MiB, more than any activity file: stopped as a likely zip bomb.`,
  );
}

/** A stream stage that errors once more than `limit` bytes went through. */
function byteLimit(limit: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      seen += chunk.length;
      if (seen > limit) callback(runaway(limit));
      else callback(null, chunk);
    },
  });
}

function refusedReason(error: unknown, limit: number): EntryRefusedError {
  if (error instanceof EntryRefusedError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // yauzl's validateEntrySizes: the data inflates past the size the central directory declares.
  if (/too many bytes|expected .* bytes/i.test(message)) {
    return new EntryRefusedError(`It inflates to more than the archive says it holds: stopped as a likely zip bomb (${message}).`);
  }
  void limit;
  return new EntryRefusedError(`This entry is damaged and cannot be inflated (${message}).`);
}

/** Inflates one entry into memory, refusing it once it passes `limit` bytes (declared or actual). */
export async function readEntryBytes(open: OpenZip, entry: yauzl.Entry, limit: number): Promise<Uint8Array> {
  if (entry.uncompressedSize > limit) throw runaway(limit);
  const chunks: Buffer[] = [];
  try {
    const stream = await openEntryStream(open.zip, entry);
    await pipeline(stream, byteLimit(limit), async function* (source: AsyncIterable<Buffer>) {
      for await (const chunk of source) chunks.push(chunk);
    });
  } catch (error) {
    throw refusedReason(error, limit);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** Inflates one entry (a zip inside the zip) to a file, streaming, refusing it past `limit` bytes. */
export async function extractEntryToFile(open: OpenZip, entry: yauzl.Entry, target: string, limit: number): Promise<void> {
  if (entry.uncompressedSize > limit) throw runaway(limit);
  const partial = `${target}.partial`;
  try {
    const stream = await openEntryStream(open.zip, entry);
    await pipeline(stream, byteLimit(limit), createWriteStream(partial));
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    throw refusedReason(error, limit);
  }
}
