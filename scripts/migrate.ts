// `npm run db:migrate`: applies prisma/migrations to DATABASE_URL, or to the embedded database
// in .data/ when DATABASE_URL is not set.
import { mkdirSync } from "node:fs";
import { migrate } from "../lib/db/migrations";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { DATA_DIR, EMBEDDED_DATA_DIR } from "./app-paths";

async function main() {
  if (!process.env.DATABASE_URL) mkdirSync(DATA_DIR, { recursive: true });
  const embedded = process.env.DATABASE_URL ? undefined : await startEmbeddedDatabase(EMBEDDED_DATA_DIR);
  try {
    const url = process.env.DATABASE_URL || embedded!.url;
    const result = await migrate(url, { log: (line) => console.log(line) });
    console.log(
      `${result.applied.length} migration(s) applied, ${result.alreadyApplied.length} already applied` +
        (embedded ? ` (embedded database in ${EMBEDDED_DATA_DIR})` : ""),
    );
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
