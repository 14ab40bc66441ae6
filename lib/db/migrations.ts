// The offline migration runner. Prisma's own `migrate deploy` needs its native schema engine,
// which cannot be downloaded here, so we apply prisma/migrations/<ts>_<name>/migration.sql
// ourselves: in order, each in its own transaction, under a Postgres advisory lock, refusing a
// migration whose file changed after it was applied, and recording each in Prisma's own
// `_prisma_migrations` table so `prisma migrate status` on a connected machine agrees.
// No "server-only" here: the CLI (scripts/migrate.ts), the app launcher and the tests use it.
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");

// Any fixed 64-bit number; every instance of the app uses the same one.
const MIGRATION_LOCK_ID = 72_707_369_001;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrationResult {
  applied: string[];
  alreadyApplied: string[];
}

export class MigrationChecksumError extends Error {
  constructor(readonly migration: string) {
    super(
      `Migration ${migration} was changed after it was applied to this database. ` +
        "Never edit an applied migration: add a new one instead.",
    );
    this.name = "MigrationChecksumError";
  }
}

export async function readMigrations(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const names = entries
    .filter((e) => e.isDirectory() && /^\d{14}_[a-z0-9_]+$/i.test(e.name))
    .map((e) => e.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      // Prisma records the SHA-256 of the file's bytes.
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    }),
  );
}

const CREATE_PRISMA_MIGRATIONS = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

/** Applies every migration not yet recorded. Safe to run concurrently from several processes. */
export async function migrate(
  connectionString: string,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<MigrationResult> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.dir);
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
    try {
      await client.query(CREATE_PRISMA_MIGRATIONS);
      const { rows } = await client.query<{ migration_name: string; checksum: string }>(
        `SELECT migration_name, checksum FROM "_prisma_migrations"
          WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
      const result: MigrationResult = { applied: [], alreadyApplied: [] };
      for (const m of migrations) {
        const recorded = done.get(m.name);
        if (recorded !== undefined) {
          if (recorded !== m.checksum) throw new MigrationChecksumError(m.name);
          result.alreadyApplied.push(m.name);
          continue;
        }
        await client.query("BEGIN");
        try {
          // The advisory lock serialises runners on Postgres; PGlite multiplexes every connection
          // into one session, where advisory locks do not exclude. So check again inside the
          // transaction, with the table locked: whoever comes second sees the first one's row.
          await client.query(`LOCK TABLE "_prisma_migrations" IN EXCLUSIVE MODE`);
          const again = await client.query<{ checksum: string }>(
            `SELECT checksum FROM "_prisma_migrations"
              WHERE migration_name = $1 AND finished_at IS NOT NULL AND rolled_back_at IS NULL`,
            [m.name],
          );
          if (again.rows[0]) {
            await client.query("COMMIT");
            if (again.rows[0].checksum !== m.checksum) throw new MigrationChecksumError(m.name);
            result.alreadyApplied.push(m.name);
            continue;
          }
          await client.query(m.sql);
          await client.query(
            `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count)
             VALUES ($1, $2, now(), $3, 1)`,
            [randomUUID(), m.checksum, m.name],
          );
          await client.query("COMMIT");
        } catch (error) {
          if (error instanceof MigrationChecksumError) throw error;
          await client.query("ROLLBACK");
          throw new Error(`Migration ${m.name} failed and was rolled back: ${(error as Error).message}`, {
            cause: error,
          });
        }
        log(`applied ${m.name}`);
        result.applied.push(m.name);
      }
      return result;
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]);
    }
  } finally {
    await client.end();
  }
}
