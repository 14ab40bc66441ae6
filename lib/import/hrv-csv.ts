/**
 * HRV app exports → morning readings (resting HR in bpm, rMSSD in ms). Pure: text in, data out.
 * Columns are found by a normalised header name (case, spaces and punctuation ignored), never by
 * position. Read with csv-parse, which handles a BOM, CRLF, CR-only line ends and quoting.
 *
 * Supported layouts (see the project's fixtures in tests/fixtures/wellness):
 * - HRV4Training (iOS): `timestamp_measurement` like "2017-04-01 09:56:21 +0000" (an instant;
 *   Spanish "a. m." / "p. m." accepted), `HR` (bpm), `rMSSD` (ms); "-" is missing; a row of 0.0
 *   is a day without a reading. `HRV4T_Recovery_Points` is a score, not ln rMSSD: ignored.
 * - HRV4Training (Android): separate `date` and `time`, the date written year-DAY-month
 *   ("2017-12-08" is 12 August), header names with leading spaces; a row whose unquoted decimal
 *   commas add fields is refused by row, with the reason.
 * - Elite HRV (web export): `Member,Date,Datetime,Type,HRV,lnRmssd,Rmssd,…,HR`; `Rmssd` is ms
 *   (`HRV` is Elite's own score, ignored); `Datetime` is local time; only morning readings count.
 */
import { parse } from "csv-parse/sync";

export type HrvFormat = "HRV4Training" | "HRV4Training (Android)" | "Elite HRV";

export interface HrvReading {
  /** 1-based line of the row in the file (the header is row 1). */
  row: number;
  /** The runner's local day, when the file gives local time. */
  date?: string;
  /** An instant (ISO 8601, UTC) when the file gives a time with its offset; the caller takes the local day. */
  instant?: string;
  restingHrBpm?: number;
  hrvRmssdMs?: number;
}

export interface HrvImport {
  format: HrvFormat;
  readings: HrvReading[];
  skipped: { row: number; reason: string }[];
}

export class HrvImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HrvImportError";
  }
}

/** Accepted ranges, as on the check-in form: resting HR 25–220 bpm, rMSSD 1–500 ms. */
const HR_RANGE = [25, 220] as const;
const RMSSD_RANGE = [1, 500] as const;

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, "");

function numberOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim();
  if (t === "" || t === "-" || /^nan$/i.test(t)) return undefined;
  const value = Number(t);
  return Number.isFinite(value) ? value : undefined;
}

