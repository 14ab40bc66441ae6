import { randomUUID } from "node:crypto";
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrations";
import { ROOT, startApp, waitFor, type AppServer } from "../support/app-server";
import { createPostgresCluster, type PostgresCluster } from "../support/postgres-cluster";

// Each request gets its own client address (as a proxy would report it), so the per-IP sign-in
// throttle of one test never blocks another; the per-account limit is what these tests exercise.
let clientNumber = 0;
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "POST",
  headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${++clientNumber % 250}`, ...headers },
  body: JSON.stringify(body),
});

async function signUp(app: AppServer, email: string) {
  return fetch(`${app.url}/api/v1/account`, json({ email, password: "fault tolerant passphrase" }));
}

async function countUsers(url: string, emails: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*)::text AS n FROM users WHERE email = ANY($1)", [emails]);
    return Number(rows[0]!.n);
  } finally {
    await client.end();
  }
}

describe("Postgres restarted under load", () => {
  let cluster: PostgresCluster;
  let app: AppServer;
  beforeAll(async () => {
    cluster = createPostgresCluster(55_432);
    await migrate(cluster.url);
    // The load comes from many clients behind one trusted proxy (each request its own X-Forwarded-For),
    // so the sign-up limit per client never stops it.
    app = await startApp({ port: 3311, databaseUrl: cluster.url, env: { TRUSTED_PROXY_HOPS: "1" } });
  });
  afterAll(async () => {
    await app?.stop();
    cluster?.destroy();
  });

  it("fails cleanly (503) only while the database is down, recovers by itself, and keeps every acknowledged write", async () => {
    const acknowledged: string[] = [];
    const statuses: number[] = [];
    let running = true;
    const load = (async () => {
      // A bounded loop: at most 400 requests, stops when the test says so.
      for (let i = 0; i < 400 && running; i++) {
        const email = `load-${i}-${randomUUID()}@example.com`;
        const res = await signUp(app, email).catch(() => null);
        statuses.push(res?.status ?? 0);
        if (res && res.status === 202) acknowledged.push(email);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();

    await waitFor(async () => acknowledged.length >= 5, 30_000, "writes before the restart");
    cluster.stop("fast");
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: "unavailable", database: "unavailable" });
    await new Promise((r) => setTimeout(r, 1500));
    cluster.start();
    const backAt = Date.now();
    await waitFor(async () => (await fetch(`${app.url}/api/health`)).status === 200, 20_000, "health to recover");
    const recoveredAfterMs = Date.now() - backAt;
    const before = acknowledged.length;
    await waitFor(async () => acknowledged.length >= before + 5, 30_000, "writes after the restart");
    running = false;
    await load;

    expect(recoveredAfterMs).toBeLessThan(20_000);
    // Only clean answers: created, or 503 while the database was away. Never a 500, never a hang.
    expect(new Set(statuses.filter((s) => s !== 202 && s !== 503))).toEqual(new Set());
    expect(statuses).toContain(503);
    expect(await countUsers(cluster.url, acknowledged)).toBe(acknowledged.length);
  });
});

describe("two app instances on one Postgres", () => {
  let cluster: PostgresCluster;
  let a: AppServer;
  let b: AppServer;
  beforeAll(async () => {
    cluster = createPostgresCluster(55_433);
    await migrate(cluster.url);
    [a, b] = await Promise.all([
      startApp({ port: 3312, databaseUrl: cluster.url }),
      startApp({ port: 3313, databaseUrl: cluster.url }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    cluster?.destroy();
  });

  it("shares sign-in throttling: failures on either count together", async () => {
    const email = `twin-${randomUUID()}@example.com`;
    expect((await signUp(a, email)).status).toBe(202);
    for (let i = 0; i < 10; i++) {
      const app = i % 2 === 0 ? a : b;
      const res = await fetch(`${app.url}/api/v1/tokens`, json({ email, password: `wrong ${i}`, name: "x" }));
      expect(res.status).toBe(401);
    }
    // A burst on both instances, the right password last on each: the free attempts are used up,
    // so at most a few more are verified and the right ones wait.
    const burst = await Promise.all(
      [...Array.from({ length: 30 }, (_, i) => ({ app: i % 2 === 0 ? a : b, password: `wrong again ${i}` })), { app: a, password: "fault tolerant passphrase" }, { app: b, password: "fault tolerant passphrase" }].map(
        ({ app, password }) => fetch(`${app.url}/api/v1/tokens`, json({ email, password, name: "x" })),
      ),
    );
    expect(burst.slice(-2).map((r) => r.status)).toEqual([429, 429]);
    expect(burst.filter((r) => r.status === 401).length).toBeLessThanOrEqual(6);
  });

  it("accepts a token made on one instance on the other, and a revocation on one at once on the other", async () => {
    const email = `twin-${randomUUID()}@example.com`;
    await signUp(b, email);
    const made = await (await fetch(`${a.url}/api/v1/tokens`, json({ email, password: "fault tolerant passphrase", name: "twin" }))).json();
    const auth = { authorization: `Bearer ${made.token}` };
    expect((await fetch(`${b.url}/api/v1/tokens`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${b.url}/api/v1/tokens/${made.id}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await fetch(`${a.url}/api/v1/tokens`, { headers: auth })).status).toBe(401);
  });

  it("honours one Idempotency-Key across both instances: one run, the same answer from each", async () => {
    const email = `twin-${randomUUID()}@example.com`;
    await signUp(a, email);
    const made = await (await fetch(`${a.url}/api/v1/tokens`, json({ email, password: "fault tolerant passphrase", name: "twin" }))).json();
    const key = randomUUID();
    const body = { startedAt: "2026-11-20T07:00:00Z", distanceM: 8000, durationSec: 2700, rpe: 3 };
    const headers = { authorization: `Bearer ${made.token}`, "idempotency-key": key };
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => fetch(`${(i % 2 ? a : b).url}/api/v1/runs`, json(body, headers))));
    const texts = await Promise.all(answers.map((r) => r.text()));
    expect(answers.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(new Set(texts).size).toBe(1);
    const list = await (await fetch(`${a.url}/api/v1/runs`, { headers: { authorization: `Bearer ${made.token}` } })).json();
    expect(list.runs).toHaveLength(1);
  });

  it("keeps a browser session valid on both instances (nothing in process memory)", async () => {
    const email = `twin-${randomUUID()}@example.com`;
    await signUp(a, email);
    const signedIn = await signInThroughForm(a, email);
    for (const app of [a, b]) {
      const res = await fetch(`${app.url}/settings`, { headers: { cookie: signedIn }, redirect: "manual" });
      expect(res.status, app.url).toBe(200);
      expect(await res.text()).toContain(email);
    }
  });
});

describe("the embedded database", () => {
  it("keeps everything across a normal stop and start of npm start", async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), "rp-embedded-"));
    const email = `embedded-${randomUUID()}@example.com`;
    const start = async () => {
      const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/run-app.ts"), "start"], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: "", PORT: "3314", RECOVERY_PLANNER_DATA_DIR: dataDir, NEXT_DIST_DIR: ".next-faults", NEXTAUTH_SECRET: "" },
        stdio: "ignore",
      });
      const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));
      await waitFor(async () => (await fetch("http://127.0.0.1:3314/api/health")).status === 200, 60_000, "npm start");
      return { stop: async () => (child.kill("SIGTERM"), exited) };
    };
    const first = await start();
    const app = { url: "http://127.0.0.1:3314" } as AppServer;
    expect((await signUp(app, email)).status).toBe(202);
    await first.stop();
    const second = await start();
    try {
      const again = await signUp(app, email);
      expect(again.status).toBe(202); // the same answer as for a new email
      const token = await fetch(`${app.url}/api/v1/tokens`, json({ email, password: "fault tolerant passphrase", name: "after restart" }));
      expect(token.status).toBe(201);
    } finally {
      await second.stop();
    }
  });
});

/** Signs in as a browser would, through the sign-in page's server action, and returns the cookie. */
async function signInThroughForm(app: AppServer, email: string): Promise<string> {
  // The form as the page renders it for browsers without JavaScript: its hidden action fields too.
  const page = await (await fetch(`${app.url}/sign-in`)).text();
  const formHtml = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1] ?? "";
  const form = new FormData();
  for (const m of formHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.set(m[1]!, (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  if (![...form.keys()].some((k) => k.startsWith("$ACTION"))) throw new Error("no server action on the sign-in page");
  form.set("email", email);
  form.set("password", "fault tolerant passphrase");
  const res = await fetch(`${app.url}/sign-in`, { method: "POST", body: form, redirect: "manual", headers: { origin: app.url } });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (!cookie) throw new Error(`sign-in set no cookie (status ${res.status})`);
  return cookie.split(";")[0]!;
}
