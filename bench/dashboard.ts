/**
 * Benchmark: the dashboard for a runner with 5 years of daily history vs one with 1 week, on the
 * same production server (`next start` on a build in .next-bench), the same throwaway database.
 * Prints, from one run:
 *   - median server time of GET / for each runner and their ratio (budget ≤ 1.5);
 *   - SQL statements per dashboard render for each (budget ≤ 8 and equal), counted by a small
 *     proxy between the app and the database that reads the Postgres wire protocol;
 *   - dashboard throughput vs /api/health (autocannon, c = 10) (budget ≥ 0.25), and for context vs
 *     the signed-out /sign-in page (a trivial page on the same server: what any page costs here).
 * Timing is reported, never asserted; exits 0.
 *
 *   npx tsx --conditions=react-server bench/dashboard.ts     (or: npm run bench -- dashboard)
 */
import net from "node:net";
import { performance } from "node:perf_hooks";
import autocannon from "autocannon";
import { localDateOf } from "../lib/format/dates";
import { ensureBuild, median, seedRunner, sessionCookie, startApp, throwawayDatabase } from "./_server";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const ROUNDS = 40;

/** A TCP proxy to Postgres counting the statements clients run: simple 'Q' and extended 'E' (Execute). */
async function countingProxy(target: URL): Promise<{ url: string; count(): number; reset(): void; close(): void }> {
  let statements = 0;
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    let buffer = Buffer.alloc(0);
    let startup = true;
    client.on("data", (chunk: Buffer) => {
      upstream.write(chunk);
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        if (startup) {
          if (buffer.length < 8) break;
          const length = buffer.readInt32BE(0);
          if (buffer.length < length) break;
          const code = buffer.readInt32BE(4);
          buffer = buffer.subarray(length);
          if (code !== 80877103) startup = false; // an SSLRequest is followed by the real startup message
          continue;
        }
        if (buffer.length < 5) break;
        const length = buffer.readInt32BE(1);
        if (buffer.length < length + 1) break;
        const type = String.fromCharCode(buffer[0]!);
        if (type === "Q" || type === "E") statements++;
        buffer = buffer.subarray(length + 1);
      }
    });
    upstream.on("data", (chunk) => client.write(chunk));
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end);
    upstream.on("error", end);
    client.on("close", end);
    upstream.on("close", end);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = new URL(target.toString());
  url.hostname = "127.0.0.1";
  url.port = String((server.address() as net.AddressInfo).port);
  return { url: url.toString(), count: () => statements, reset: () => (statements = 0), close: () => server.close() };
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; body: string; status: number }> {
  const start = performance.now();
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  const body = await response.text();
  return { ms: performance.now() - start, body, status: response.status };
}

async function throughput(url: string, cookie?: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const result = await autocannon({ url, connections: 10, duration: 10, headers: cookie ? { cookie } : {} });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

async function main() {
  ensureBuild(DIST_DIR);
  const database = await throwawayDatabase();
  const proxy = await countingProxy(new URL(database.url));
  const today = localDateOf(new Date(), "Europe/Berlin");
  console.log(`Database: ${database.embedded ? "embedded PGlite (in memory)" : "Postgres (DATABASE_URL)"}; build: ${DIST_DIR}`);
  const veteran = await seedRunner(database.url, 5 * 365, today);
  const newcomer = await seedRunner(database.url, 7, today);
  const app = await startApp(DIST_DIR, proxy.url, database.embedded);
  try {
    const cookies = { "5 years": await sessionCookie(veteran), "1 week": await sessionCookie(newcomer) };
    for (const [who, cookie] of Object.entries(cookies)) {
      const first = await timedGet(`${app.url}/`, cookie);
      if (first.status !== 200 || !first.body.includes("Today&#x27;s plan")) throw new Error(`GET / as the ${who} runner answered ${first.status}`);
    }
    for (let i = 0; i < 15; i++) for (const cookie of Object.values(cookies)) await timedGet(`${app.url}/`, cookie);

    const queries: Record<string, number[]> = { "5 years": [], "1 week": [] };
    for (let i = 0; i < 3; i++) {
      for (const [who, cookie] of Object.entries(cookies)) {
        proxy.reset();
        await timedGet(`${app.url}/`, cookie);
        queries[who]!.push(proxy.count());
      }
    }

    const times: Record<string, number[]> = { "5 years": [], "1 week": [] };
    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 ? (["1 week", "5 years"] as const) : (["5 years", "1 week"] as const);
      for (const who of order) times[who]!.push((await timedGet(`${app.url}/`, cookies[who])).ms);
    }
    const big = median(times["5 years"]!);
    const small = median(times["1 week"]!);
    console.log(`\nDashboard GET / (median of ${ROUNDS}, sequential):`);
    console.log(`  5 years of daily history: ${big.toFixed(1)} ms`);
    console.log(`  1 week of history:        ${small.toFixed(1)} ms`);
    console.log(`  ratio 5 years / 1 week:   ${(big / small).toFixed(2)}   (budget ≤ 1.5)`);
    console.log(`\nSQL statements per dashboard render (session check included):`);
    console.log(`  5 years: ${queries["5 years"]!.join(", ")}   1 week: ${queries["1 week"]!.join(", ")}   (budget ≤ 8, equal)`);

    const dashboard = await throughput(`${app.url}/`, cookies["5 years"]);
    const settings = await throughput(`${app.url}/settings`, cookies["5 years"]);
    const signIn = await throughput(`${app.url}/sign-in`);
    const health = await throughput(`${app.url}/api/health`);
    console.log(`\nThroughput (autocannon, 10 connections, 10 s each):`);
    console.log(`  GET / (5 years):  ${dashboard.rps.toFixed(1)} req/s  p50 ${dashboard.p50} ms  p99 ${dashboard.p99} ms  errors ${dashboard.errors}`);
    console.log(`  GET /settings:    ${settings.rps.toFixed(1)} req/s  p50 ${settings.p50} ms  p99 ${settings.p99} ms  errors ${settings.errors}  (a small signed-in page, for context)`);
    console.log(`  GET /sign-in:     ${signIn.rps.toFixed(1)} req/s  p50 ${signIn.p50} ms  p99 ${signIn.p99} ms  errors ${signIn.errors}  (a trivial page, signed out)`);
    console.log(`  GET /api/health:  ${health.rps.toFixed(1)} req/s  p50 ${health.p50} ms  p99 ${health.p99} ms  errors ${health.errors}`);
    console.log(`  ratio dashboard / health: ${(dashboard.rps / health.rps).toFixed(2)}   (budget ≥ 0.25)`);
    console.log(`  ratio settings / health:  ${(settings.rps / health.rps).toFixed(2)}   (the floor of a signed-in page on this server)`);
    console.log(`  ratio dashboard / sign-in page: ${(dashboard.rps / signIn.rps).toFixed(2)}   (context only: vs a trivial page; the budget is the /api/health ratio)`);
  } finally {
    await app.stop();
    proxy.close();
    await database.stop();
  }
}

main()
  .catch((error) => console.error("bench/dashboard failed:", error instanceof Error ? error.message : error))
  .finally(() => process.exit(0));
