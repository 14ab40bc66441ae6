// Every route handler, found on the file system so a new one cannot be forgotten: anonymous
// callers get 401 (or the route is listed as public, with why), and runner B gets 404 for
// runner A's ids with A's data unchanged.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

// The share page reads the caller's address for its rate limit; each render is another address.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, localDateOf } from "@/lib/format/dates";
import { createShare, revokeShare } from "@/lib/data/shares";
import { call, newRunner, type TestRunner } from "../support/api";

const APP = path.resolve(import.meta.dirname, "../../app");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? findFiles(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : [],
  );
}

const routeFiles = findFiles(APP, "route.ts").map((file) => ({
  file,
  route: path.relative(APP, path.dirname(file)).split(path.sep).join("/"),
}));

/** Routes anyone may call, and why. Everything else must answer 401 without credentials. */
const PUBLIC: Record<string, { methods: string[]; why: string }> = {
  "api/health": { methods: ["GET"], why: "load balancer health check" },
  "api/v1/openapi.json": { methods: ["GET"], why: "the API description" },
  "api/auth/[...nextauth]": { methods: ["GET", "POST"], why: "next-auth's own endpoints (csrf, session, sign-in callback)" },
  "api/v1/account": { methods: ["POST"], why: "sign-up (throttled)" },
  "api/v1/tokens": { methods: ["POST"], why: "credentials for a token (throttled like sign-in)" },
  "api/calendar/[token]": { methods: ["GET"], why: "the private feed: the token in the URL is the credential" },
};

/**
 * Pages anyone may open, and why (checked below, and in tests/e2e/therapist-share.spec.ts).
 * "share/[token]": the therapist's page — the long random token in the URL is the credential;
 * revoked, expired and guessed tokens are a 404 with no data.
 */
const PUBLIC_PAGES: Record<string, string> = {
  "share/[token]": "the therapist's read-only page: the token in the URL is the credential",
};

