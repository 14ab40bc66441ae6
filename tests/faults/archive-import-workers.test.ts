// Archive imports across worker processes on one Postgres (its own throwaway cluster, port 3545):
// a worker killed mid-import (SIGKILL) and another started — the job finishes, no activity twice;
// two workers sharing the queue finish a job together. Runs with FAULTS_SKIP_BUILD=1 (no server needed).
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrations";
import { createPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";
import { buildZip } from "../support/zip-builder";
import { gpxRun } from "../db/runs-files";

const ROOT = path.resolve(__dirname, "../..");
let cluster: PostgresCluster;
let dataDir: string;
const workers: ChildProcess[] = [];

function startWorker(): ChildProcess {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/worker.ts")], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: cluster.url, RECOVERY_PLANNER_DATA_DIR: dataDir, IMPORT_LEASE_MS: "4000" },
    stdio: "ignore",
  });
  workers.push(child);
  return child;
}

async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, ms = 150_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}

beforeAll(async () => {
  cluster = createPostgresCluster(3545);
  await migrate(cluster.url);
  dataDir = mkdtempSync(path.join(os.tmpdir(), "archive-faults-"));
  process.env.DATABASE_URL = cluster.url;
  process.env.RECOVERY_PLANNER_DATA_DIR = dataDir;
});
afterAll(async () => {
  for (const w of workers) w.kill("SIGKILL");
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
  cluster?.destroy();
});

async function uploadArchive(files: number) {
  const { createRunner } = await import("@/lib/data/users");
  const { newImportId, saveUpload, startImport } = await import("@/lib/jobs/uploads");
  const runner = await createRunner({ email: `faults-${randomUUID()}@example.com`, password: "a fine passphrase" });
  const zip = await buildZip(
    Array.from({ length: files }, (_, i) => ({ name: `r${i}.gpx`, data: gpxRun({ start: new Date(Date.UTC(2024, 0, 1, 7) + i * 86_400_000).toISOString(), points: 1500 }) })),
  );
  const id = newImportId();
  await startImport(runner.id, id, [await saveUpload(id, 0, "runs.zip", Readable.from([zip]))]);
  return { runnerId: runner.id, id };
}

describe("archive imports across worker processes", () => {
  it("a worker killed mid-import: another takes the job over when its lease runs out, and no run is stored twice", async () => {
    const { db } = await import("@/lib/db");
    const { runnerId, id } = await uploadArchive(40);
    const first = startWorker();
    const done = () => db().importEntry.count({ where: { jobId: id, status: { not: "pending" } } });
    expect(await until(done, (n) => n >= 5)).toBeGreaterThanOrEqual(5);
    first.kill("SIGKILL");
    const atKill = await db().importJob.findUniqueOrThrow({ where: { id } });
    expect(atKill.status).toBe("running");
    expect(await done()).toBeLessThan(40);
    startWorker();
    const job = await until(() => db().importJob.findUniqueOrThrow({ where: { id } }), (j) => j.status === "done");
    expect(job.status).toBe("done");
    const runs = await db().run.findMany({ where: { userId: runnerId }, select: { startedAt: true } });
    expect(runs).toHaveLength(40);
    expect(new Set(runs.map((r) => r.startedAt.toISOString())).size).toBe(40);
    expect(await db().importEntry.count({ where: { jobId: id, status: "imported" } })).toBe(40);
  });

  it("two workers share one queue: two imports finish, each run once", async () => {
    const { db } = await import("@/lib/db");
    startWorker();
    const a = await uploadArchive(15);
    const b = await uploadArchive(15);
    for (const { id, runnerId } of [a, b]) {
      const job = await until(() => db().importJob.findUniqueOrThrow({ where: { id } }), (j) => j.status === "done");
      expect(job.status).toBe("done");
      expect(await db().run.count({ where: { userId: runnerId } })).toBe(15);
    }
  });
});
