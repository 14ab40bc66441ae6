import "server-only";
import type { EXPORT_TABLE_NAMES } from "@/lib/validation/export";

/**
 * The columns of each CSV table, in order: the header row every CSV starts with, even when the
 * table has no rows yet (so a spreadsheet opens it with named columns, never as a 0-byte file).
 * The same keys as the rows exportRunnerData builds (a test compares them).
 */
export const EXPORT_COLUMNS: Readonly<Record<(typeof EXPORT_TABLE_NAMES)[number], readonly string[]>> = {
  runs: ["id", "startedAt", "date", "distanceM", "durationSec", "elapsedSec", "rpe", "kind", "temperatureC", "avgHeartRate", "maxHeartRate", "elevationGainM", "notes", "source", "fileName", "createdAt", "updatedAt"],
  soreness: ["id", "date", "region", "side", "level", "sharp", "updatedAt"],
  wellness: ["id", "date", "sleep", "stress", "fatigue", "soreness"],
  sweatRateTests: ["id", "date", "massBeforeKg", "massAfterKg", "fluidMl", "urineMl", "durationSec", "temperatureC"],
  races: ["id", "name", "date", "distanceM", "priority"],
  massages: ["id", "date", "depth", "regions", "status", "reason", "therapist", "startsAt", "place", "notes"],
  apiTokens: ["id", "name", "createdAt", "lastUsedAt"],
};

/**
 * The byte-order mark a CSV download starts with. UTF-8 text with a BOM is what Excel (Windows
 * and Mac) needs to read "Zürich" or "서울" as UTF-8 instead of the system code page; LibreOffice,
 * Numbers, Google Sheets and CSV parsers accept it (most strip it).
 */
export const CSV_BOM = "\uFEFF";
