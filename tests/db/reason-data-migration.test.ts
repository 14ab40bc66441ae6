// The issue-13 migration turns proposals stored with a sentence as their reason into the reason
// as data (read from the key's rule and the sentence's dates), so they read true after a move, a
// change of units or a renamed race. Sentences it cannot read are kept as they were.
import { cp, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrations";
import { createEmptyDatabase, type TestDatabase } from "../support/databases";

const MINE = "20261129130000_runner_words_and_reason_data";
const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.drop()));
});

describe("migrating stored sentence reasons", () => {
  it("turns known sentences into data with the race's id, and keeps the rest as written", async () => {
    const database = await createEmptyDatabase("rp_reason");
    opened.push(database);
    // Every migration before this one, then rows as the old code stored them.
    const before = await mkdtemp(path.join(os.tmpdir(), "rp-before-"));
    await cp(MIGRATIONS_DIR, before, { recursive: true });
    for (const { name } of await readMigrations(before)) if (name >= MINE) await rm(path.join(before, name), { recursive: true });
    await migrate(database.url, { dir: before });

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const user = (await client.query(`INSERT INTO users (id, email, password_hash, updated_at) VALUES (gen_random_uuid(), 'm@example.com', 'x', now()) RETURNING id`)).rows[0].id;
      const race = (await client.query(`INSERT INTO races (id, user_id, name, date, distance_m, priority, updated_at) VALUES (gen_random_uuid(), $1, 'Valencia Marathon', '2026-12-12', 42195, 'A', now()) RETURNING id`, [user])).rows[0].id;
      const insert = (key: string, reason: string) =>
        client.query(
          `INSERT INTO massage_sessions (id, user_id, date, depth, regions, status, proposal_key, reason, updated_at) VALUES (gen_random_uuid(), $1, '2026-12-05', 'deep', '{}', 'accepted', $2, $3, now())`,
          [user, key, reason],
        );
      await insert("2026-12-05|deep|before-race-deep", "Deep tissue 5–7 days before Valencia Marathon (42.2 km) on 2026-12-12: late enough to help, early enough for any soreness to settle.");
      await insert("2026-11-30|self|after-long-run", "Light or self-massage the day after your 18.0 mi run of 2026-11-29: it may ease soreness and heavy legs.");
      await insert("2026-12-01|light|other-1234abcd", "Something the planner once said.");

      await migrate(database.url);
      const rows = (await client.query(`SELECT proposal_key, reason, reason_data FROM massage_sessions ORDER BY proposal_key`)).rows;
      const byKey = Object.fromEntries(rows.map((row) => [row.proposal_key, row]));
      expect(byKey["2026-12-05|deep|before-race-deep"]).toMatchObject({
        reason: null,
        reason_data: [{ rule: "before-race-deep", race: { id: race, date: "2026-12-12", name: "Valencia Marathon", distanceKm: 42.195 }, fromDays: 5, toDays: 7 }],
      });
      const longRun = byKey["2026-11-30|self|after-long-run"].reason_data[0];
      expect(longRun).toMatchObject({ rule: "after-long-run", runDate: "2026-11-29" });
      expect(longRun.distanceKm).toBeCloseTo(18 * 1.609344, 3);
      expect(byKey["2026-12-01|light|other-1234abcd"]).toMatchObject({ reason: "Something the planner once said.", reason_data: null });
    } finally {
      await client.end();
      await rm(before, { recursive: true, force: true });
    }
  });
});
