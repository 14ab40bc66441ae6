/**
 * Pure activity-file parsing: bytes in, every activity in the file out. No I/O, no clock,
 * no environment — the app hashes, stores and asks the runner for anything missing.
 */
import { ImportError } from "./errors";
import { isFitHeader, parseFit } from "./fit";
import { parseGpx } from "./gpx";
import { parseTcx } from "./tcx";
import { finaliseAll } from "./finalise";
import type { ParsedActivity, RawActivity } from "./types";
import { decodeXmlText, sniffXmlRoot } from "./xml";

export { ImportError } from "./errors";
export type { ImportErrorCode } from "./errors";
export type { ParsedActivity } from "./types";

/** Files larger than this are refused before any parsing. */
export const MAX_ACTIVITY_FILE_BYTES = 25 * 1024 * 1024;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Well-known non-activity files, so the runner learns what they dropped. */
function otherFileKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return "a PNG image";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "a JPEG image";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return "a GIF image";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return "a PDF document";
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "a ZIP archive (unzip it and import the files inside)";
  if (startsWith(bytes, [0x1f, 0x8b])) return "a gzip-compressed file (decompress it and import the file inside)";
  return null;
}

function looksLikeXml(bytes: Uint8Array): boolean {
  let i = 0;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) i = 3;
  else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  else if (startsWith(bytes, [0x3c, 0x00]) || startsWith(bytes, [0x00, 0x3c])) return true;
  while (i < bytes.length && i < 4096) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) i++;
    else return b === 0x3c; // "<"
  }
  return false;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x00) return false;
  return true;
}

function parseXmlActivities(bytes: Uint8Array, ext: string): RawActivity[] {
  const text = decodeXmlText(bytes);
  const sniff = sniffXmlRoot(text);
  const named = ext === "tcx" ? "TCX" : ext === "gpx" ? "GPX" : "XML";
  if (sniff.kind === "doctype") {
    throw new ImportError(
      "unsupported",
      `This ${named} file contains a document type declaration (DTD). Activity files never need one, so it was not read.`,
    );
  }
  if (sniff.kind === "none") {
    throw new ImportError("corrupt", `This ${named} file is damaged or not well-formed XML, so it cannot be read.`);
  }
  const root = sniff.local.toLowerCase();
  if (root === "gpx") return [parseGpx(text)];
  if (root === "trainingcenterdatabase") return parseTcx(text);
  throw new ImportError(
    "unsupported",
    `This is an XML file, but not a GPX or TCX activity (its content starts with <${sniff.local}>).`,
  );
}

function detect(bytes: Uint8Array): "fit" | "xml" | null {
  if (isFitHeader(bytes)) return "fit";
  if (looksLikeXml(bytes)) return "xml";
  return null;
}

function parseSync(bytes: Uint8Array, fileName: string): RawActivity[] {
  if (bytes.length > MAX_ACTIVITY_FILE_BYTES) {
    throw new ImportError("too-large", "This file is larger than 25 MiB, the most an activity file can be.");
  }
  if (bytes.length === 0 || isBlank(bytes)) {
    throw new ImportError("empty", "This file is empty.");
  }
  const ext = extensionOf(fileName);
  const format = detect(bytes);
  if (format === "fit") return parseFit(bytes);
  if (format === "xml") return parseXmlActivities(bytes, ext);
  const other = otherFileKind(bytes);
  if (other) {
    throw new ImportError("unsupported", `This is ${other}, not an activity file. Import FIT, GPX or TCX files.`);
  }
  if (ext === "fit") {
    throw new ImportError("corrupt", "This file is named .fit but is not a valid FIT file; it may be damaged.");
  }
  if (ext === "gpx" || ext === "tcx") {
    throw new ImportError("corrupt", `This file is named .${ext} but does not contain ${ext.toUpperCase()} data; it may be damaged.`);
  }
  throw new ImportError("unsupported", "This is not a FIT, GPX or TCX activity file.");
}

/**
 * Reads every activity in a FIT, GPX or TCX file: each TCX <Activity> and each leg of a
 * <MultiSportSession>, each FIT session (multisport legs, runs "continued later"); a GPX
 * file is one activity. The format is recognised from the bytes; the file name only shapes the message
 * when the bytes are not an activity file.
 *
 * Returns at least one activity, in start-time order (undated ones last). Units: seconds,
 * metres, beats per minute; `sport`/`subSport`/`isRun` as ParsedActivity documents.
 * Rejects only with ImportError ("unsupported" | "corrupt" | "empty" | "too-large" | "no-activity").
 */
export async function parseActivities(bytes: Uint8Array, fileName: string): Promise<ParsedActivity[]> {
  try {
    const activities = finaliseAll(parseSync(bytes, fileName));
    if (activities.length === 0) throw new ImportError("no-activity", "This file has no recorded activity in it.");
    return activities;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("corrupt", "This file could not be read; it may be damaged.");
  }
}

/**
 * The one-activity form of parseActivities, for callers that store one entry per file: the
 * file's first activity. When the file holds more, the result says so in a warning.
 * Rejects only with ImportError.
 */
export async function parseActivityFile(bytes: Uint8Array, fileName: string): Promise<ParsedActivity> {
  const all = await parseActivities(bytes, fileName);
  const [first] = all;
  if (!first) throw new ImportError("no-activity", "This file has no recorded activity in it.");
  if (all.length === 1) return first;
  return {
    ...first,
    warnings: [...first.warnings, `This file holds ${all.length} activities; only the first was read here.`],
  };
}
