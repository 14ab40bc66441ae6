/**
 * The job queue: pg-boss 10 in the app's own Postgres (schema `pgboss`), so any instance on the
 * same database takes work, and a job survives a restart. pg-boss 10 is the last line that runs on
 * Node 20 (11 and 12 need Node 22). It also works on the embedded PGlite database through its
 * socket server (checked by tests/db/import-queue.test.ts and `npm start`).
 *
 * An import runs as a chain of short turns (lib/jobs/import-worker.ts): each turn sends the next,
 * and a sweeper re-sends a turn for any import whose lease ran out (its worker died).
 */
import PgBoss from "pg-boss";
import { abandonedImportJobs } from "@/lib/data/import-work";
import { runImportTurn, type TurnOptions } from "./import-worker";

export const IMPORT_QUEUE = "archive-import";

interface TurnData {
  importId: string;
}

type Boss = InstanceType<typeof PgBoss>;
const globalForQueue = globalThis as unknown as { recoveryPlannerBoss?: Promise<Boss> };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: the job queue lives in the app's database.");
  return url;
}

async function startBoss(worker: boolean): Promise<Boss> {
  const boss = new PgBoss({
    connectionString: connectionString(),
    max: 2,
    schema: "pgboss",
    // The web process only sends: no maintenance or cron in it.
    supervise: worker,
    schedule: false,
  });
  boss.on("error", (error: Error) => console.error(`job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(IMPORT_QUEUE, { name: IMPORT_QUEUE, policy: "standard", retryLimit: 3, retryDelay: 5, expireInSeconds: 300 });
  return boss;
}

/** The process's queue client for sending (started on first use). */
export function queue(): Promise<Boss> {
  globalForQueue.recoveryPlannerBoss ??= startBoss(false).catch((error: unknown) => {
    globalForQueue.recoveryPlannerBoss = undefined;
    throw error;
  });
  return globalForQueue.recoveryPlannerBoss;
}

/** Asks for a turn on an import (deduplicated while one is waiting). */
export async function sendImportTurn(boss: Boss, importId: string, delaySeconds = 0): Promise<void> {
  await boss.send(IMPORT_QUEUE, { importId } satisfies TurnData, {
    singletonKey: importId,
    ...(delaySeconds ? { startAfter: delaySeconds } : {}),
  });
}

export interface ImportWorker {
  stop(): Promise<void>;
}

/**
 * Starts working the import queue in this process: `npm start` does it beside the web server,
 * `npm run worker` runs it alone. `sweepEveryMs` re-sends turns for imports whose worker died.
 */
export async function startImportWorker(options: TurnOptions & { sweepEveryMs?: number } = {}): Promise<ImportWorker> {
  const boss = await startBoss(true);
  await boss.work<TurnData>(IMPORT_QUEUE, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([job]) => {
    if (!job) return;
    const result = await runImportTurn(job.data.importId, options);
    if (result === "more") await sendImportTurn(boss, job.data.importId);
    if (result === "busy") await sendImportTurn(boss, job.data.importId, Math.ceil((options.leaseMs ?? 60_000) / 1000));
  });
  const sweep = async () => {
    try {
      for (const id of await abandonedImportJobs(30_000)) await sendImportTurn(boss, id);
    } catch (error) {
      console.error(`import sweeper: ${error instanceof Error ? error.message : error}`);
    }
  };
  await sweep();
  const timer = setInterval(sweep, options.sweepEveryMs ?? 15_000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await boss.stop({ graceful: true, wait: true, timeout: 10_000 });
    },
  };
}
