/**
 * The parser thread: receives { id, bytes, fileName }, answers { id, ok: true, activities }
 * or { id, ok: false, code, message } (an ImportError) or { id, ok: false, code: null }
 * (anything else). Says { ready: true } once loaded. Runs lib/import unchanged.
 */
import { parentPort } from "node:worker_threads";
import { ImportError, parseActivities } from "../import/index";

interface Job {
  id: number;
  bytes: Uint8Array;
  fileName: string;
}

parentPort?.postMessage({ ready: true });

parentPort?.on("message", (job: Job) => {
  void parseActivities(job.bytes, job.fileName).then(
    (activities) => parentPort?.postMessage({ id: job.id, ok: true, activities }),
    (error: unknown) =>
      parentPort?.postMessage(
        error instanceof ImportError
          ? { id: job.id, ok: false, code: error.code, message: error.message }
          : { id: job.id, ok: false, code: null, message: String(error) },
      ),
  );
});
