/**
 * The FIT `file_id.type` of a file: Garmin account exports hold many FIT files that are not
 * activities (daily monitoring, settings, sleep…), which are skipped with a count. Pure.
 * FIT protocol: a 12- or 14-byte header, then records; file_id is global message 0 and its
 * `type` is field 0 (enum, 1 byte; 4 = activity). Only the records up to the file_id are read.
 */

export const FIT_FILE_TYPE_ACTIVITY = 4;
const FIT_FILE_TYPE_NAMES: Record<number, string> = {
  1: "device", 2: "settings", 3: "sport settings", 4: "activity", 5: "workout", 6: "course", 7: "schedules",
  9: "weight", 10: "totals", 11: "goals", 14: "blood pressure", 15: "monitoring", 20: "activity summary",
  28: "daily monitoring", 32: "monitoring", 34: "segment", 35: "segment list", 40: "exercise", 44: "sleep",
};
const MAX_RECORDS_BEFORE_FILE_ID = 64;

function isFitHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 12) return false;
  const headerSize = bytes[0];
  if (headerSize !== 12 && headerSize !== 14) return false;
  return bytes[8] === 0x2e && bytes[9] === 0x46 && bytes[10] === 0x49 && bytes[11] === 0x54; // ".FIT"
}

interface Definition {
  global: number;
  size: number;
  /** Offset of field 0 in the data bytes, or -1. */
  typeOffset: number;
}

/** The file_id type number, or null when the bytes are not FIT or its file_id has no type. */
export function fitFileType(bytes: Uint8Array): number | null {
  if (!isFitHeader(bytes)) return null;
  const end = Math.min(bytes.length, bytes[0]! + (bytes[4]! | (bytes[5]! << 8) | (bytes[6]! << 16)) + bytes[7]! * 2 ** 24);
  const definitions = new Map<number, Definition>();
  let pos = bytes[0]!;
  for (let record = 0; record < MAX_RECORDS_BEFORE_FILE_ID && pos < end; record++) {
    const header = bytes[pos++]!;
    if ((header & 0x80) === 0 && (header & 0x40) !== 0) {
      // Definition message: reserved, architecture, global number (2 bytes), field count, fields.
      const local = header & 0x0f;
      const bigEndian = bytes[pos + 1] === 1;
      const global = bigEndian ? (bytes[pos + 2]! << 8) | bytes[pos + 3]! : bytes[pos + 2]! | (bytes[pos + 3]! << 8);
      const fieldCount = bytes[pos + 4] ?? 0;
      pos += 5;
      let size = 0;
      let typeOffset = -1;
      for (let f = 0; f < fieldCount; f++) {
        if (bytes[pos] === 0) typeOffset = size;
        size += bytes[pos + 1] ?? 0;
        pos += 3;
      }
      if (header & 0x20) {
        const devCount = bytes[pos++] ?? 0;
        for (let f = 0; f < devCount; f++) {
          size += bytes[pos + 1] ?? 0;
          pos += 3;
        }
      }
      definitions.set(local, { global, size, typeOffset });
      continue;
    }
    const local = header & 0x80 ? (header >> 5) & 0x03 : header & 0x0f;
    const def = definitions.get(local);
    if (!def) return null;
    if (def.global === 0) {
      if (def.typeOffset < 0) return null;
      const value = bytes[pos + def.typeOffset];
      return value === undefined || value === 0xff ? null : value;
    }
    pos += def.size;
  }
  return null;
}

/** "monitoring", "settings"… for a message; "type 58" when the profile has no name for it. */
export function fitFileTypeName(type: number): string {
  return FIT_FILE_TYPE_NAMES[type] ?? `type ${type}`;
}
