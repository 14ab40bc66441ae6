// HTTP load on `next start` with Postgres and a runner with five years of history: autocannon,
// closed loop, c = 10 and c = 50, 20 s each, on the dashboard, GET /api/v1/plan, POST
// /api/v1/runs and /api/health (the trivial route), side by side in one run.
// Usage: npm run bench -- load   (LOAD_SECONDS=5 for a quick look)
import { createHash, randomUUID } from "node:crypto";
import autocannon from "autocannon";
import pg from "pg";
import { ensureBuild, seedRunner, sessionCookie, startApp, throwawayDatabase } from "./_server";

const DIST = ".next-bench";
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
// The load is measured against Postgres: the machine's own when DATABASE_URL is not set.
process.env.DATABASE_URL ||= "postgresql://postgres@127.0.0.1:5432/postgres";

/** A personal API token for the runner, stored the way the app stores it (SHA-256). */
async function tokenFor(databaseUrl: string, userId: string): Promise<string> {
  const token = `rp_${randomUUID().replaceAll("-", "")}${randomUUID().replaceAll("-", "").slice(0, 11)}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO api_tokens (id, user_id, name, token_hash) VALUES ($1, $2, 'load', $3)`, [
      randomUUID(),
      userId,
      createHash("sha256").update(token).digest("hex"),
    ]);
  } finally {
    await client.end();
  }
  return token;
}

async function main() {
  const database = await throwawayDatabase();
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const today = new Date().toISOString().slice(0, 10);
    const runner = await seedRunner(database.url, 5 * 365, today);
    // Writes go to a second runner with the same history, so the thousands of runs the POST rows
    // create do not change what the dashboard and plan rows read.
    const writer = await seedRunner(database.url, 5 * 365, today);
    const token = await tokenFor(database.url, runner.id);
    const writerToken = await tokenFor(database.url, writer.id);
    console.log("two runners with five years of daily history (runs, soreness, races, massage days)");

    ensureBuild(DIST);
    app = await startApp(DIST, database.url, database.embedded);
    const cookie = await sessionCookie(runner);

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
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
