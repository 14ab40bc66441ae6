import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_ARCHIVE_ENTRIES } from "@/lib/import/archive-layout";
import { ArchiveRefusedError, EntryRefusedError, openZip, readEntryBytes } from "@/lib/jobs/zip";
import { buildZip } from "../../support/zip-builder";

const dir = mkdtempSync(path.join(os.tmpdir(), "zip-test-"));
const save = (name: string, data: Buffer) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

/** Rewrites every declared uncompressed size (local and central headers) to `size`: a lying archive. */
function lieAboutSizes(zip: Buffer, size: number): Buffer {
  const out = Buffer.from(zip);
  for (let i = 0; i < out.length - 4; i++) {
    const sig = out.readUInt32LE(i);
    if (sig === 0x04034b50) out.writeUInt32LE(size, i + 22);
    if (sig === 0x02014b50) out.writeUInt32LE(size, i + 24);
  }
  return out;
}

/**
 * The end records of a ZIP64 archive that claims `entries` entries (the count a reader learns
 * first, before any entry): what a bomb of tiny entries looks like to the reader.
 */
function zip64DirectoryClaiming(entries: number): Buffer {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(entries), 24);
  record.writeBigUInt64LE(BigInt(entries), 32);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(0n, 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([record, locator, end]);
}

describe("reading zips without trusting them", () => {
  it("refuses an archive with more than 100,000 entries before reading any of them", async () => {
    const file = save("many.zip", zip64DirectoryClaiming(MAX_ARCHIVE_ENTRIES + 1));
    await expect(openZip(file, MAX_ARCHIVE_ENTRIES)).rejects.toThrow(ArchiveRefusedError);
    await expect(openZip(file, MAX_ARCHIVE_ENTRIES)).rejects.toThrow(/100,001 entries; the most an import reads is 100,000/);
  });

  it("stops an entry whose data inflates past the size the archive declares (a zip bomb with a lying header)", async () => {
    const file = save("liar.zip", lieAboutSizes(await buildZip([{ name: "run.gpx", data: Buffer.alloc(5 * 1024 * 1024) }]), 100));
    const zip = await openZip(file, 10);
    try {
      await expect(readEntryBytes(zip, zip.entries.get("run.gpx")!, 25 * 1024 * 1024)).rejects.toThrow(EntryRefusedError);
      await expect(readEntryBytes(zip, zip.entries.get("run.gpx")!, 25 * 1024 * 1024)).rejects.toThrow(/zip bomb/);
    } finally {
      zip.close();
    }
  });

  it("stops an entry that inflates past the limit even when it declares it honestly", async () => {
    const file = save("big.zip", await buildZip([{ name: "run.gpx", data: Buffer.alloc(2 * 1024 * 1024) }]));
    const zip = await openZip(file, 10);
    try {
      await expect(readEntryBytes(zip, zip.entries.get("run.gpx")!, 1024 * 1024)).rejects.toThrow(/inflates to more than 1 MiB/);
      expect((await readEntryBytes(zip, zip.entries.get("run.gpx")!, 3 * 1024 * 1024)).byteLength).toBe(2 * 1024 * 1024);
    } finally {
      zip.close();
    }
  });

  it("refuses a file that is not a zip with a reason", async () => {
    await expect(openZip(save("not.zip", Buffer.from("hello, not a zip")), 10)).rejects.toThrow(/not a zip archive/);
  });
});
