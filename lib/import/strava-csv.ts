/**
 * Strava's bulk-export `activities.csv`, read by header name (never by position: the columns and
 * their count change between export versions). Pure: bytes in, rows out.
 *
 * Facts behind the choices (shared/fixtures/field-cases/EXPORT-FORMATS.md, from real exports):
 * - before mid-2019 the header is lower-case (`id,date,…,distance,…,filename`), ISO dates, distance in metres;
 * - from mid-2019 `Activity ID,Activity Date,…`, dates like "Mar 4, 2026, 7:00:00 AM", distance in km;
 * - from 2020 some names repeat (`Distance`, `Elapsed Time`, …): the first is the display value
 *   (km with two decimals, metres for swims), the second the raw value (metres, one decimal);
 * - `Activity Date` is UTC in every export; `Moving Time` is seconds (may have decimals);
 * - `Perceived Exertion` is 1–10 written like `9.0`;
 * - some header cells are wrapped in HTML `<span>`; some files were re-saved by Excel (BOM, `;`).
 */
import { parse } from "csv-parse/sync";

export interface StravaCsvActivity {
  /** 1-based data row number (the header is row 0), for messages. */
  row: number;
  activityId: string | null;
  /** UTC, from `Activity Date`; null when missing or unreadable. */
  startedAt: Date | null;
  name: string | null;
  description: string | null;
  /** As Strava writes it: "Run", "Trail Run", "Ride", "Swim"… */
  type: string | null;
  /** `activities/<n>.gpx`, `.fit.gz`, `.tcx.gz`…; null for activities entered by hand. */
  fileName: string | null;
  /** Seconds: `Moving Time`, else `Elapsed Time` (an elapsed time can include a watch left running). */
  durationSec: number | null;
  elapsedSec: number | null;
  /** Metres, from the raw (second) `Distance` where the export has one, else converted (see distanceSource). */
  distanceM: number | null;
  /** Which column and unit gave distanceM, in words a runner reads, e.g. "kilometres (assumed)". */
  distanceSource: "metres (raw column)" | "metres (old export)" | "kilometres (assumed)" | null;
  /** 1–10 from `Perceived Exertion`, rounded; null when empty or out of range. */
  rpe: number | null;
}

export interface StravaCsv {
  activities: StravaCsvActivity[];
  /** Problems with the file as a whole (e.g. no date column). */
  warnings: string[];
}

/** Normalised header name → our field. Add localised names here (normalised: lower case, no markup). */
type Field = "id" | "date" | "name" | "type" | "description" | "elapsed" | "moving" | "distance" | "filename" | "rpe";
const HEADER_NAMES: Record<string, Field> = {
  "activity id": "id",
  id: "id",
  "activity date": "date",
  date: "date",
  "activity name": "name",
  name: "name",
  "activity type": "type",
  type: "type",
  "activity description": "description",
  description: "description",
  "elapsed time": "elapsed",
  elapsed_time: "elapsed",
  "moving time": "moving",
  distance: "distance",
  filename: "filename",
  "perceived exertion": "rpe",
};

/** Lower case, markup and BOM removed, spaces collapsed: `<span>Distance</span>` → "distance". */
export function normaliseHeader(cell: string): string {
  return cell
    .replace(/^\uFEFF/, "")
    .replace(/<[^>]*>/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "Mar 4, 2026, 7:00:00 AM" or ISO 8601 ("2018-09-12 15:02:23", "2018-09-12T15:02:23Z"), both UTC. */
export function parseStravaDate(text: string): Date | null {
  const t = text.trim();
  const us = /^([A-Za-z]{3})[A-Za-z]*\.? (\d{1,2}), (\d{4}),? (\d{1,2}):(\d{2}):(\d{2}) ?([AaPp][Mm])$/.exec(t);
  if (us) {
    const month = MONTHS.indexOf((us[1] ?? "").toLowerCase());
    let hour = Number(us[4]);
    if (month < 0 || hour < 1 || hour > 12) return null;
    const pm = (us[7] ?? "").toLowerCase() === "pm";
    hour = (hour % 12) + (pm ? 12 : 0);
    const d = new Date(Date.UTC(Number(us[3]), month, Number(us[2]), hour, Number(us[5]), Number(us[6])));
    return d.getUTCDate() === Number(us[2]) ? d : null;
  }
  const iso = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]00:?00)?$/.exec(t);
  if (iso) {
    const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = iso.slice(1, 7).map(Number);
    const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
    return date.getUTCDate() === d ? date : null;
  }
  return null;
}

