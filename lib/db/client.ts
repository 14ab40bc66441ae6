import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client";

// One pool per process. `pg` would wait for a free connection forever by default, so a request
// during a database outage fails after connectionTimeoutMillis instead of hanging; the pool
// reconnects by itself when Postgres is back. Size: ≈ 5 on 2 cores beside Postgres; the embedded
// PGlite is single-session, so the launcher sets DATABASE_POOL_MAX=1 for it.
function createPrisma() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` / `npm run dev` (they start the embedded database), or set DATABASE_URL.",
    );
  }
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_MAX ?? 5),
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection (Postgres restarted) must not crash the process.
  pool.on("error", () => {});
  return new PrismaClient({ adapter: new PrismaPg(pool) });
}

type Prisma = ReturnType<typeof createPrisma>;
const globalForPrisma = globalThis as unknown as { recoveryPlannerPrisma?: Prisma };

/** The Prisma client, created on first use (never at import, so `next build` needs no database). */
export function db(): Prisma {
  globalForPrisma.recoveryPlannerPrisma ??= createPrisma();
  return globalForPrisma.recoveryPlannerPrisma;
}

export async function disconnectDb() {
  const client = globalForPrisma.recoveryPlannerPrisma;
  globalForPrisma.recoveryPlannerPrisma = undefined;
  await client?.$disconnect();
}
