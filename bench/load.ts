// HTTP load on `next start` with Postgres and a runner with five years of history: autocannon,
// closed loop, c = 10 and c = 50, 20 s each, on the dashboard, GET /api/v1/plan, POST
// /api/v1/runs and /api/health (the trivial route), side by side in one run.
// Usage: npm run bench -- load   (LOAD_SECONDS=5 for a quick look)
import { randomUUID } from "node:crypto";
import { spawnSync } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { hash } from "@node-rs/argon2";
import { encode } from "next-auth/jwt";
import { migrate } from "../lib/db/migrations";
import { startApp } from "../tests/support/app-server";
import { seedRunnerHistory } from "./support/history";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = ".next-bench";
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const ADMIN_URL = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const SECRET = "bench-secret-0123456789abcdef0123456789abcdef";

function withDb(url: string, name: string) {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function main() {
  const name = `rp_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = withDb(ADMIN_URL, name);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await migrate(url);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
    const runner = await seedRunnerHistory(client, {
      email: "load@example.com",
      passwordHash: await hash("load test passphrase"),
      days: 5 * 365,
      today,
    });
    const { createHash } = await import("node:crypto");
    const tokenFor = async (userId: string) => {
      const token = `rp_${randomUUID().replaceAll("-", "")}${randomUUID().replaceAll("-", "").slice(0, 11)}`;
      await client.query(`INSERT INTO api_tokens (id, user_id, name, token_hash) VALUES ($1, $2, 'load', $3)`, [
        randomUUID(),
        userId,
        createHash("sha256").update(token).digest("hex"),
      ]);
      return token;
    };
    const token = await tokenFor(runner.userId);
    // Writes go to a second runner with the same history, so the thousands of runs the POST rows
    // create do not change what the dashboard and plan rows read.
    const writer = await seedRunnerHistory(client, { email: "load-writer@example.com", passwordHash: await hash("load test passphrase"), days: 5 * 365, today, seed: 7 });
    const writerToken = await tokenFor(writer.userId);
    await client.end();
    console.log(`runner with ${runner.runs} runs and ${runner.soreness} soreness entries over 5 years`);

    const build = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
      cwd: ROOT,
      env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    if (build.status !== 0) throw new Error("next build failed");
    app = await startApp({ port: 3411, databaseUrl: url, secret: SECRET, distDir: DIST });
    const cookie = `next-auth.session-token=${await encode({
      token: { sub: runner.userId, sv: 1, authTime: Math.floor(Date.now() / 1000) },
      secret: SECRET,
      maxAge: 3600,
    })}`;

    const targets: { label: string; path: string; method: "GET" | "POST"; headers: Record<string, string> }[] = [
      { label: "GET /api/health (trivial)", path: "/api/health", method: "GET", headers: {} },
      { label: "GET / (dashboard)", path: "/", method: "GET", headers: { cookie } },
      { label: "GET /api/v1/plan", path: "/api/v1/plan", method: "GET", headers: { authorization: `Bearer ${token}` } },
      { label: "POST /api/v1/runs", path: "/api/v1/runs", method: "POST", headers: { authorization: `Bearer ${writerToken}`, "content-type": "application/json" } },
    ];
    const rows: string[][] = [];
    for (const connections of [10, 50]) {
      let health = 0;
      for (const t of targets) {
        let n = 0;
        const result = await autocannon({
          url: `${app.url}${t.path}`,
          method: t.method,
          headers: t.headers,
          connections,
          duration: SECONDS,
          ...(t.method === "POST"
            ? {
                setupClient: undefined,
                requests: [
                  {
                    setupRequest: (req: Record<string, unknown>) => ({
                      ...req,
                      body: JSON.stringify({
                        startedAt: new Date(Date.now() - (n++ % 1000) * 60_000).toISOString(),
                        distanceM: 5000 + (n % 100),
                        durationSec: 1500,
                        rpe: 3,
                        kind: "easy",
                      }),
                    }),
                  },
                ],
              }
            : {}),
        });
        const errors = result.errors + result.timeouts + result.non2xx;
        const rps = result.requests.average;
        if (t.path === "/api/health") health = rps;
        rows.push([
          t.label,
          String(connections),
          rps.toFixed(0),
          String(result.latency.p50),
          String(result.latency.p99),
          String(errors),
          health ? (rps / health).toFixed(2) : "",
        ]);
      }
    }
    const header = ["route", "c", "req/s", "p50 ms", "p99 ms", "errors", "vs health"];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join("  ");
    console.log(`\n${SECONDS} s per row, closed loop, one next start process, Postgres on loopback`);
    console.log(line(header));
    for (const r of rows) console.log(line(r));
  } finally {
    await app?.stop();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
