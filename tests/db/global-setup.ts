// The db project's database. With DATABASE_URL (CI): a migrated template database on that
// Postgres, from which each worker gets its own copy (tests/db/setup.ts). Without it (a fresh
// machine): one in-memory PGlite on loopback, migrated, shared by the workers.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { startEmbeddedDatabase } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrations";
import { adminQuery, withDatabase } from "../support/databases";

declare module "vitest" {
  export interface ProvidedContext {
    dbMode: "postgres" | "embedded";
    dbUrl: string;
    adminDbUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const template = `rp_tpl_${randomBytes(5).toString("hex")}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${template}"`);
    await migrate(withDatabase(adminUrl, template));
    project.provide("dbMode", "postgres");
    project.provide("dbUrl", withDatabase(adminUrl, template));
    project.provide("adminDbUrl", adminUrl);
    return async () => {
      // Worker copies are named after the template; drop them all, then the template.
      const pg = await import("pg");
      const client = new pg.default.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        const { rows } = await client.query<{ datname: string }>(
          "SELECT datname FROM pg_database WHERE datname LIKE $1",
          [`${template}%`],
        );
        for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    };
  }
  const embedded = await startEmbeddedDatabase();
  await migrate(embedded.url);
  project.provide("dbMode", "embedded");
  project.provide("dbUrl", embedded.url);
  project.provide("adminDbUrl", "");
  return () => embedded.stop();
}
