import { ApiError } from "@/lib/api/errors";
import { apiRoute, json } from "@/lib/api/handler";
import { readLimited } from "@/lib/api/request";
import { importHrvReadings } from "@/lib/data/wellness-import";
import { HrvImportError, parseHrvCsv } from "@/lib/import/hrv-csv";
import { MAX_HRV_CSV_BYTES } from "@/lib/validation/wellness";

/** An HRV4Training or Elite HRV CSV export as the body (Content-Type: text/csv). */
export const POST = apiRoute(async (request, caller) => {
  const type = request.headers.get("content-type") ?? "";
  if (!/^text\/(csv|plain)\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the CSV export as the body with Content-Type: text/csv.");
  }
  if (Number(request.headers.get("content-length") ?? "0") > MAX_HRV_CSV_BYTES) {
    throw new ApiError(413, "payload_too_large", `The file is larger than ${MAX_HRV_CSV_BYTES / 1024 / 1024} MiB.`);
  }
  const text = await readLimited(request, MAX_HRV_CSV_BYTES);
  try {
    return json(await importHrvReadings(caller.runner, parseHrvCsv(text)));
  } catch (error) {
    if (error instanceof HrvImportError) throw new ApiError(422, "validation_failed", error.message, { file: [error.message] });
    throw error;
  }
});
