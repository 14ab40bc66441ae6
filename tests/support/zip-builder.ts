// Small zip archives for the archive-import tests, built with yazl (the writer from yauzl's author).
import { gzipSync } from "node:zlib";
import yazl from "yazl";

export interface ZipItem {
  name: string;
  data: Uint8Array | string | Buffer;
  /** Store without compression (as photos usually are). */
  store?: boolean;
}

export async function buildZip(items: ZipItem[]): Promise<Buffer> {
  const zip = new yazl.ZipFile();
  for (const item of items) {
    const data = typeof item.data === "string" ? Buffer.from(item.data) : Buffer.from(item.data);
    zip.addBuffer(data, item.name, { compress: !item.store, mtime: new Date("2026-01-01T00:00:00Z") });
  }
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const gz = (data: Uint8Array | string) => gzipSync(typeof data === "string" ? Buffer.from(data) : data);
