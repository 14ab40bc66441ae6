/**
 * Receives an import upload from the request stream: multipart (busboy) or a raw body, each file
 * streamed to disk as it arrives — at most 4 GiB in all, never held in memory — then starts the
 * import job. Anything refused leaves nothing behind.
 */
import type { Readable } from "node:stream";
import busboy from "busboy";
import { ApiError } from "@/lib/api/errors";
import type { ImportJobView } from "@/lib/data/imports";
import { IMPORT_FILES_FIELD, MAX_IMPORT_UPLOADS } from "@/lib/validation/imports";
import { discardUploads, MAX_UPLOAD_BYTES, newImportId, saveUpload, startImport, UploadTooLargeError, type SavedUpload } from "./uploads";

export interface IncomingUpload {
  contentType: string;
  contentLength: number | null;
  contentDisposition: string | null;
  nameParam: string | null;
  body: Readable;
}

const RAW_TYPES = /^(application\/(zip|x-zip-compressed|gzip|x-gzip|octet-stream))\b/i;

const tooLarge = () => new ApiError(413, "payload_too_large", "An import takes at most 4 GiB; split the export, or send its parts one by one.");
const invalid = (message: string) => new ApiError(422, "validation_failed", "Some fields are not valid.", { files: [message] });

function fileNameFromDisposition(header: string | null): string | null {
  const m = header ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header) : null;
  return m?.[1] ? decodeURIComponent(m[1]) : null;
}

function readMultipart(jobId: string, contentType: string, body: Readable): Promise<SavedUpload[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: { "content-type": contentType }, limits: { files: MAX_IMPORT_UPLOADS, fields: 0, fileSize: MAX_UPLOAD_BYTES } });
    } catch {
      reject(new ApiError(400, "bad_request", "The multipart body could not be read (no boundary)."));
      return;
    }
    const budget = { left: MAX_UPLOAD_BYTES };
    const saving: Promise<SavedUpload>[] = [];
    let failure: unknown = null;
    parser.on("file", (field, stream, info) => {
      if (field !== IMPORT_FILES_FIELD) {
        failure ??= invalid(`Send archives and files under the field name “${IMPORT_FILES_FIELD}”.`);
        stream.resume();
        return;
      }
      stream.on("limit", () => (failure ??= tooLarge()));
      const saved = saveUpload(jobId, saving.length, info.filename || "upload", stream, budget);
      saved.catch((error: unknown) => {
        failure ??= error instanceof UploadTooLargeError ? tooLarge() : error;
        stream.resume();
      });
      saving.push(saved);
    });
    parser.on("field", () => (failure ??= invalid(`Send only files, under “${IMPORT_FILES_FIELD}”.`)));
    parser.on("filesLimit", () => (failure ??= invalid(`Send at most ${MAX_IMPORT_UPLOADS} files or archives at once.`)));
    parser.on("fieldsLimit", () => (failure ??= invalid(`Send only files, under “${IMPORT_FILES_FIELD}”.`)));
    parser.on("error", () => reject(new ApiError(400, "bad_request", "The multipart body could not be read.")));
    parser.on("close", async () => {
      const results = await Promise.allSettled(saving);
      if (failure) return reject(failure);
      const bad = results.find((r) => r.status === "rejected");
      if (bad) return reject((bad as PromiseRejectedResult).reason);
      resolve(results.map((r) => (r as PromiseFulfilledResult<SavedUpload>).value));
    });
    body.on("error", () => reject(new ApiError(400, "bad_request", "The upload was interrupted.")));
    body.pipe(parser);
  });
}

/** Saves the upload and starts its import job. Throws ApiError (413, 415, 422, 400) on refusal. */
export async function receiveUpload(userId: string, upload: IncomingUpload): Promise<ImportJobView> {
  if (upload.contentLength !== null && upload.contentLength > MAX_UPLOAD_BYTES + 1024 * 1024) throw tooLarge();
  const multipart = /^multipart\/form-data\b/i.test(upload.contentType);
  if (!multipart && !RAW_TYPES.test(upload.contentType)) {
    upload.body.resume();
    throw new ApiError(415, "unsupported_media_type", `Send the archive as multipart/form-data under “${IMPORT_FILES_FIELD}”, or as a raw body with Content-Type application/zip.`);
  }
  const jobId = newImportId();
  try {
    let saved: SavedUpload[];
    if (multipart) saved = await readMultipart(jobId, upload.contentType, upload.body);
    else {
      const gzip = /gzip/i.test(upload.contentType);
      const name = upload.nameParam ?? fileNameFromDisposition(upload.contentDisposition) ?? (gzip ? "upload.gz" : "upload.zip");
      saved = [await saveUpload(jobId, 0, name, upload.body).catch((error: unknown) => {
        throw error instanceof UploadTooLargeError ? tooLarge() : error;
      })];
    }
    if (saved.length === 0) throw invalid("Attach at least one archive or activity file.");
    return await startImport(userId, jobId, saved);
  } catch (error) {
    await discardUploads(jobId);
    throw error;
  }
}
