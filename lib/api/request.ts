import "server-only";
import type { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation/form";
import { controlCharacterMessage, pathsWithControlCharacters } from "@/lib/validation/text";
import { ApiError } from "./errors";

export const MAX_JSON_BYTES = 64 * 1024;

/** Reads a JSON body: 415 unless JSON, 413 when too large, 400 when malformed, 422 when invalid. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes = MAX_JSON_BYTES): Promise<z.output<S>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/(?:[\w.+-]+\+)?json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw new ApiError(413, "payload_too_large", `The body is larger than ${maxBytes} bytes.`);
  const text = await readLimited(request, maxBytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new ApiError(400, "bad_request", "The body is not valid JSON.");
  }
  return parseWith(schema, raw);
}

/** Field errors for every string holding a control character (a NUL byte, say), or null. */
function controlCharacterErrors(raw: unknown): Record<string, string[]> | null {
  const paths = pathsWithControlCharacters(raw);
  if (paths.length === 0) return null;
  return Object.fromEntries(paths.map((path) => [path, [controlCharacterMessage(`“${path}”`)]]));
}

export function parseWith<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const controls = controlCharacterErrors(raw);
  if (controls) throw new ApiError(422, "validation_failed", "Some fields hold invisible control characters.", controls);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw new ApiError(422, "validation_failed", "Some fields are not valid.", fieldErrorsOf(parsed.error));
  }
  return parsed.data;
}

/** Query string → object of the named parameters, then checked by the schema (400 when invalid). */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const raw: Record<string, string> = {};
  for (const [key, value] of params) raw[key] = value;
  const controls = controlCharacterErrors(raw);
  if (controls) throw new ApiError(400, "bad_request", "Some query parameters hold invisible control characters.", controls);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new ApiError(400, "bad_request", "Some query parameters are not valid.", fieldErrorsOf(parsed.error));
  return parsed.data;
}

/** The body as text, refused with 413 as soon as it passes `maxBytes`. */
export async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new ApiError(413, "payload_too_large", `The body is larger than ${maxBytes} bytes.`);
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
