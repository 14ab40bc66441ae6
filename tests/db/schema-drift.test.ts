import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { readPrismaSchema } from "../support/prisma-schema";

// The migrations are hand-written (Prisma's schema engine cannot be downloaded here), so this
// test is what keeps them and schema.prisma from drifting apart.
describe("the migrated database matches prisma/schema.prisma", async () => {
  const expected = readPrismaSchema();
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL ?? inject("dbUrl") });
  await client.connect();
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) =>
    (await client.query<T>(sql, params)).rows;

  const tables = (
    await q<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables
        WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    )
  ).map((r) => r.table_name);
  const columns = await q<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; data_type: string }>(
    `SELECT table_name, column_name, udt_name, is_nullable, data_type FROM information_schema.columns WHERE table_schema = 'public'`,
  );
  const constraints = await q<{ table_name: string; contype: string; cols: string[]; ref_table: string | null; ref_cols: string[] | null; confdeltype: string }>(
    `SELECT c.conrelid::regclass::text AS table_name, c.contype,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS cols,
            c.confrelid::regclass::text AS ref_table,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS ref_cols,
            c.confdeltype
       FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
      WHERE ns.nspname = 'public' AND c.contype IN ('p', 'f')`,
  );
  const indexes = await q<{ table_name: string; is_unique: boolean; cols: string[] }>(
    `SELECT t.relname AS table_name, ix.indisunique AS is_unique,
            ARRAY(SELECT a.attname::text FROM unnest(ix.indkey) WITH ORDINALITY k(n, i)
                  JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.n ORDER BY k.i) AS cols
       FROM pg_index ix JOIN pg_class t ON t.oid = ix.indrelid JOIN pg_namespace ns ON ns.oid = t.relnamespace
      WHERE ns.nspname = 'public' AND NOT ix.indisprimary`,
  );
  const enumTypes = (await q<{ typname: string }>(
    `SELECT t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' AND t.typtype = 'e'`,
  )).map((r) => r.typname);
  await client.end();

  it("has exactly the tables of the schema", () => {
    expect(tables.sort()).toEqual(expected.tables.map((t) => t.name).sort());
  });

  it("has exactly the enum types of the schema", () => {
    expect(enumTypes.sort()).toEqual([...expected.enums].sort());
  });

  for (const table of expected.tables) {
    describe(table.name, () => {
      it("has the columns with their types and nullability", () => {
        const actual = columns
          .filter((c) => c.table_name === table.name)
          .map((c) => ({
            name: c.column_name,
            type: c.data_type === "ARRAY" ? c.udt_name.replace(/^_/, "") : c.udt_name,
            isArray: c.data_type === "ARRAY",
            nullable: c.is_nullable === "YES",
          }))
          .sort((a, b) => a.name.localeCompare(b.name));
        const wanted = table.columns
          .map((c) => ({ ...c, type: c.type === "timestamp" ? "timestamp" : c.type }))
          .sort((a, b) => a.name.localeCompare(b.name));
        expect(actual).toEqual(wanted);
      });

      it("has the primary key", () => {
        const pk = constraints.find((c) => c.table_name === table.name && c.contype === "p");
        expect(pk?.cols).toEqual(table.primaryKey);
      });

      it("has the unique keys and indexes", () => {
        const here = indexes.filter((i) => i.table_name === table.name);
        const uniques = here.filter((i) => i.is_unique).map((i) => i.cols.join(",")).sort();
        const plain = here.filter((i) => !i.is_unique).map((i) => i.cols.join(",")).sort();
        expect(uniques).toEqual(table.uniques.map((u) => u.join(",")).sort());
        expect(plain).toEqual(table.indexes.map((u) => u.join(",")).sort());
      });

      it("has the foreign keys with their delete rules", () => {
        const actions: Record<string, string> = { c: "Cascade", r: "Restrict", a: "NoAction", n: "SetNull", d: "SetDefault" };
        const fks = constraints
          .filter((c) => c.table_name === table.name && c.contype === "f")
          .map((c) => ({ columns: c.cols, references: c.ref_table, referencedColumns: c.ref_cols, onDelete: actions[c.confdeltype] }));
        expect(fks).toEqual(table.foreignKeys);
      });
    });
  }

  it("gives every owned table a user_id index that leads with it and cascades on delete", () => {
    for (const table of expected.tables.filter((t) => t.columns.some((c) => c.name === "user_id"))) {
      const leading = indexes.some((i) => i.table_name === table.name && i.cols[0] === "user_id");
      expect(leading, `${table.name} has an index leading with user_id`).toBe(true);
      expect(table.foreignKeys.find((f) => f.columns[0] === "user_id")?.onDelete).toBe("Cascade");
    }
  });
});
