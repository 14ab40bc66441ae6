import { afterAll, inject } from "vitest";
import { adminQuery, withDatabase } from "../support/databases";

// Each worker works in its own copy of the migrated template (Postgres), so tests in parallel
// never see each other's rows; with embedded PGlite they share one database.
const mode = inject("dbMode");
const templateUrl = inject("dbUrl");
const adminUrl = inject("adminDbUrl");

if (mode === "postgres") {
  const template = new URL(templateUrl).pathname.slice(1);
  const name = `${template}_w${process.env.VITEST_POOL_ID ?? "0"}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // already created by this worker
  }
  process.env.DATABASE_URL = withDatabase(adminUrl, name);
  process.env.TEST_ADMIN_DATABASE_URL = adminUrl;
} else {
  // PGlite is one session: one connection per process, as the app uses it (scripts/run-app.ts).
  process.env.DATABASE_URL = templateUrl;
  process.env.DATABASE_POOL_MAX = "1";
  delete process.env.TEST_ADMIN_DATABASE_URL;
}
process.env.NEXTAUTH_SECRET ??= "test-secret-not-for-production-0123456789";

afterAll(async () => {
  const { disconnectDb } = await import("@/lib/db");
  await disconnectDb();
});
