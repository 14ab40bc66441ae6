import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { withImportSlot } from "@/lib/api/import-slots";
import { parseWith } from "@/lib/api/request";
import { importRuns, type ImportFile } from "@/lib/data/runs";
import { MAX_ACTIVITY_FILE_BYTES } from "@/lib/import";
import { importDetailsSchema, MAX_IMPORT_FILES, MAX_IMPORT_REQUEST_BYTES } from "@/lib/validation/run";

const tooLarge = () =>
  new ApiError(413, "payload_too_large", `Send at most ${MAX_IMPORT_REQUEST_BYTES / 1024 / 1024} MiB per request (each file up to 25 MiB); split the files over several requests.`);

/** The body, cut off (and refused) as soon as it passes the limit — a missing Content-Length cannot get round it. */
function limitedBody(request: Request, limit: number, onTooLarge: () => void): ReadableStream<Uint8Array> | null {
  if (!request.body) return null;
  let seen = 0;
  return request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        seen += chunk.byteLength;
        if (seen > limit) {
          onTooLarge();
          controller.error(new Error("body too large"));
          return;
        }
        controller.enqueue(chunk);
      },
    }),
  );
}

/**
 * multipart/form-data with the files under `files`. Every activity of every file is stored —
 * runs as runs, other sports as cross-training — with one result each. With exactly one file,
 * the fields `startedAt`, `durationSec` and `distanceM` complete a file that lacks them
 * (needs-details). One runner has at most MAX_IMPORTS_IN_FLIGHT_PER_RUNNER imports in flight (429).
 */
export const POST = apiRoute(async (request, caller) => withImportSlot(caller.runner.id, () => importRequest(request, caller.runner)));

async function importRequest(request: Request, runner: Parameters<typeof importRuns>[0]): Promise<Response> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the files as multipart/form-data, under the field name “files”.");
  }
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_IMPORT_REQUEST_BYTES) throw tooLarge();

  let exceeded = false;
  let form: FormData;
  try {
    const body = limitedBody(request, MAX_IMPORT_REQUEST_BYTES, () => (exceeded = true));
    form = await new Response(body, { headers: { "content-type": type } }).formData();
  } catch {
    if (exceeded) throw tooLarge();
    throw new ApiError(400, "bad_request", "The multipart body could not be read.");
  }

  const files: File[] = [];
  const fields: Record<string, string> = {};
  for (const [name, value] of form) {
    if (name === "files" && typeof value !== "string") files.push(value);
    else if (name === "files") throw new ApiError(422, "validation_failed", "Some fields are not valid.", { files: ["Send files, not text, under “files”."] });
    else if (typeof value === "string") fields[name] = value;
    else throw new ApiError(422, "validation_failed", "Some fields are not valid.", { [name]: ["Send files under the field name “files”."] });
  }
  if (files.length === 0) throw new ApiError(422, "validation_failed", "Some fields are not valid.", { files: ["Attach at least one FIT, GPX or TCX file under “files”."] });
  if (files.length > MAX_IMPORT_FILES) {
    throw new ApiError(422, "validation_failed", "Some fields are not valid.", { files: [`Send at most ${MAX_IMPORT_FILES} files at once.`] });
  }
  const details = parseWith(importDetailsSchema, fields);
  if (Object.keys(details).length > 0 && files.length !== 1) {
    throw new ApiError(422, "validation_failed", "Some fields are not valid.", { files: ["startedAt, durationSec and distanceM can only be sent with a single file."] });
  }

  const results = [];
  for (const file of files) {
    const fileName = file.name || "activity";
    if (file.size > MAX_ACTIVITY_FILE_BYTES) {
      // Refused on its size alone: its bytes are never read.
      results.push({ fileName, status: "rejected" as const, code: "too-large", message: "This file is larger than 25 MiB, the most an activity file can be." });
      continue;
    }
    const importFile: ImportFile = { fileName, bytes: new Uint8Array(await file.arrayBuffer()), details };
    results.push(...(await importRuns(runner, [importFile])));
  }
  return json({ results });
}