/** "6.00", "6000.0", "1,234.5" (thousands separator), "6,5" (decimal comma) → number; "" → null. */
export function parseStravaNumber(text: string | undefined): number | null {
  if (text === undefined) return null;
  let t = text.trim().replace(/\u00a0/g, "");
  if (t === "") return null;
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  else if (/^\d{1,3}(\.\d{3})+,\d+$/.test(t)) t = t.replace(/\./g, "").replace(",", ".");
  else if (/^\d+,\d{1,2}$/.test(t)) t = t.replace(",", ".");
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const blankToNull = (v: string | undefined) => (v === undefined || v.trim() === "" ? null : v.trim());

/**
 * Reads activities.csv. Columns are found by normalised header name; a repeated name keeps every
 * position, and Distance takes the later (raw metres) column when there are two. Throws only on a
 * file that is not CSV at all (csv-parse's error).
 */
export function readStravaActivitiesCsv(bytes: Uint8Array): StravaCsv {
  const text = new TextDecoder("utf-8").decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|\r/) >>> 0 || text.length);
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  const records: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
  const warnings: string[] = [];
  if (records.length === 0) return { activities: [], warnings: ["activities.csv is empty."] };

  const columns = new Map<Field, number[]>();
  const rawHeader = records[0] ?? [];
  rawHeader.forEach((cell, index) => {
    const field = HEADER_NAMES[normaliseHeader(cell)];
    if (!field) return;
    const list = columns.get(field) ?? [];
    list.push(index);
    columns.set(field, list);
  });
  const oldExport = rawHeader.some((c) => normaliseHeader(c) === "id") && !columns.has("moving");
  if (!columns.has("date")) warnings.push("activities.csv has no Activity Date column, so activities without a file cannot be dated.");

  const first = (row: string[], f: Field) => {
    const at = columns.get(f)?.[0];
    return at === undefined ? undefined : row[at];
  };
  const distanceColumns = columns.get("distance") ?? [];
  const elapsedColumns = columns.get("elapsed") ?? [];
  // A repeated name: the first column is the display value, the last the raw one.
  const cell = (row: string[], at: number | undefined) => (at === undefined ? undefined : row[at]);

  const activities = records.slice(1).map((row, i): StravaCsvActivity => {
    let distanceM: number | null = null;
    let distanceSource: StravaCsvActivity["distanceSource"] = null;
    const raw = distanceColumns.length > 1 ? parseStravaNumber(cell(row, distanceColumns.at(-1))) : null;
    if (raw !== null) {
      distanceM = raw;
      distanceSource = "metres (raw column)";
    } else {
      const display = distanceColumns.length ? parseStravaNumber(cell(row, distanceColumns[0])) : null;
      if (display !== null) {
        distanceM = oldExport ? display : display * 1000;
        distanceSource = oldExport ? "metres (old export)" : "kilometres (assumed)";
      }
    }
    // The raw Elapsed Time (later column) is plain seconds; the first may be the same or formatted.
    const elapsedSec = elapsedColumns.length
      ? (parseStravaNumber(cell(row, elapsedColumns.at(-1))) ?? parseStravaNumber(cell(row, elapsedColumns[0])))
      : null;
    const movingSec = parseStravaNumber(first(row, "moving"));
    const rpeValue = parseStravaNumber(first(row, "rpe"));
    const dateText = first(row, "date");
    return {
      row: i + 1,
      activityId: blankToNull(first(row, "id")),
      startedAt: dateText ? parseStravaDate(dateText) : null,
      name: blankToNull(first(row, "name")),
      description: blankToNull(first(row, "description")),
      type: blankToNull(first(row, "type")),
      fileName: blankToNull(first(row, "filename")),
      durationSec: movingSec !== null && movingSec > 0 ? Math.round(movingSec) : elapsedSec !== null && elapsedSec > 0 ? Math.round(elapsedSec) : null,
      elapsedSec: elapsedSec !== null && elapsedSec > 0 ? Math.round(elapsedSec) : null,
      distanceM: distanceM !== null && distanceM >= 0 ? Math.round(distanceM) : null,
      distanceSource,
      rpe: rpeValue !== null && rpeValue >= 1 && rpeValue <= 10 ? Math.round(rpeValue) : null,
    };
  });
  return { activities, warnings };
}

/** Strava activity types that are runs ("Run", "Trail Run", "Virtual Run", "TrailRun"…); all else is cross-training. */
export function stravaTypeIsRun(type: string | null): boolean {
  if (type === null) return true;
  return /run|jog/i.test(type);
}
