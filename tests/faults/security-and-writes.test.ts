import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrations";
import { ROOT, startApp, waitFor, type AppServer } from "../support/app-server";
import { adminQuery, withDatabase } from "../support/databases";

// One server on a fresh database of the machine's Postgres (DATABASE_URL's server when set).
const ADMIN = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `rp_faults_${Date.now()}`;
const DB_URL = withDatabase(ADMIN, DB_NAME);
let app: AppServer;
let token: string;
let clientNumber = 0;

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": `203.0.113.${++clientNumber % 250}`, ...headers },
    body: JSON.stringify(body),
  });

async function newAccount(server: AppServer) {
  const email = `faults-${randomUUID()}@example.com`;
  const password = "fault tolerant passphrase";
  expect((await post(`${server.url}/api/v1/account`, { email, password })).status).toBe(202);
  const made = await (await post(`${server.url}/api/v1/tokens`, { email, password, name: "faults" })).json();
  return { email, password, token: made.token as string };
}

async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: DB_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

const run = (i: number) => ({ startedAt: new Date(Date.UTC(2026, 10, 1, 6, i % 60)).toISOString(), distanceM: 5000 + i, durationSec: 1800 + i, rpe: 3, kind: "easy" });

/** The sign-in form as rendered for browsers without JavaScript: its hidden action fields. */
async function signInForm(server: AppServer, email: string, password: string) {
  const page = await (await fetch(`${server.url}/sign-in`)).text();
  const formHtml = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1] ?? "";
  const form = new FormData();
  for (const m of formHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.set(m[1]!, (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  form.set("email", email);
  form.set("password", password);
  return form;
}

beforeAll(async () => {
  await adminQuery(ADMIN, `CREATE DATABASE "${DB_NAME}"`);
  await migrate(DB_URL);
  app = await startApp({ port: 3321, databaseUrl: DB_URL });
  token = (await newAccount(app)).token;
});
afterAll(async () => {
  await app?.stop();
  await adminQuery(ADMIN, `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
});

describe("no double writes, no lost writes", () => {
  it("50 concurrent creates from one runner store exactly 50 runs", async () => {
    const { token: own } = await newAccount(app);
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => post(`${app.url}/api/v1/runs`, run(i), { authorization: `Bearer ${own}` })));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const ids = new Set(await Promise.all(answers.map(async (a) => (await a.json()).id)));
    expect(ids.size).toBe(50);
    const rows = await query<{ n: string }>("SELECT count(*)::text AS n FROM runs WHERE id = ANY($1::uuid[])", [[...ids]]);
    expect(rows[0]!.n).toBe("50");
  });

  it("the same Idempotency-Key sent 20 times at once stores one run and gives 20 identical answers", async () => {
    const { token: own } = await newAccount(app);
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => post(`${app.url}/api/v1/runs`, run(7), { authorization: `Bearer ${own}`, "idempotency-key": key })),
    );
    const bodies = await Promise.all(answers.map((a) => a.text()));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(bodies).size).toBe(1);
    const id = JSON.parse(bodies[0]!).id;
    const owner = await query<{ user_id: string }>("SELECT user_id FROM runs WHERE id = $1", [id]);
    const count = await query<{ n: string }>("SELECT count(*)::text AS n FROM runs WHERE user_id = $1", [owner[0]!.user_id]);
    expect(count[0]!.n).toBe("1");
  });

  it("two concurrent edits of one run: one wins, the other gets 409, nothing half-written", async () => {
    const created = await (await post(`${app.url}/api/v1/runs`, run(1), { authorization: `Bearer ${token}` })).json();
    const patch = (notes: string, distanceM: number) =>
      fetch(`${app.url}/api/v1/runs/${created.id}`, {
        method: "PATCH",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ version: created.version, notes, distanceM }),
      });
    // Both plausible for the run's 30 minutes (a pace past 2:00/km is refused before any version check).
    const [a, b] = await Promise.all([patch("edit A", 6_111), patch("edit B", 7_222)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [row] = await query<{ notes: string; distance_m: number; version: number }>("SELECT notes, distance_m, version FROM runs WHERE id = $1", [created.id]);
    expect([["edit A", 6_111], ["edit B", 7_222]]).toContainEqual([row!.notes, row!.distance_m]);
    expect(row!.version).toBe(created.version + 1);
  });
});

describe("killed mid-write", () => {
  it("an app process killed with SIGKILL during writes leaves only whole runs, and every acknowledged one", async () => {
    const victim = await startApp({ port: 3322, databaseUrl: DB_URL });
    const { token: own } = await newAccount(victim);
    const acknowledged: string[] = [];
    const writes = Array.from({ length: 60 }, (_, i) =>
      post(`${victim.url}/api/v1/runs`, run(i), { authorization: `Bearer ${own}` })
        .then(async (res) => {
          if (res.status === 201) acknowledged.push((await res.json()).id);
        })
        .catch(() => {}),
    );
    await waitFor(async () => acknowledged.length >= 3, 20_000, "some writes");
    await victim.stop("SIGKILL");
    await Promise.all(writes);
    const restarted = await startApp({ port: 3322, databaseUrl: DB_URL });
    try {
      const rows = await query<{ id: string; distance_m: number; duration_sec: number; local_date: Date; version: number }>(
        "SELECT r.id, r.distance_m, r.duration_sec, r.local_date, r.version FROM runs r JOIN api_tokens t ON t.user_id = r.user_id WHERE t.token_hash = encode(sha256($1::bytea), 'hex')",
        [own],
      );
      const stored = new Set(rows.map((r) => r.id));
      for (const id of acknowledged) expect(stored.has(id), `acknowledged run ${id}`).toBe(true);
      for (const r of rows) {
        expect(r.distance_m).toBeGreaterThan(0);
        expect(r.duration_sec).toBeGreaterThan(0);
        expect(r.local_date).toBeInstanceOf(Date);
        expect(r.version).toBe(1);
      }
      const list = await fetch(`${restarted.url}/api/v1/runs?limit=100`, { headers: { authorization: `Bearer ${own}` } });
      expect(list.status).toBe(200);
      expect((await list.json()).runs).toHaveLength(rows.length);
    } finally {
      await restarted.stop();
    }
  });
});

describe("sessions, cookies and origins", () => {
  it("sets the session cookie HttpOnly and SameSite=Lax over http", async () => {
    const { email, password } = await newAccount(app);
    const res = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(app, email, password), redirect: "manual", headers: { origin: app.url } });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(cookie).toBeDefined();
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
  });

  it("behind HTTPS the cookie is __Secure- prefixed and Secure, and HSTS is sent", async () => {
    const secure = await startApp({ port: 3323, databaseUrl: DB_URL, env: { NEXTAUTH_URL: "https://recovery.example" } });
    try {
      const { email, password } = await newAccount(secure);
      const res = await fetch(`${secure.url}/sign-in`, {
        method: "POST",
        body: await signInForm(secure, email, password),
        redirect: "manual",
        headers: { origin: secure.url },
      });
      const cookie = res.headers.getSetCookie().find((c) => c.includes("next-auth.session-token="));
      expect(cookie).toMatch(/^__Secure-next-auth\.session-token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
      expect(cookie).toMatch(/;\s*HttpOnly/i);
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
      expect((await fetch(`${app.url}/sign-in`)).headers.get("strict-transport-security")).toBeNull();
    } finally {
      await secure.stop();
    }
  });

  it("refuses a server action posted from a foreign origin or Origin: null, and signs nobody in", async () => {
    const { email, password } = await newAccount(app);
    for (const origin of ["https://evil.example", "null"]) {
      const res = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(app, email, password), redirect: "manual", headers: { origin } });
      expect(res.status, origin).toBeGreaterThanOrEqual(400);
      expect(res.headers.getSetCookie().some((c) => c.includes("session-token=")), origin).toBe(false);
    }
  });

  it("refuses a cross-site POST to a cookie-authenticated route handler", async () => {
    const { email, password } = await newAccount(app);
    const signed = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(app, email, password), redirect: "manual", headers: { origin: app.url } });
    const cookie = signed.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!.split(";")[0]!;
    const res = await post(`${app.url}/api/v1/runs`, run(3), { cookie, origin: "https://evil.example", "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
    const ok = await post(`${app.url}/api/v1/runs`, run(3), { cookie, origin: app.url, "sec-fetch-site": "same-origin" });
    expect(ok.status).toBe(201);
  });
});

describe("every page and route", () => {
  const APP_DIR = path.join(ROOT, "app");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
  const toUrl = (file: string, id: string) =>
    "/" +
    path
      .relative(APP_DIR, path.dirname(file))
      .split(path.sep)
      .filter((s) => !/^\(.*\)$/.test(s))
      .map((s) => (s === "[...nextauth]" ? "session" : s === "[token]" ? "nope.ics" : s.startsWith("[") ? id : s))
      .filter(Boolean)
      .join("/");
  const files = walk(APP_DIR).filter((f) => /\/(page\.tsx|route\.ts)$/.test(f));
  const pages = files.filter((f) => f.endsWith("page.tsx"));
  // Pages anyone may open, and what a signed-out visitor gets: the therapist's page is public, and
  // an unknown link to it is a 404 with no data.
  const PUBLIC_PAGES = new Map([
    ["/sign-in", 200],
    ["/sign-up", 200],
    ["/share/nope.ics", 404],
  ]);
  // Routes outside proxy.ts (an archive upload must stream, never be buffered for the proxy): a
  // JSON-only policy from next.config.js, stricter than the pages' nonce policy.
  const JSON_ONLY_CSP = new Set(["/api/v1/imports"]);

  async function cookieFor(email: string, password: string) {
    const res = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(app, email, password), redirect: "manual", headers: { origin: app.url } });
    return res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!.split(";")[0]!;
  }

  it("sends signed-out visitors of every page but sign-in and sign-up to sign in", async () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const file of pages) {
      const url = toUrl(file, randomUUID());
      const res = await fetch(`${app.url}${url}`, { redirect: "manual" });
      if (PUBLIC_PAGES.has(url)) expect(res.status, url).toBe(PUBLIC_PAGES.get(url));
      else {
        expect(res.status, url).toBe(307);
        expect(res.headers.get("location"), url).toMatch(/\/sign-in(\?|$)/);
      }
    }
  });

  it("answers 404 to runner B for a page about runner A's run", async () => {
    const a = await newAccount(app);
    const b = await newAccount(app);
    const created = await (await post(`${app.url}/api/v1/runs`, run(2), { authorization: `Bearer ${a.token}` })).json();
    const aCookie = await cookieFor(a.email, a.password);
    const bCookie = await cookieFor(b.email, b.password);
    for (const file of pages.filter((f) => f.includes("/runs/[id]/"))) {
      const url = toUrl(file, created.id);
      expect((await fetch(`${app.url}${url}`, { headers: { cookie: aCookie }, redirect: "manual" })).status, `${url} as A`).toBe(200);
      const asB = await fetch(`${app.url}${url}`, { headers: { cookie: bCookie }, redirect: "manual" });
      expect(asB.status, `${url} as B`).toBe(404);
      expect(await asB.text()).not.toContain(String(created.distanceM));
    }
  });

  it("carries the security headers on every page and route, signed in and not, and never shows internals", async () => {
    const { email, password } = await newAccount(app);
    const cookie = await cookieFor(email, password);
    for (const file of files) {
      const url = toUrl(file, randomUUID());
      for (const headers of [{}, { cookie }, { authorization: `Bearer ${token}` }] as Record<string, string>[]) {
        const res = await fetch(`${app.url}${url}`, { headers, redirect: "manual" });
        expect(res.status, url).toBeLessThan(500);
        const csp = res.headers.get("content-security-policy") ?? "";
        expect(csp, url).toContain("frame-ancestors 'none'");
        expect(csp, url).toContain("object-src 'none'");
        expect(csp, url).toContain("base-uri 'none'");
        if (JSON_ONLY_CSP.has(url)) expect(csp, url).toContain("default-src 'none'");
        else expect(csp, url).toMatch(/script-src 'self' 'nonce-/);
        expect(res.headers.get("x-content-type-options"), url).toBe("nosniff");
        expect(res.headers.get("referrer-policy"), url).toBeTruthy();
        expect(res.headers.get("x-powered-by"), url).toBeNull();
        const body = await res.text();
        expect(body, url).not.toMatch(/at [\w$.]+ \(.*:\d+:\d+\)|PrismaClient|SELECT .* FROM/);
      }
    }
  });
});
