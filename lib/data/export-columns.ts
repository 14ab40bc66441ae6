import "server-only";
import type { EXPORT_TABLE_NAMES } from "@/lib/validation/export";

/**
 * The columns of each CSV table, in order: the header row every CSV starts with, even when the
 * table has no rows yet (so a spreadsheet opens it with named columns, never as a 0-byte file).
 * The same keys as the rows exportRunnerData builds (a test compares them).
 */
export const EXPORT_COLUMNS: Readonly<Record<(typeof EXPORT_TABLE_NAMES)[number], readonly string[]>> = {
  runs: ["id", "startedAt", "date", "distanceM", "distance", "durationSec", "pace", "elapsedSec", "rpe", "kind", "temperatureC", "temperature", "avgHeartRate", "maxHeartRate", "elevationGainM", "notes", "source", "fileName", "createdAt", "updatedAt"],
  crossTraining: ["id", "sport", "subSport", "startedAt", "date", "durationSec", "elapsedSec", "distanceM", "avgHeartRate", "maxHeartRate", "rpe", "notes", "source", "fileName", "createdAt", "updatedAt"],
  soreness: ["id", "date", "region", "side", "level", "sharp", "updatedAt"],
  wellness: ["id", "date", "restingHrBpm", "hrvRmssdMs", "sleepHours", "sleep", "stress", "fatigue", "soreness"],
  sweatRateTests: ["id", "date", "massBeforeKg", "massAfterKg", "fluidMl", "urineMl", "durationSec", "temperatureC"],
  races: ["id", "name", "date", "distanceM", "distance", "priority"],
  massages: ["id", "date", "depth", "regions", "status", "reason", "reasonData", "movedFrom", "movedAt", "therapist", "startsAt", "place", "notes"],
  apiTokens: ["id", "name", "createdAt", "lastUsedAt"],
  imports: ["id", "status", "files", "error", "createdAt", "finishedAt"],
  importEntries: ["importId", "seq", "fileName", "status", "message", "runId"],
  returnToRunProgrammes: ["id", "region", "side", "status", "phase", "usualRestPain", "usualTestPain", "startedOn", "stoppedReason", "createdAt"],
  returnToRunSessions: ["id", "programmeId", "date", "phase", "painDuring", "sharp", "restPain", "testPain", "decision", "reason"],
  therapistShares: ["id", "label", "massageId", "allowNotes", "showName", "noteToTherapist", "expiresAt", "revokedAt", "lastOpenedAt", "createdAt"],
  sessionNotes: ["id", "massageId", "regionsWorked", "depthWorked", "findings", "author", "updatedAt"],
  massageFeedback: ["id", "massageId", "region", "answer", "updatedAt"],
};

/**
 * The byte-order mark a CSV download starts with. UTF-8 text with a BOM is what Excel (Windows
 * and Mac) needs to read "Zürich" or "서울" as UTF-8 instead of the system code page; LibreOffice,
 * Numbers, Google Sheets and CSV parsers accept it (most strip it).
 */
export const CSV_BOM = "\uFEFF";
