import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getImportJob } from "@/lib/data/imports";
import { createRunner } from "@/lib/data/users";
import { startImportWorker, type ImportWorker } from "@/lib/jobs/queue";
import { newImportId, saveUpload, startImport } from "@/lib/jobs/uploads";
import { buildZip } from "../support/zip-builder";
import { gpxRun } from "./runs-files";

// The real queue (pg-boss in the test database — Postgres, or the embedded PGlite through its
// socket server when DATABASE_URL is unset): an upload is picked up and finished by a worker.
let worker: ImportWorker;
beforeAll(async () => {
  process.env.RECOVERY_PLANNER_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "import-queue-"));
  worker = await startImportWorker({ sweepEveryMs: 500 });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
});

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the import job queue", () => {
  it("runs an uploaded archive to the end in the background", async () => {
    const runner = await createRunner({ email: `queue-${randomUUID()}@example.com`, password: "a fine passphrase" });
    const zip = await buildZip([
      { name: "a.gpx", data: gpxRun({ start: "2025-09-01T07:00:00Z" }) },
      { name: "b.gpx", data: gpxRun({ start: "2025-09-02T07:00:00Z" }) },
    ]);
    const id = newImportId();
    const saved = await saveUpload(id, 0, "runs.zip", Readable.from([zip]));
    const queued = await startImport(runner.id, id, [saved]);
    expect(queued.status).toBe("queued");
    const job = await until(() => getImportJob(runner.id, id), (j) => j?.status === "done");
    expect(job!.counts).toMatchObject({ imported: 2, total: 2, done: 2 });
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(2);
  }, 60_000);
});
