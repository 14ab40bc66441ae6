// `npm run worker`: works the job queue (archive imports) without the web server — for deployments
// that run workers apart. `npm start` starts one beside the app by itself.
import { startImportWorker } from "../lib/jobs/queue";

async function main() {
  const worker = await startImportWorker();
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
