/**
 * A structural pass over a FIT file, written for this importer (it decodes no values).
 *
 * It walks the record headers and definitions exactly as the FIT protocol lays them out,
 * finds where a damaged file stops making sense, counts messages the SDK cannot read
 * (compressed-timestamp headers), checks the file CRC, and then writes a smaller FIT data
 * stream holding only the messages — and, for `record`, only the fields — that the importer
 * uses. Garmin's SDK decodes that stream. Developer fields are dropped here, so no
 * developer data can break the decode, and the SDK does less work (see bench/fit-import.ts).
 */

const COMPRESSED_HEADER = 0x80;
const DEFINITION = 0x40;
const DEVELOPER_DATA = 0x20;
const LOCAL_MASK = 0x0f;
const COMPRESSED_LOCAL_SHIFT = 5;
const COMPRESSED_LOCAL_MASK = 0x03;

/** FIT base types (low five bits of the base-type byte) and their sizes in bytes. */
const BASE_TYPE_SIZE: readonly number[] = [1, 1, 1, 2, 2, 4, 4, 1, 4, 8, 1, 2, 4, 1, 8, 8, 8];
const BASE_TYPE_MASK = 0x1f;

export interface FitFieldDef {
  num: number;
  size: number;
  baseTypeByte: number;
  /** Offset of this field inside the message's data bytes. */
  offset: number;
}

export interface FitDefinition {
  local: number;
  globalNum: number;
  architecture: number;
  fields: FitFieldDef[];
  /** Data bytes per message, developer fields included. */
  size: number;
}

export interface FitScan {
  definitions: FitDefinition[];
  /** Parallel arrays, one entry per normal-header data message, in file order. */
  msgDef: Int32Array;
  msgOffset: Int32Array;
  msgCount: number;
  /** Data messages with compressed-timestamp headers (skipped: the SDK cannot read them). */
  compressedCount: number;
  /** Why the structure stops being valid, or null for an intact file. */
  damage: null | "truncated" | "invalid" | "crc";
  /** Byte offset where a damaged file stops being readable. */
  damageAt: number;
  /** The file has more data messages than the cap given to scanFit; the scan stopped there. */
  tooMany: boolean;
}

export function isFitHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const headerSize = bytes[0];
  if (headerSize !== 12 && headerSize !== 14) return false;
  return bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54; // ".FIT"
}

/** CRC-16 as the FIT protocol defines it (polynomial 0xA001, reflected, initial value 0), one table step per byte. */
const CRC_TABLE = (() => {
  const table = new Uint16Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xa001 : c >>> 1;
    table[n] = c;
  }
  return table;
})();

export function fitCrc(bytes: Uint8Array, start: number, end: number): number {
  let crc = 0;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ (bytes[i] ?? 0)) & 0xff] ?? 0);
  return crc;
}

function u32le(b: Uint8Array, p: number): number {
  return ((b[p] ?? 0) | ((b[p + 1] ?? 0) << 8) | ((b[p + 2] ?? 0) << 16)) + (b[p + 3] ?? 0) * 0x1000000;
}

/**
 * Walks every FIT file in `bytes` (chained files are allowed by the protocol), stopping
 * with `tooMany` once more than `maxMessages` data messages are found (bounded work).
 */