type Loaded = Partial<Record<(typeof METHODS)[number], (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response>>>;
const load = async (file: string) => (await import(/* @vite-ignore */ file)) as Loaded;

describe("every route handler", () => {
  it("is found on the file system", () => {
    expect(routeFiles.length).toBeGreaterThan(10);
  });

  for (const { file, route } of routeFiles) {
    it(`${route}: anonymous callers get 401 unless the route is public`, async () => {
      const handlers = await load(file);
      const params = { id: randomUUID(), token: `${randomUUID()}.ics`, nextauth: "session" };
      for (const method of METHODS) {
        const handler = handlers[method];
        if (!handler) continue;
        if (PUBLIC[route]?.methods.includes(method)) continue;
        const res = await call(handler as never, { method, path: `/${route}`, params, body: method === "GET" || method === "DELETE" ? undefined : {} });
        expect(res.status, `${method} /${route}`).toBe(401);
        expect(res.json?.error?.code, `${method} /${route}`).toBe("unauthorized");
      }
    });
  }

  it("an unknown calendar feed token is 404", async () => {
    const feed = routeFiles.find((r) => r.route === "api/calendar/[token]");
    if (!feed) return;
    const res = await call((await load(feed.file)).GET as never, { params: { token: `${randomUUID()}.ics` } });
    expect(res.status).toBe(404);
  });
});

/** Makes a row of A's for each route with an [id], and says what B may try to send. */
const OWNED: Record<string, { make: (a: TestRunner) => Promise<string>; snapshot: (id: string) => Promise<unknown>; bodies: Partial<Record<string, unknown>> }> = {
  "api/v1/runs/[id]": {
    make: async (a) =>
      (await db().run.create({ data: { userId: a.runner.id, startedAt: new Date(), localDate: dateColumn("2026-11-20"), distanceM: 10_000, durationSec: 3000, rpe: 4 } })).id,
    snapshot: (id) => db().run.findUnique({ where: { id } }),
    bodies: { PATCH: { version: 1, notes: "B was here" } },
  },
  "api/v1/cross-training/[id]": {
    make: async (a) =>
      (await db().crossTraining.create({ data: { userId: a.runner.id, sport: "cycling", startedAt: new Date(), localDate: dateColumn("2026-11-20"), durationSec: 3600, rpe: 4 } })).id,
    snapshot: (id) => db().crossTraining.findUnique({ where: { id } }),
    bodies: { PATCH: { version: 1, notes: "B was here" } },
  },
  "api/v1/imports/[id]": {
    make: async (a) => (await db().importJob.create({ data: { userId: a.runner.id, uploads: [], status: "running" } })).id,
    snapshot: (id) => db().importJob.findUnique({ where: { id } }),
    bodies: {},
  },
  "api/v1/soreness/[id]": {
    make: async (a) => (await db().sorenessEntry.create({ data: { userId: a.runner.id, date: dateColumn("2026-11-20"), region: "calves", side: "left", level: 4 } })).id,
    snapshot: (id) => db().sorenessEntry.findUnique({ where: { id } }),
    bodies: {},
  },
  "api/v1/races/[id]": {
    make: async (a) => (await db().race.create({ data: { userId: a.runner.id, name: "A's race", date: dateColumn("2026-12-20"), distanceM: 42_195 } })).id,
    snapshot: (id) => db().race.findUnique({ where: { id } }),
    bodies: { PATCH: { name: "B was here" } },
  },
  "api/v1/massages/[id]": {
    make: async (a) => (await db().massageSession.create({ data: { userId: a.runner.id, date: dateColumn("2026-12-01"), depth: "light", regions: ["calves"], status: "booked" } })).id,
    snapshot: (id) => db().massageSession.findUnique({ where: { id } }),
    bodies: { PATCH: { status: "dismissed" } },
  },
  "api/v1/return-to-run/[id]": {
    make: async (a) =>
      (await db().returnToRunProgramme.create({ data: { userId: a.runner.id, region: "calves", side: "left", usualRestPain: 1, usualTestPain: 2, startedOn: dateColumn("2026-11-20") } })).id,
    snapshot: (id) => db().returnToRunProgramme.findUnique({ where: { id } }),
    bodies: { PATCH: { action: "end" } },
  },
  "api/v1/return-to-run/sessions/[id]": {
    make: async (a) => {
      const programme = await db().returnToRunProgramme.create({
        data: { userId: a.runner.id, region: "calves", side: "left", usualRestPain: 1, usualTestPain: 2, startedOn: dateColumn("2026-11-20") },
      });
      return (await db().returnToRunSession.create({ data: { userId: a.runner.id, programmeId: programme.id, date: dateColumn("2026-11-20"), phase: 1 } })).id;
    },
    snapshot: (id) => db().returnToRunSession.findUnique({ where: { id } }),
    bodies: { PATCH: { painDuring: 7, sharp: true } },
  },
  "api/v1/tokens/[id]": {
    make: async (a) => (await db().apiToken.findFirstOrThrow({ where: { userId: a.runner.id } })).id,
    snapshot: (id) => db().apiToken.findUnique({ where: { id } }),
    bodies: {},
  },
  "api/v1/shares/[id]": {
    make: async (a) => (await createShare(a.runner.id, { label: "A's therapist", expiresInDays: 14, allowNotes: false, showName: false })).id,
    snapshot: (id) => db().therapistShare.findUnique({ where: { id } }),
    bodies: {},
  },
  "api/v1/massages/[id]/notes": {
    make: doneMassageWithNotes,
    snapshot: (id) => db().massageSessionNote.findUnique({ where: { massageId: id } }),
    bodies: { PUT: { regionsWorked: ["calves"], findings: "B was here" } },
  },
  "api/v1/massages/[id]/feedback": {
    make: doneMassageWithNotes,
    snapshot: (id) => db().massageFeedback.findMany({ where: { massageId: id } }),
    bodies: { PUT: { answers: [{ region: "calves", answer: "worse" }] } },
  },
};

/** A's massage of yesterday, done, with notes and a "did it help?" answer. */
async function doneMassageWithNotes(a: TestRunner): Promise<string> {
  const yesterday = addDaysIso(localDateOf(new Date(), a.runner.timeZone), -1);
  const m = await db().massageSession.create({ data: { userId: a.runner.id, date: dateColumn(yesterday), depth: "light", regions: ["calves"], status: "done" } });
  await db().massageSessionNote.create({ data: { userId: a.runner.id, massageId: m.id, regionsWorked: ["calves"], findings: "A's findings", author: "runner" } });
  await db().massageFeedback.create({ data: { userId: a.runner.id, massageId: m.id, region: "calves", answer: "better" } });
  return m.id;
}

describe("runner B and runner A's ids", () => {
  const withId = routeFiles.filter((r) => r.route.includes("[id]"));

  it("every route with an [id] is covered here", () => {
    expect(withId.map((r) => r.route).filter((route) => !OWNED[route])).toEqual([]);
  });

  for (const { file, route } of withId) {
    it(`${route}: B gets 404 for A's id and A's row is unchanged`, async () => {
      const owned = OWNED[route];
      if (!owned) throw new Error(`no owner fixture for ${route}`);
      const a = await newRunner();
      const b = await newRunner();
      const id = await owned.make(a);
      const before = await owned.snapshot(id);
      expect(before).not.toBeNull();
      const handlers = await load(file);
      for (const method of METHODS) {
        const handler = handlers[method];
        if (!handler) continue;
        const res = await call(handler as never, { method, token: b.token, params: { id }, body: owned.bodies[method] });
        expect(res.status, `${method} /${route} as B`).toBe(404);
      }
      expect(await owned.snapshot(id)).toEqual(before);
    });
  }
});

describe("the therapist's page (public: the token is the credential)", () => {
  const renderShare = async (token: string) => {
    const { default: SharePage } = await import("@/app/share/[token]/page");
    const { renderToStaticMarkup } = await import("react-dom/server");
    try {
      return renderToStaticMarkup(await SharePage({ params: Promise.resolve({ token }) }));
    } catch (error) {
      return String((error as { digest?: string }).digest ?? error);
    }
  };

  it("is listed as public with its reason", () => {
    expect(PUBLIC_PAGES["share/[token]"]).toMatch(/token/);
  });

  it("a revoked, expired or guessed token is a 404 with no data; A's link never shows B's data", async () => {
    const a = await newRunner();
    const b = await newRunner();
    await db().race.create({ data: { userId: a.runner.id, name: "Goal race of A", date: dateColumn(addDaysIso(localDateOf(new Date(), "UTC"), 30)), distanceM: 42_195 } });
    await db().race.create({ data: { userId: b.runner.id, name: "Goal race of B", date: dateColumn(addDaysIso(localDateOf(new Date(), "UTC"), 31)), distanceM: 21_097 } });
    const link = await createShare(a.runner.id, { label: "Clinic", expiresInDays: 14, allowNotes: false, showName: false });
    const html = await renderShare(link.token);
    expect(html).toContain("Goal race of A");
    expect(html).not.toContain("Goal race of B");
    await revokeShare(a.runner.id, link.id);
    const expired = await createShare(a.runner.id, { label: "Old", expiresInDays: 1, allowNotes: false, showName: false }, undefined, new Date(Date.now() - 2 * 86_400_000));
    for (const token of [link.token, expired.token, `tp_${randomUUID().replaceAll("-", "")}abcdefghijk`, "../../etc/passwd"]) {
      const answer = await renderShare(token);
      expect(answer, token).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
      expect(answer).not.toContain("Goal race");
    }
  });
});
