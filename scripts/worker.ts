// `npm run worker`: works the job queue (archive imports) without the web server — for deployments
// that run workers apart. `npm start` starts one beside the app by itself.
import { startImportWorker } from "../lib/jobs/queue";

async function main() {
  // IMPORT_LEASE_MS: how soon another worker takes over a job whose worker died (default one minute).
  const leaseMs = Number(process.env.IMPORT_LEASE_MS) || undefined;
  const worker = await startImportWorker({ leaseMs, sweepEveryMs: leaseMs ? Math.max(500, leaseMs / 4) : undefined });
  console.log("Import worker started (job queue in the app's database).");
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`Import worker could not start: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