const pad = (n: number) => String(n).padStart(2, "0");
function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
function isoDate(y: number, m: number, d: number): string | null {
  return isRealDate(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** "2017-04-01 09:56:21 +0000" (also "09:56:21 a. m." and "p. m.") → an ISO instant, or null. */
export function hrv4tInstant(text: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?\s*([+-])(\d{2}):?(\d{2})$/i.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ampm, sign, oh, om] = match;
  let hour = Number(h);
  if (ampm) {
    if (hour < 1 || hour > 12) return null;
    const pm = /^p/i.test(ampm);
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (!isRealDate(Number(y), Number(mo), Number(d)) || hour > 23 || Number(mi) > 59) return null;
  const offsetMin = (sign === "-" ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), hour, Number(mi), Number(s ?? 0)) - offsetMin * 60_000;
  return new Date(utc).toISOString();
}

/** Elite HRV's local "2019-03-05 06:45:12" or "3/5/2019 6:45" → "2019-03-05", or null. */
function localDay(text: string): string | null {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(t);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(t);
  if (us) return isoDate(Number(us[3]), Number(us[1]), Number(us[2]));
  return null;
}

function measures(row: number, hr: number | undefined, rmssd: number | undefined): { reading?: Omit<HrvReading, "date" | "instant">; reason?: string } {
  if ((hr === undefined || hr === 0) && (rmssd === undefined || rmssd === 0)) return { reason: "no reading that day" };
  if (hr !== undefined && hr !== 0 && (hr < HR_RANGE[0] || hr > HR_RANGE[1])) return { reason: `heart rate ${hr} bpm is outside ${HR_RANGE[0]}–${HR_RANGE[1]} bpm` };
  if (rmssd !== undefined && rmssd !== 0 && (rmssd < RMSSD_RANGE[0] || rmssd > RMSSD_RANGE[1])) return { reason: `rMSSD ${rmssd} ms is outside ${RMSSD_RANGE[0]}–${RMSSD_RANGE[1]} ms` };
  return {
    reading: {
      row,
      ...(hr !== undefined && hr !== 0 ? { restingHrBpm: Math.round(hr) } : {}),
      ...(rmssd !== undefined && rmssd !== 0 ? { hrvRmssdMs: Math.round(rmssd * 10) / 10 } : {}),
    },
  };
}

/**
 * Reads an HRV4Training or Elite HRV CSV export. Throws HrvImportError when the file is not CSV
 * or is neither layout (the message names the columns looked for); a bad row is skipped with its
 * reason, never guessed.
 */
export function parseHrvCsv(text: string): HrvImport {
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as string[][];
  } catch (error) {
    throw new HrvImportError(`This file could not be read as CSV (${error instanceof Error ? error.message.split(":")[0] : "unreadable"}).`);
  }
  const header = rows[0];
  if (!header || rows.length < 2) throw new HrvImportError("This file has no readings: a header row and at least one row of data are needed.");
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    const key = normalise(name);
    if (!index.has(key)) index.set(key, i);
  });
  const col = (cells: string[], name: string) => {
    const i = index.get(name);
    return i === undefined ? undefined : cells[i];
  };

  let format: HrvFormat;
  if (index.has("rmssd") && index.has("member")) format = "Elite HRV";
  else if (index.has("timestampmeasurement") && index.has("rmssd")) format = "HRV4Training";
  else if (index.has("date") && index.has("time") && index.has("rmssd")) format = "HRV4Training (Android)";
  else {
    throw new HrvImportError(
      "This is not an HRV4Training or Elite HRV export we know: expected the columns timestamp_measurement, HR and rMSSD (HRV4Training), date, time, HR and rMSSD (HRV4Training for Android), or Member, Datetime, Rmssd and HR (Elite HRV).",
    );
  }

  const readings: HrvReading[] = [];
  const skipped: { row: number; reason: string }[] = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.length !== header.length) {
      skipped.push({ row, reason: `${cells.length} fields where the header has ${header.length} (an unquoted decimal comma?)` });
      return;
    }
    let when: { date?: string; instant?: string } | null = null;
    if (format === "HRV4Training") {
      const instant = hrv4tInstant(col(cells, "timestampmeasurement") ?? "");
      when = instant ? { instant } : null;
    } else if (format === "HRV4Training (Android)") {
      // Year-DAY-month: "2017-12-08" is 12 August 2017.
      const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(col(cells, "date") ?? "");
      const date = m ? isoDate(Number(m[1]), Number(m[3]), Number(m[2])) : null;
      when = date ? { date } : null;
    } else {
      const type = (col(cells, "type") ?? "").trim();
      if (type !== "" && !/morning/i.test(type)) {
        skipped.push({ row, reason: `not a morning reading ("${type}")` });
        return;
      }
      const date = localDay(col(cells, "datetime") ?? col(cells, "date") ?? "");
      when = date ? { date } : null;
    }
    if (when === null) {
      skipped.push({ row, reason: "the date or time could not be read" });
      return;
    }
    const lnRmssd = format === "Elite HRV" ? numberOf(col(cells, "lnrmssd")) : undefined;
    const rmssd = numberOf(col(cells, "rmssd")) ?? (lnRmssd !== undefined && lnRmssd > 0 ? Math.exp(lnRmssd) : undefined);
    const { reading, reason } = measures(row, numberOf(col(cells, "hr")), rmssd);
    if (reading === undefined) skipped.push({ row, reason: reason ?? "no reading" });
    else readings.push({ ...reading, ...when });
  });
  return { format, readings, skipped };
}
