// Against a real server (next start, through proxy.ts), as an outsider over loopback: a burst of
// wrong passwords with a rotating X-Forwarded-For, bodies up to the promised size (and 413 past
// it), redirect targets after sign-in, and far-off years in page query strings.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrate } from "@/lib/db/migrations";
import { startApp, type AppServer } from "../support/app-server";
import { adminQuery, withDatabase } from "../support/databases";
import { gpxRun } from "../db/runs-files";

const ADMIN = process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const DB_NAME = `rp_faults_limits_${Date.now()}`;
const DB_URL = withDatabase(ADMIN, DB_NAME);
const PASSWORD = "limits and bodies passphrase";
const MiB = 1024 * 1024;
let app: AppServer;

const postJson = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${app.url}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

async function newAccount() {
  const email = `limits-${randomUUID()}@example.com`;
  expect((await postJson("/api/v1/account", { email, password: PASSWORD })).status).toBe(202);
  const made = await (await postJson("/api/v1/tokens", { email, password: PASSWORD, name: "limits" })).json();
  return { email, token: made.token as string };
}

/** The sign-in form as a browser without JavaScript posts it: its hidden action fields plus ours. */
async function signInForm(email: string, password: string, extra: Record<string, string> = {}) {
  const page = await (await fetch(`${app.url}/sign-in`)).text();
  const formHtml = /<form[^>]*>([\s\S]*?)<\/form>/.exec(page)?.[1] ?? "";
  const form = new FormData();
  for (const m of formHtml.matchAll(/<input type="hidden" name="([^"]+)"(?: value="([^"]*)")?\/>/g)) {
    form.set(m[1]!, (m[2] ?? "").replaceAll("&quot;", '"').replaceAll("&amp;", "&"));
  }
  form.set("email", email);
  form.set("password", password);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return form;
}

beforeAll(async () => {
  await adminQuery(ADMIN, `CREATE DATABASE "${DB_NAME}"`);
  await migrate(DB_URL);
  app = await startApp({ port: 3510, databaseUrl: DB_URL });
});
afterAll(async () => {
  await app?.stop();
  await adminQuery(ADMIN, `DROP DATABASE IF EXISTS "${DB_NAME}" WITH (FORCE)`);
});

describe("a burst of 200 wrong passwords with a rotating X-Forwarded-For", () => {
  it("never lets the right one (sent last) through: at most a few are checked, the rest get 429 with Retry-After", async () => {
    const { email } = await newAccount();
    const passwords = [...Array.from({ length: 199 }, (_, i) => `wrong ${i}`), PASSWORD];
    const answers = await Promise.all(
      passwords.map((password, i) => postJson("/api/v1/tokens", { email, password, name: "burst" }, { "x-forwarded-for": `198.51.${i >> 8}.${i & 255}` })),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.at(-1)).toBe(429);
    expect(statuses.filter((s) => s === 201)).toEqual([]);
    // 10 free attempts, the one that sets the first delay, and one per doubling delay that ran out.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(16);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
    for (const a of answers.filter((x) => x.status === 429)) expect(Number(a.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});

describe("bodies through the proxy", () => {
  it("imports a 20 MiB file (Next's proxy used to cut bodies at 10 MB)", async () => {
    const { token } = await newAccount();
    const gpx = gpxRun().replace("</gpx>", `<!-- ${"x".repeat(20 * MiB)} -->\n</gpx>`);
    expect(gpx.length).toBeGreaterThan(20 * MiB);
    const form = new FormData();
    form.append("files", new File([gpx], "padded.gpx"));
    const res = await fetch(`${app.url}/api/v1/runs/import`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: form });
    const text = await res.text();
    expect(res.status, text).toBe(200);
    expect(JSON.parse(text).results).toEqual([expect.objectContaining({ fileName: "padded.gpx", status: "imported", kind: "run", runId: expect.any(String) })]);
  });

  it("answers a body over the request limit 413 with the limit in the message, with or without Content-Length", async () => {
    const { token } = await newAccount();
    const chunk = new Uint8Array(MiB).fill(120);
    const boundary = "----limits";
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="big.gpx"\r\n\r\n`);
    const totalMiB = 101;
    const declared = await fetch(`${app.url}/api/v1/runs/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": String(totalMiB * MiB + head.length) },
      body: new Blob([head, ...Array.from({ length: totalMiB }, () => chunk)]),
    });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error.message).toMatch(/100 MiB/);

    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head);
        if (sent >= totalMiB) return controller.close();
        sent++;
        controller.enqueue(chunk);
      },
    });
    const chunked = await fetch(`${app.url}/api/v1/runs/import`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}` },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect((await chunked.json()).error.message).toMatch(/100 MiB/);
  });
});

describe("redirects after sign-in", () => {
  it.each(["/%09/evil.example/", "//evil.example/", "/\\evil.example/", "/\n/evil.example/", "https://evil.example/"])(
    "stay on our site for next=%j (and never a 500)",
    async (next) => {
      const { email } = await newAccount();
      const res = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(email, PASSWORD, { next }), redirect: "manual", headers: { origin: app.url } });
      expect(res.status).toBeLessThan(500);
      const location = res.headers.get("location") ?? res.headers.get("x-action-redirect") ?? "";
      expect(new URL(location, app.url).origin).toBe(app.url);
      expect(new URL(location, app.url).pathname).toBe("/");
    },
  );

  it("the sign-in page with a hostile next renders without a 500 and does not carry the target into its form", async () => {
    for (const next of ["/%09/evil.example/", "/%0A/evil.example/", "%2F%2Fevil.example"]) {
      const res = await fetch(`${app.url}/sign-in?next=${next}`);
      expect(res.status, next).toBe(200);
      const formHtml = /<form[^>]*>([\s\S]*?)<\/form>/.exec(await res.text())?.[1] ?? "";
      expect(formHtml, next).not.toMatch(/name="next"/);
    }
  });
});

describe("far-off years in page query strings", () => {
  it("never give a 500", async () => {
    const { email } = await newAccount();
    const signed = await fetch(`${app.url}/sign-in`, { method: "POST", body: await signInForm(email, PASSWORD), redirect: "manual", headers: { origin: app.url } });
    const cookie = signed.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="))!.split(";")[0]!;
    for (const path of ["/runs?from=0000-01-01", "/runs?to=9999-12-31", "/calendar?date=9999-12-31", "/calendar?date=0000-01-01", "/soreness?date=0000-01-01", "/calendar/massages/new?date=0050-01-01"]) {
      const res = await fetch(`${app.url}${path}`, { headers: { cookie }, redirect: "manual" });
      expect(res.status, path).toBe(400);
      expect(await res.text(), path).toContain("Dates must be in the years 1900–2100");
    }
  });
});
