// Deterministic synthetic training history inserted straight into Postgres with multi-row
// INSERTs (fast enough for five years of daily data). Used by the benchmarks.
import { randomUUID } from "node:crypto";
import pg from "pg";

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const REGIONS = ["calves", "shins", "achilles", "feet", "hamstrings", "quadriceps", "knees", "it-band", "hips", "glutes", "lower-back"];
const KINDS = ["easy", "easy", "easy", "long", "tempo", "intervals", "recovery"];

async function insertMany(client: pg.Client, table: string, columns: string[], rows: unknown[][]) {
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const values: unknown[] = [];
    const tuples = chunk.map((row) => `(${row.map((v) => (values.push(v), `$${values.length}`)).join(",")})`);
    await client.query(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(",")}) VALUES ${tuples.join(",")}`, values);
  }
}

/** Creates a runner with `days` days of daily history ending on `today`; returns its id. */
export async function seedRunnerHistory(client: pg.Client, options: { email: string; passwordHash: string; days: number; today: Date; seed?: number }) {
  const random = prng(options.seed ?? 42);
  const userId = randomUUID();
  await client.query(
    `INSERT INTO users (id, email, password_hash, units, time_zone, body_mass_kg, onboarded_at, updated_at) VALUES ($1, $2, $3, 'km', 'UTC', 68, now(), now())`,
    [userId, options.email, options.passwordHash],
  );
  const runs: unknown[][] = [];
  const soreness: unknown[][] = [];
  const races: unknown[][] = [];
  const massages: unknown[][] = [];
  for (let d = options.days - 1; d >= 0; d--) {
    const day = new Date(options.today.getTime() - d * 86_400_000);
    const date = iso(day);
    if (random() < 0.85) {
      const kind = KINDS[Math.floor(random() * KINDS.length)]!;
      const km = kind === "long" ? 18 + random() * 12 : 5 + random() * 9;
      const minutes = km * (5 + random() * 1.5);
      runs.push([randomUUID(), userId, new Date(`${date}T07:00:00Z`), date, Math.round(km * 1000), Math.round(minutes * 60), 2 + Math.floor(random() * 7), kind, new Date(), new Date()]);
    }
    if (random() < 0.6) {
      soreness.push([randomUUID(), userId, date, REGIONS[Math.floor(random() * REGIONS.length)]!, random() < 0.5 ? "left" : "right", 1 + Math.floor(random() * 5), false, new Date(), new Date()]);
    }
    if (d % 60 === 30) races.push([randomUUID(), userId, `Race ${date}`, date, 21_097, "B", new Date(), new Date()]);
    if (d % 14 === 3) massages.push([randomUUID(), userId, date, "light", "{calves}", "done", new Date(), new Date()]);
  }
  await insertMany(client, "runs", ["id", "user_id", "started_at", "local_date", "distance_m", "duration_sec", "rpe", "kind", "created_at", "updated_at"], runs);
  // One entry per (day, region, side): the generator can repeat a pair, so keep the first.
  const seen = new Set<string>();
  const uniqueSoreness = soreness.filter((r) => {
    const key = `${r[2]}|${r[3]}|${r[4]}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  await insertMany(client, "soreness_entries", ["id", "user_id", "date", "region", "side", "level", "sharp", "created_at", "updated_at"], uniqueSoreness);
  await insertMany(client, "races", ["id", "user_id", "name", "date", "distance_m", "priority", "created_at", "updated_at"], races);
  await insertMany(client, "massage_sessions", ["id", "user_id", "date", "depth", "regions", "status", "created_at", "updated_at"], massages);
  return { userId, runs: runs.length, soreness: uniqueSoreness.length };
}
