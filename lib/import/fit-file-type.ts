/**
 * The FIT `file_id.type` of a file: Garmin account exports hold many FIT files that are not
 * activities (daily monitoring, settings, sleep…), which are skipped with a count. Pure.
 * FIT profile: file_id is global message 0, `type` is its field 0 (enum, 1 byte); 4 = activity.
 */
import { isFitHeader, lastMessageWithField, scanFit } from "./fit-scan";

export const FIT_FILE_TYPE_ACTIVITY = 4;
const FIT_FILE_TYPE_NAMES: Record<number, string> = {
  1: "device", 2: "settings", 3: "sport settings", 4: "activity", 5: "workout", 6: "course", 7: "schedules",
  9: "weight", 10: "totals", 11: "goals", 14: "blood pressure", 15: "monitoring", 20: "activity summary",
  28: "daily monitoring", 32: "monitoring", 34: "segment", 35: "segment list", 40: "exercise", 44: "sleep",
};

/** The file_id type number, or null when the bytes are not FIT or have no file_id type. */
export function fitFileType(bytes: Uint8Array): number | null {
  if (!isFitHeader(bytes)) return null;
  const scan = scanFit(bytes);
  const m = lastMessageWithField(scan, 0, 0);
  if (m < 0) return null;
  const def = scan.definitions[scan.msgDef[m] ?? -1];
  const field = def?.fields.find((f) => f.num === 0);
  if (!field) return null;
  const value = bytes[(scan.msgOffset[m] ?? 0) + field.offset];
  return value === undefined || value === 0xff ? null : value;
}

/** "monitoring", "settings"… for a message; "type 58" when the profile has no name for it. */
export function fitFileTypeName(type: number): string {
  return FIT_FILE_TYPE_NAMES[type] ?? `type ${type}`;
}
