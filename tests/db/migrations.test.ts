import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, MigrationChecksumError, migrate, readMigrations } from "@/lib/db/migrations";
import { createEmptyDatabase, type TestDatabase } from "../support/databases";

const opened: TestDatabase[] = [];
async function emptyDatabase() {
  const database = await createEmptyDatabase("rp_mig");
  opened.push(database);
  return database;
}
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.drop()));
});

async function rows<T extends pg.QueryResultRow>(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("the migration runner", () => {
  it("applies every migration in order on an empty database, and nothing the second time", async () => {
    const { url } = await emptyDatabase();
    const all = (await readMigrations()).map((m) => m.name);
    const first = await migrate(url);
    expect(first.applied).toEqual(all);
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toEqual(all);
  });

  it("records each migration in Prisma's own _prisma_migrations table with its checksum", async () => {
    const { url } = await emptyDatabase();
    await migrate(url);
    const recorded = await rows<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      url,
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    const files = await readMigrations();
    expect(recorded.map((r) => [r.migration_name, r.checksum])).toEqual(files.map((f) => [f.name, f.checksum]));
    expect(recorded.every((r) => r.finished_at !== null)).toBe(true);
  });

  it("refuses to go on when an applied migration was edited afterwards", async () => {
    const { url } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "rp-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    await migrate(url, { dir });
    const [first] = await readMigrations(dir);
    const file = path.join(dir, first!.name, "migration.sql");
    await writeFile(file, (await readFile(file, "utf8")) + "\n-- edited\n");
    await expect(migrate(url, { dir })).rejects.toBeInstanceOf(MigrationChecksumError);
  });

  it("rolls a failing migration back completely and records nothing for it", async () => {
    const { url } = await emptyDatabase();
    const dir = await mkdtemp(path.join(os.tmpdir(), "rp-migrations-"));
    await cp(MIGRATIONS_DIR, dir, { recursive: true });
    const broken = path.join(dir, "29990101000000_broken");
    await cp(path.join(MIGRATIONS_DIR, (await readMigrations())[0]!.name), broken, { recursive: true });
    await writeFile(path.join(broken, "migration.sql"), `CREATE TABLE "half_done" (id int);\nSELECT * FROM "no_such_table";`);
    await expect(migrate(url, { dir })).rejects.toThrow(/29990101000000_broken failed and was rolled back/);
    const tables = await rows<{ n: string }>(url, `SELECT count(*)::text AS n FROM information_schema.tables WHERE table_name = 'half_done'`);
    expect(tables[0]!.n).toBe("0");
    const recorded = await rows<{ migration_name: string }>(url, `SELECT migration_name FROM "_prisma_migrations"`);
    expect(recorded.map((r) => r.migration_name)).not.toContain("29990101000000_broken");
  });

  it("applies each migration once when several app instances start at the same time", async () => {
    const { url } = await emptyDatabase();
    const results = await Promise.all([migrate(url), migrate(url), migrate(url)]);
    const appliedCount = results.reduce((n, r) => n + r.applied.length, 0);
    expect(appliedCount).toBe((await readMigrations()).length);
    const recorded = await rows<{ n: string }>(url, `SELECT count(*)::text AS n FROM "_prisma_migrations"`);
    expect(Number(recorded[0]!.n)).toBe(appliedCount);
  });
});
