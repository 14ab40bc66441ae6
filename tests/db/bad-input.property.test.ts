// Generated bad input against every API route that takes a body or a query: the answer is
// always a 4xx with the error shape — never a 500 — and the runner's data is unchanged.
import { randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { call, newRunner, type TestRunner } from "../support/api";

const APP = path.resolve(import.meta.dirname, "../../app");
function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? findFiles(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : [],
  );
}
const routes = findFiles(path.join(APP, "api/v1"), "route.ts").map((file) => ({
  file,
  route: path.relative(APP, path.dirname(file)).split(path.sep).join("/"),
}));

/** Multipart and credential routes are exercised elsewhere (import tests, throttle tests). */
const NOT_JSON = new Set(["api/v1/runs/import"]);
/** POSTs that take no body (an action on the resource): a body is ignored, so only "never a 500" holds. */
const BODYLESS = new Set(["api/v1/calendar-feed/rotate"]);

async function snapshot(userId: string) {
  const where = { userId };
  return Promise.all([
    db().run.count({ where }),
    db().crossTraining.count({ where }),
    db().importJob.count({ where }),
    db().sorenessEntry.count({ where }),
    db().race.count({ where }),
    db().massageSession.findMany({ where, select: { id: true, status: true, date: true, depth: true }, orderBy: { id: "asc" } }),
    db().apiToken.count({ where }),
    db().wellnessEntry.count({ where }),
    db().sweatRateTest.count({ where }),
    db().therapistShare.count({ where }),
    db().massageSessionNote.count({ where }),
    db().massageFeedback.count({ where }),
    db().user.findUnique({ where: { id: userId }, select: { email: true, units: true, timeZone: true, sessionVersion: true } }),
    db().returnToRunProgramme.count({ where }),
    db().returnToRunSession.count({ where }),
  ]);
}

// Bodies that are JSON but wrong: wrong types, unknown fields, owner fields, huge and odd values.
const junkValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.double(),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0, 1e308, -1e308),
  fc.string({ maxLength: 40 }),
  fc.constantFrom("", " ", "2026-02-30", "9999-99-99", "'; DROP TABLE runs; --", "<script>alert(1)</script>", "\u0000", "../../etc/passwd"),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);
const junkBody = fc.oneof(
  junkValue,
  fc.dictionary(
    fc.constantFrom("userId", "id", "email", "distanceM", "durationSec", "startedAt", "date", "region", "side", "level", "status", "depth", "name", "rpe", "version", "sport", "__proto__", "constructor", "extra"),
    junkValue,
    { maxKeys: 6 },
  ),
);

describe("bad input to every JSON API route", () => {
  let runner: TestRunner;
  beforeAll(async () => {
    runner = await newRunner();
  });

  for (const { file, route } of routes) {
    if (NOT_JSON.has(route)) continue;
    it(`${route}: generated bodies and queries get a 4xx with the error shape and change nothing`, async () => {
      const handlers = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const before = await snapshot(runner.runner.id);
      const params = { id: randomUUID(), token: `${randomUUID()}.ics` };
      let acceptedByAccident = 0;
      for (const method of ["POST", "PATCH", "PUT"]) {
        const handler = handlers[method];
        if (typeof handler !== "function") continue;
        await fc.assert(
          fc.asyncProperty(junkBody, async (body) => {
            const res = await call(handler as never, { method, token: runner.token, params, body });
            if (BODYLESS.has(route) || (res.status >= 200 && res.status < 300)) {
              expect(res.status, `${method} /${route}`).toBeLessThan(500);
              if (!BODYLESS.has(route)) acceptedByAccident += 1;
              return; // an accidental valid body is allowed; the profile is checked below
            }
            expect(res.status, `${method} /${route} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
            expect(res.status, `${method} /${route} ${JSON.stringify(body)}`).toBeLessThan(500);
            expect(res.json?.error?.message, `${method} /${route}`).toEqual(expect.any(String));
          }),
          { numRuns: 40, seed: 20261126 },
        );
        // Raw bytes that are not JSON at all.
        for (const raw of ["{", "[1,", "\u0000\u0001", "a".repeat(70_000), "null"]) {
          const res = await call(handler as never, { method, token: runner.token, params, rawBody: raw, headers: { "content-type": "application/json" } });
          if (!BODYLESS.has(route)) expect(res.status, `${method} /${route} raw`).toBeGreaterThanOrEqual(400);
          expect(res.status, `${method} /${route} raw`).toBeLessThan(500);
        }
      }
      const get = handlers.GET;
      if (typeof get === "function") {
        await fc.assert(
          fc.asyncProperty(fc.dictionary(fc.constantFrom("from", "to", "cursor", "limit", "kind", "date", "format", "table", "status", "x"), fc.string({ maxLength: 30 }), { maxKeys: 4 }), async (query) => {
            const qs = new URLSearchParams(query).toString();
            const res = await call(get as never, { token: runner.token, params, path: `/${route}?${qs}` });
            expect(res.status, `GET /${route}?${qs}`).toBeLessThan(500);
          }),
          { numRuns: 30, seed: 20261126 },
        );
      }
      // Nothing the runner had was changed by any of it (valid-by-accident creates aside).
      const after = await snapshot(runner.runner.id);
      expect(after[10]).toEqual(before[10]);
      if (acceptedByAccident === 0) expect(after).toEqual(before);
    }, 120_000);
  }
});
