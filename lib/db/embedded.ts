// The embedded database: PGlite (Postgres compiled to WebAssembly) with its data in .data/,
// served on a loopback port so the app talks to it through the same `pg` driver and adapter as to
// a real Postgres — one code path above lib/db. Single-user and not crash-safe: for trying the app
// and for development; runners' real data belongs in Postgres (set DATABASE_URL).
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** dataDir undefined → in memory (tests). */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  const pglite = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db: pglite, host: "127.0.0.1", port: 0, maxConnections: 64 });
  await server.start();
  const [, port] = server.getServerConn().split(":");
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await pglite.close();
    },
  };
}
