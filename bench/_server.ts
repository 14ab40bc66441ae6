// Shared by the dashboard and Lighthouse benchmarks: a throwaway database, a production build in
// its own dist dir, `next start` on a free port, runners seeded directly, and their session cookies.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrations";
import { addDaysIso, dateColumn } from "../lib/format/dates";
import { seededRandom } from "../scripts/seeded-random";

export const ROOT = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
export const BENCH_SECRET = "bench-secret-not-for-production-0123456789";

export interface Database {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** A new database on DATABASE_URL's Postgres, or an in-memory embedded one; migrated. */
export async function throwawayDatabase(): Promise<Database> {
  const admin = process.env.DATABASE_URL;
  if (admin) {
    const name = `rp_bench_${randomBytes(5).toString("hex")}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
    const url = new URL(admin);
    url.pathname = `/${name}`;
    await migrate(url.toString());
    return {
      url: url.toString(),
      embedded: false,
      async stop() {
        const c = new pg.Client({ connectionString: admin });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const embedded = await startEmbeddedDatabase();
  await migrate(embedded.url);
  return { url: embedded.url, embedded: true, stop: () => embedded.stop() };
}

/** Builds into distDir once (reused when a build is there). */
export function ensureBuild(distDir: string): void {
  if (existsSync(path.join(ROOT, distDir, "BUILD_ID"))) return;
  console.log(`Building the app into ${distDir} (once)…`);
  const result = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface AppServer {
  url: string;
  stop(): Promise<void>;
}

export async function startApp(distDir: string, databaseUrl: string, embedded: boolean): Promise<AppServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: embedded ? "1" : "5",
      NEXTAUTH_SECRET: BENCH_SECRET,
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error("next start did not come up");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/**
 * A runner with `days` of daily runs ending today, a soreness entry most days, a race every
 * quarter and a massage every three weeks — inserted directly, in bulk.
 */
export async function seedRunner(databaseUrl: string, days: number, today: string): Promise<{ id: string; sessionVersion: number }> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const random = seededRandom(days);
  const id = randomUUID();
  try {
    await client.query(
      `INSERT INTO users (id, email, password_hash, time_zone, body_mass_kg, onboarded_at, updated_at) VALUES ($1, $2, 'not-a-hash', 'Europe/Berlin', 64, now(), now())`,
      [id, `bench-${id}@example.com`],
    );
    const insert = async (table: string, columns: string[], rows: unknown[][]) => {
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500);
        const values = chunk.map((row, r) => `(${row.map((_, c) => `$${r * row.length + c + 1}`).join(", ")})`).join(", ");
        await client.query(`INSERT INTO ${table} (${columns.join(", ")}) VALUES ${values}`, chunk.flat());
      }
    };
    const kinds = ["easy", "intervals", "easy", "tempo", "recovery", "easy", "long"];
    await insert(
      "runs",
      ["id", "user_id", "started_at", "local_date", "distance_m", "duration_sec", "rpe", "kind", "temperature_c", "updated_at"],
      Array.from({ length: days }, (_, index) => {
        const date = addDaysIso(today, -index);
        const kind = kinds[index % 7]!;
        const minutes = kind === "long" ? 100 + random() * 40 : 35 + random() * 25;
        return [randomUUID(), id, new Date(`${date}T06:00:00Z`), dateColumn(date), Math.round(minutes * 180), Math.round(minutes * 60), Math.round(2 + random() * 6), kind, random() < 0.5 ? Math.round(random() * 30) : null, new Date()];
      }),
    );
    const regions = ["calves", "quadriceps", "hamstrings", "it-band", "lower-back", "shins"];
    await insert(
      "soreness_entries",
      ["id", "user_id", "date", "region", "side", "level", "sharp", "updated_at"],
      Array.from({ length: Math.round(days * 0.8) }, (_, index) => [randomUUID(), id, dateColumn(addDaysIso(today, -index)), regions[index % regions.length], index % 3 === 0 ? "left" : "both", Math.floor(random() * 6), false, new Date()]),
    );
    await insert(
      "races",
      ["id", "user_id", "name", "date", "distance_m", "priority", "updated_at"],
      Array.from({ length: Math.max(1, Math.round(days / 91)) }, (_, index) => [randomUUID(), id, `Race ${index}`, dateColumn(addDaysIso(today, 30 - index * 91)), 21097, "B", new Date()]),
    );
    await insert(
      "massage_sessions",
      ["id", "user_id", "date", "depth", "regions", "status", "updated_at"],
      Array.from({ length: Math.max(1, Math.round(days / 21)) }, (_, index) => [randomUUID(), id, dateColumn(addDaysIso(today, 7 - index * 21)), "light", "{calves}", index === 0 ? "booked" : "done", new Date()]),
    );
    await client.query(
      `INSERT INTO sweat_rate_tests (id, user_id, date, mass_before_kg, mass_after_kg, fluid_ml, urine_ml, duration_sec) VALUES ($1, $2, $3, 64.5, 63.7, 300, 0, 3600)`,
      [randomUUID(), id, dateColumn(addDaysIso(today, -20))],
    );
  } finally {
    await client.end();
  }
  return { id, sessionVersion: 1 };
}

/**
 * The session cookie the app would set: the same claims and encoding as lib/auth's encodeSession.
 * (lib/auth itself cannot be imported in a plain Node process: it needs "server-only"'s
 * react-server condition, under which next/navigation cannot load.)
 */
export async function sessionCookie(runner: { id: string; sessionVersion: number }): Promise<string> {
  const { encode } = await import("next-auth/jwt");
  const value = await encode({
    token: { sub: runner.id, sv: runner.sessionVersion, authTime: Math.floor(Date.now() / 1000) },
    secret: BENCH_SECRET,
    maxAge: 7 * 24 * 60 * 60,
  });
  return `next-auth.session-token=${value}`;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
