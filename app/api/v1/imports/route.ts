import { Readable } from "node:stream";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { listImportJobs } from "@/lib/data/imports";
import { receiveUpload } from "@/lib/jobs/receive-upload";

export const runtime = "nodejs";

/**
 * Starts an import: multipart/form-data with files or archives under `files`, or a raw body with
 * Content-Type application/zip (or application/gzip, application/octet-stream for one file; its
 * name in Content-Disposition or `?name=`). Answers 202 { id, status } at once; the work runs in
 * the job queue. A form post from the page (Accept: text/html) is sent on to the import's page.
 */
export const POST = apiRoute(async (request, caller) => {
  if (!request.body) throw new ApiError(422, "validation_failed", "Some fields are not valid.", { files: ["Attach at least one archive or activity file."] });
  const job = await receiveUpload(caller.runner.id, {
    contentType: request.headers.get("content-type") ?? "",
    contentLength: Number(request.headers.get("content-length") ?? "0") || null,
    contentDisposition: request.headers.get("content-disposition"),
    nameParam: new URL(request.url).searchParams.get("name"),
    body: Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>),
  });
  const wantsPage = (request.headers.get("accept") ?? "").includes("text/html") && !request.headers.get("authorization");
  if (wantsPage) return new Response(null, { status: 303, headers: { Location: `/imports/${job.id}` } });
  return json({ id: job.id, status: job.status }, 202, { Location: `/api/v1/imports/${job.id}` });
});

/** The runner's imports, newest first, with their counts. */
export const GET = apiRoute(async (_request, caller) => json({ imports: await listImportJobs(caller.runner.id) }));
