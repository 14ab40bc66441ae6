// The embedded database: PGlite (Postgres compiled to WebAssembly) with its data in .data/,
// served on a loopback port so the app talks to it through the same `pg` driver and adapter as to
// a real Postgres — one code path above lib/db. Single-user and not crash-safe: for trying the app
// and for development; runners' real data belongs in Postgres (set DATABASE_URL).
//
// Single-user also means one process: two processes opening the same data folder (the app and
// `npm run db:seed`) each keep their own copy, and one overwrites the other. So a data folder is
// held with a lock file beside it ("<dir>.lock", the holder's pid); a second opener is refused
// with EmbeddedDatabaseBusyError. A lock left by a process that has gone is taken over.
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Another live process holds the embedded database's data folder. */
export class EmbeddedDatabaseBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database in ${dataDir} is in use by another process (pid ${holderPid}), most likely the app (npm start / npm run dev). ` +
        "Stop it first (Ctrl+C in its terminal), then run this again — or set DATABASE_URL to use a Postgres server.",
    );
    this.name = "EmbeddedDatabaseBusyError";
  }
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock of a data folder, or throws EmbeddedDatabaseBusyError; returns the release function. */
export function lockDataDir(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lockFile, `${process.pid}\n`, { flag: "wx" });
      const release = () => {
        try {
          if (readFileSync(lockFile, "utf8").trim() === String(process.pid)) unlinkSync(lockFile);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(readFileSync(lockFile, "utf8").trim());
      if (holder !== process.pid && isAlive(holder)) throw new EmbeddedDatabaseBusyError(dataDir, holder);
      unlinkSync(lockFile); // left behind by a process that is gone
    }
  }
  throw new Error(`Could not lock ${dataDir}.`);
}

/** dataDir undefined → in memory (tests). Throws EmbeddedDatabaseBusyError while another process holds dataDir. */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
    const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 64 });
    await server.start();
    const [, port] = server.getServerConn().split(":");
    return {
      url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
      async stop() {
        await server.stop();
        await pglite.close();
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}