export function scanFit(bytes: Uint8Array, maxMessages = Infinity): FitScan {
  const definitions: FitDefinition[] = [];
  // One data message needs at least two bytes, so this bounds the count.
  const capacity = Math.max(16, Math.min(Math.floor(bytes.length / 2), maxMessages + 1));
  const msgDef = new Int32Array(capacity);
  const msgOffset = new Int32Array(capacity);
  let msgCount = 0;
  let compressedCount = 0;
  let damage: FitScan["damage"] = null;
  let damageAt = 0;

  let fileStart = 0;
  while (fileStart < bytes.length) {
    const tail = bytes.subarray(fileStart);
    if (!isFitHeader(tail)) {
      if (fileStart === 0) return done("invalid", 0);
      // Trailing bytes after a complete file: ignore padding, report anything else.
      if (!damage) {
        damage = "invalid";
        damageAt = fileStart;
      }
      break;
    }
    const headerSize = bytes[fileStart] ?? 12;
    const dataSize = u32le(bytes, fileStart + 4);
    const dataStart = fileStart + headerSize;
    const declaredEnd = dataStart + dataSize;
    const dataEnd = Math.min(declaredEnd, bytes.length);
    const local: (number | undefined)[] = new Array<number | undefined>(16);

    let p = dataStart;
    while (p < dataEnd) {
      const header = bytes[p] ?? 0;
      if ((header & COMPRESSED_HEADER) !== 0) {
        const defId = local[(header >> COMPRESSED_LOCAL_SHIFT) & COMPRESSED_LOCAL_MASK];
        const def = defId === undefined ? undefined : definitions[defId];
        if (!def) return done("invalid", p);
        if (p + 1 + def.size > dataEnd) return done("truncated", p);
        if (msgCount + compressedCount >= maxMessages) return { ...done("invalid", p), tooMany: true };
        compressedCount += 1;
        p += 1 + def.size;
      } else if ((header & DEFINITION) !== 0) {
        if (p + 6 > dataEnd) return done("truncated", p);
        const architecture = bytes[p + 2] ?? 0;
        if (architecture > 1) return done("invalid", p);
        const little = architecture === 0;
        const g0 = bytes[p + 3] ?? 0;
        const g1 = bytes[p + 4] ?? 0;
        const globalNum = little ? g0 | (g1 << 8) : (g0 << 8) | g1;
        const numFields = bytes[p + 5] ?? 0;
        let q = p + 6;
        if (q + numFields * 3 > dataEnd) return done("truncated", p);
        const fields: FitFieldDef[] = [];
        let size = 0;
        for (let i = 0; i < numFields; i++, q += 3) {
          const num = bytes[q] ?? 0;
          const fieldSize = bytes[q + 1] ?? 0;
          const baseTypeByte = bytes[q + 2] ?? 0;
          if ((baseTypeByte & BASE_TYPE_MASK) >= BASE_TYPE_SIZE.length) return done("invalid", p);
          fields.push({ num, size: fieldSize, baseTypeByte, offset: size });
          size += fieldSize;
        }
        if ((header & DEVELOPER_DATA) !== 0) {
          if (q + 1 > dataEnd) return done("truncated", p);
          const numDev = bytes[q] ?? 0;
          q += 1;
          if (q + numDev * 3 > dataEnd) return done("truncated", p);
          for (let i = 0; i < numDev; i++, q += 3) size += bytes[q + 1] ?? 0;
        }
        local[header & LOCAL_MASK] = definitions.length;
        definitions.push({ local: header & LOCAL_MASK, globalNum, architecture, fields, size });
        p = q;
      } else {
        const defId = local[header & LOCAL_MASK];
        const def = defId === undefined ? undefined : definitions[defId];
        if (defId === undefined || !def) return done("invalid", p);
        if (p + 1 + def.size > dataEnd) return done("truncated", p);
        if (msgCount + compressedCount >= maxMessages) return { ...done("invalid", p), tooMany: true };
        if (msgCount < capacity) {
          msgDef[msgCount] = defId;
          msgOffset[msgCount] = p + 1;
          msgCount += 1;
        }
        p += 1 + def.size;
      }
    }

    if (declaredEnd + 2 > bytes.length) return done("truncated", Math.min(p, bytes.length));
    const storedCrc = (bytes[declaredEnd] ?? 0) | ((bytes[declaredEnd + 1] ?? 0) << 8);
    if (storedCrc !== 0 && storedCrc !== fitCrc(bytes, fileStart, declaredEnd) && !damage) {
      damage = "crc";
      damageAt = declaredEnd;
    }
    fileStart = declaredEnd + 2;
    // Some writers pad the end of a file with zero bytes.
    let allZero = true;
    for (let i = fileStart; i < bytes.length && allZero; i++) if (bytes[i] !== 0) allZero = false;
    if (allZero) break;
  }

  return { definitions, msgDef, msgOffset, msgCount, compressedCount, damage, damageAt, tooMany: false };

  function done(kind: "truncated" | "invalid", at: number): FitScan {
    return { definitions, msgDef, msgOffset, msgCount, compressedCount, damage: kind, damageAt: at, tooMany: false };
  }
}

/**
 * Writes a FIT data stream (no file header; two trailing CRC bytes the SDK does not check
 * in its dataOnly mode) with the data messages whose global number is in `keep`. For a
 * global number mapped to a field set, only those fields are written. Developer fields
 * are always dropped. With `onlyMessage`, only that message (an index into the scan) is written.
 */
export function buildFitSubset(
  bytes: Uint8Array,
  scan: FitScan,
  keep: ReadonlyMap<number, ReadonlySet<number> | null>,
  onlyMessage?: number,
): Uint8Array {
  const out = new Uint8Array(bytes.length + 2);
  let o = 0;
  const active = new Int32Array(16).fill(-1);
  // Per definition, computed once: the kept fields, and the byte runs to copy (adjacent
  // kept fields merged), as [offset, length, offset, length, ...].
  const keptFields: (FitFieldDef[] | undefined)[] = new Array<FitFieldDef[] | undefined>(scan.definitions.length);
  const keptRuns: (Int32Array | undefined)[] = new Array<Int32Array | undefined>(scan.definitions.length);

  const first = onlyMessage ?? 0;
  const end = onlyMessage === undefined ? scan.msgCount : Math.min(scan.msgCount, onlyMessage + 1);
  for (let m = first; m < end; m++) {
    const defId = scan.msgDef[m] ?? 0;
    const def = scan.definitions[defId];
    if (!def || !keep.has(def.globalNum)) continue;
    let fields = keptFields[defId];
    let runs = keptRuns[defId];
    if (fields === undefined || runs === undefined) {
      const wanted = keep.get(def.globalNum);
      fields = wanted ? def.fields.filter((f) => wanted.has(f.num)) : def.fields;
      const list: number[] = [];
      for (const f of fields) {
        const last = list.length - 2;
        if (last >= 0 && (list[last] ?? 0) + (list[last + 1] ?? 0) === f.offset) list[last + 1] = (list[last + 1] ?? 0) + f.size;
        else list.push(f.offset, f.size);
      }
      runs = Int32Array.from(list);
      keptFields[defId] = fields;
      keptRuns[defId] = runs;
    }
    if (active[def.local] !== defId) {
      active[def.local] = defId;
      out[o++] = DEFINITION | def.local;
      out[o++] = 0;
      out[o++] = def.architecture;
      const little = def.architecture === 0;
      out[o++] = little ? def.globalNum & 0xff : def.globalNum >> 8;
      out[o++] = little ? def.globalNum >> 8 : def.globalNum & 0xff;
      out[o++] = fields.length;
      for (const f of fields) {
        out[o++] = f.num;
        out[o++] = f.size;
        out[o++] = f.baseTypeByte;
      }
    }
    out[o++] = def.local;
    const start = scan.msgOffset[m] ?? 0;
    for (let r = 0; r < runs.length; r += 2) {
      const from = start + (runs[r] ?? 0);
      const to = from + (runs[r + 1] ?? 0);
      for (let i = from; i < to; i++) out[o++] = bytes[i] ?? 0;
    }
  }
  out[o++] = 0;
  out[o++] = 0;
  return out.subarray(0, o);
}
