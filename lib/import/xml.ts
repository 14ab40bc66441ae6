import { SaxesParser } from "saxes";
import { ImportError } from "./errors";

/** Deeper nesting than this is never found in GPX or TCX and is refused. */
export const MAX_XML_DEPTH = 64;
/** Text kept for one leaf element; longer text is not a number or a time anyway. */
const MAX_LEAF_TEXT = 256;

/**
 * Bytes to text. UTF-8 (with or without BOM) is the norm; UTF-16 is recognised by its BOM
 * or by "<?" encoded in it; a single-byte encoding named in the XML declaration
 * (e.g. ISO-8859-1) is honoured; whitespace before the declaration is dropped. Undecodable bytes become U+FFFD, which the XML parser then
 * judges.
 */
export function decodeXmlText(bytes: Uint8Array): string {
  const b0 = bytes[0];
  const b1 = bytes[1];
  let label = "utf-8";
  if (b0 === 0xff && b1 === 0xfe) label = "utf-16le";
  else if (b0 === 0xfe && b1 === 0xff) label = "utf-16be";
  else if (b0 === 0x3c && b1 === 0x00) label = "utf-16le";
  else if (b0 === 0x00 && b1 === 0x3c) label = "utf-16be";
  else {
    const head = String.fromCharCode(...bytes.subarray(0, 200));
    const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']/.exec(head)?.[1];
    if (declared) label = declared.toLowerCase();
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: false });
  } catch {
    throw new ImportError("unsupported", `This file uses a text encoding (${label}) that cannot be read. Save it as UTF-8 and try again.`);
  }
  const decoded = decoder.decode(bytes);
  const text = decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
  // Some exporters (Strava's TCX) write whitespace before the XML declaration, which XML
  // forbids; the content is otherwise fine, so the whitespace is dropped.
  const leading = /^[\s\uFEFF]+(?=<\?xml[\s?])/.exec(text.slice(0, 4096));
  return leading ? text.slice(leading[0].length) : text;
}

export type XmlSniff = { kind: "root"; local: string } | { kind: "doctype" } | { kind: "none" };

/** Finds the root element's local name after the prolog (declaration, comments, PIs). */
export function sniffXmlRoot(text: string): XmlSniff {
  let i = 0;
  const n = text.length;
  for (;;) {
    while (i < n && /\s/.test(text[i] ?? "")) i++;
    if (text.startsWith("<?", i)) {
      const end = text.indexOf("?>", i + 2);
      if (end < 0) return { kind: "none" };
      i = end + 2;
    } else if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end < 0) return { kind: "none" };
      i = end + 3;
    } else if (text.startsWith("<!", i)) {
      return /^<!DOCTYPE/i.test(text.slice(i, i + 9)) ? { kind: "doctype" } : { kind: "none" };
    } else if (text[i] === "<") {
      const m = /^<(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(text.slice(i, i + 200));
      return m?.[1] ? { kind: "root", local: m[1] } : { kind: "none" };
    } else {
      return { kind: "none" };
    }
  }
}

export interface XmlHandler {
  /** `path` holds the local names of the open elements, the new one last. */
  open(local: string, attributes: Record<string, string>, path: readonly string[]): void;
  /** Called before the element is removed from `path`. `text` is its own text if captured. */
  close(local: string, path: readonly string[], text: string | null): void;
  /** Whether the text of the element just opened should be kept. */
  wantsText(local: string, path: readonly string[]): boolean;
}

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Streams XML through saxes with the file treated as data only: a DTD is refused (so no
 * external entity can be fetched and no entity can expand), undefined entities are errors,
 * nesting is bounded, and only short leaf texts are kept.
 */
export function readXml(text: string, handler: XmlHandler, formatName: string): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const path: string[] = [];
  let capture = false;
  let captured = "";
  let capturedTooLong = false;

  parser.on("doctype", () => {
    throw new ImportError(
      "unsupported",
      `This ${formatName} file contains a document type declaration (DTD). Activity files never need one, so it was not read.`,
    );
  });
  parser.on("error", () => {
    throw new ImportError("corrupt", `This ${formatName} file is damaged or not well-formed XML, so it cannot be read.`);
  });
  parser.on("opentag", (tag) => {
    if (path.length >= MAX_XML_DEPTH) {
      throw new ImportError("corrupt", `This ${formatName} file is nested too deeply to be an activity file.`);
    }
    const local = localName(tag.name);
    path.push(local);
    handler.open(local, tag.attributes as Record<string, string>, path);
    capture = handler.wantsText(local, path);
    captured = "";
    capturedTooLong = false;
  });
  const onText = (t: string) => {
    if (!capture || capturedTooLong) return;
    if (captured.length + t.length > MAX_LEAF_TEXT) {
      capturedTooLong = true;
      captured = "";
      return;
    }
    captured += t;
  };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", (tag) => {
    const local = localName(tag.name);
    handler.close(local, path, capture && !capturedTooLong ? captured : null);
    capture = false;
    captured = "";
    path.pop();
  });

  try {
    parser.write(text);
    parser.close();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError("corrupt", `This ${formatName} file is damaged or not well-formed XML, so it cannot be read.`);
  }
}

export function parseNumber(text: string | null): number | null {
  if (text === null) return null;
  const t = text.trim();
  if (t === "") return null;
  const v = Number(t);
  return Number.isFinite(v) ? v : null;
}
