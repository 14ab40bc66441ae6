// `npm run db:seed` against an embedded database that an app holds: it must refuse, with the
// reason and a non-zero exit, instead of seeding a copy the app overwrites on its next start.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseBusyError, lockDataDir, startEmbeddedDatabase } from "@/lib/db/embedded";

const ROOT = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), "rp-seed-lock-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("the embedded database is held by one process", () => {
  it("the seed refuses while an app holds it: clear message, non-zero exit, nothing seeded", async () => {
    const dataDir = tempDir();
    const app = await startEmbeddedDatabase(path.join(dataDir, "pglite"));
    try {
      // No DATABASE_URL: the seed uses the embedded database in RECOVERY_PLANNER_DATA_DIR.
      const env = Object.fromEntries(Object.entries({ ...process.env, RECOVERY_PLANNER_DATA_DIR: dataDir }).filter(([key]) => key !== "DATABASE_URL")) as unknown as NodeJS.ProcessEnv;
      const seed = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "prisma/seed.ts"], { cwd: ROOT, env, encoding: "utf8", timeout: 60_000 });
      expect(seed.status).not.toBe(0);
      expect(seed.stderr).toContain("is in use by another process");
      expect(seed.stderr).toContain("Stop it first");
      expect(seed.stdout).not.toContain("Demo runner ready");
    } finally {
      await app.stop();
    }
    expect(existsSync(path.join(dataDir, "pglite.lock"))).toBe(false);
  }, 90_000);

  it("a second opener in the same process tree is refused; a lock left by a process that is gone is taken over", () => {
    const dir = path.join(tempDir(), "pglite");
    // A live holder: this test's parent process.
    writeFileSync(`${dir}.lock`, `${process.ppid}\n`);
    expect(() => lockDataDir(dir)).toThrow(EmbeddedDatabaseBusyError);
    // A holder that no longer runs (pid far above any real one).
    writeFileSync(`${dir}.lock`, "999999999\n");
    const release = lockDataDir(dir);
    expect(existsSync(`${dir}.lock`)).toBe(true);
    release();
    expect(existsSync(`${dir}.lock`)).toBe(false);
  });
});
