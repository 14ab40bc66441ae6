import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as runsRoute from "@/app/api/v1/runs/route";
import * as runRoute from "@/app/api/v1/runs/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { call, newRunner, ORIGIN } from "../../support/api";

const aRun = { startedAt: "2025-05-04T07:30:00+02:00", distanceM: 10_000, durationSec: 3000, rpe: 4, kind: "easy", notes: "felt fine" };
const count = (userId: string) => db().run.count({ where: { userId } });

describe("POST /api/v1/runs", () => {
  it("logs a run and answers 201 with it, its local day, pace and load", async () => {
    const { runner, token } = await newRunner({ timeZone: "Europe/Berlin" });
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: aRun });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      id: expect.any(String),
      startedAt: "2025-05-04T05:30:00.000Z",
      date: "2025-05-04",
      distanceM: 10_000,
      durationSec: 3000,
      rpe: 4,
      kind: "easy",
      temperatureC: null,
      avgHeartRate: null,
      notes: "felt fine",
      source: "manual",
      version: 1,
      paceSecPerKm: 300,
      load: 200,
    });
    expect(await count(runner.id)).toBe(1);
  });

  it("puts a run at 23:30 in Los Angeles on that local day, not the UTC one", async () => {
    const { token } = await newRunner({ timeZone: "America/Los_Angeles" });
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, startedAt: "2025-01-10T23:30:00-08:00" } });
    expect(res.json.date).toBe("2025-01-10");
    expect(res.json.startedAt).toBe("2025-01-11T07:30:00.000Z");
  });

  it.each([
    ["an unknown field", { ...aRun, pace: 5 }],
    ["a userId", { ...aRun, userId: randomUUID() }],
    ["a start time without offset", { ...aRun, startedAt: "2025-05-04T07:30:00" }],
    ["a distance of 0", { ...aRun, distanceM: 0 }],
    ["a fractional distance", { ...aRun, distanceM: 10.5 }],
    ["a duration over 7 days", { ...aRun, durationSec: 7 * 86400 + 1 }],
    ["an RPE of 11", { ...aRun, rpe: 11 }],
    ["an unknown kind", { ...aRun, kind: "jog" }],
    ["a heart rate of 300", { ...aRun, avgHeartRate: 300 }],
    ["notes over 2000 characters", { ...aRun, notes: "x".repeat(2001) }],
    ["a string distance", { ...aRun, distanceM: "10000" }],
  ])("refuses %s with 422 and stores nothing", async (_, body) => {
    const { runner, token } = await newRunner();
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body });
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: "validation_failed", fields: expect.any(Object) });
    expect(await count(runner.id)).toBe(0);
  });

  it("refuses a run on a day still to come in the runner's time zone (422 on startedAt), and a PATCH moving one there", async () => {
    // Tomorrow at 23:30 UTC is a day still to come in every time zone.
    const late = new Date();
    late.setUTCHours(23, 30, 0, 0);
    const tomorrowUtc = new Date(late.getTime() + 86_400_000);
    const auckland = await newRunner({ timeZone: "Pacific/Auckland" });
    const refused = await call(runsRoute.POST, { token: auckland.token, body: { startedAt: tomorrowUtc.toISOString(), distanceM: 5000, durationSec: 1500 } });
    expect(refused.status).toBe(422);
    expect(refused.json.error.fields.startedAt[0]).toMatch(/still to come/);
    expect(await db().run.count({ where: { userId: auckland.runner.id } })).toBe(0);

    const created = await call(runsRoute.POST, { token: auckland.token, body: { startedAt: new Date(Date.now() - 3_600_000).toISOString(), distanceM: 5000, durationSec: 1500 } });
    expect(created.status).toBe(201);
    const moved = await call(runRoute.PATCH, {
      method: "PATCH",
      token: auckland.token,
      params: { id: created.json.id },
      body: { version: created.json.version, startedAt: tomorrowUtc.toISOString() },
    });
    expect(moved.status).toBe(422);
    expect((await db().run.findUniqueOrThrow({ where: { id: created.json.id } })).version).toBe(created.json.version);
  });

  it("answers 415 for a form body and 401 without a token", async () => {
    const { token } = await newRunner();
    expect((await call(runsRoute.POST, { token, rawBody: "a=1", headers: { "content-type": "application/x-www-form-urlencoded" } })).status).toBe(415);
    expect((await call(runsRoute.POST, { body: aRun })).status).toBe(401);
  });

  it("refuses a cookie-authenticated create from another origin", async () => {
    const { runner, cookie } = await newRunner();
    const res = await call(runsRoute.POST, { cookie, body: aRun, headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    const same = await call(runsRoute.POST, { cookie, body: aRun, headers: { origin: ORIGIN } });
    expect(same.status).toBe(201);
    expect(await count(runner.id)).toBe(1);
  });

  it("honours Idempotency-Key: 20 concurrent identical requests store one run and get 20 identical answers", async () => {
    const { runner, token } = await newRunner();
    const key = randomUUID();
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call(runsRoute.POST, { token, path: "/api/v1/runs", body: aRun, headers: { "idempotency-key": key } })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    expect(new Set(answers.map((a) => a.text)).size).toBe(1);
    expect(answers[0]!.json.id).toEqual(expect.any(String));
    expect(await count(runner.id)).toBe(1);
  });

  it("answers 422 when an Idempotency-Key is reused with a different body, and stores nothing new", async () => {
    const { runner, token } = await newRunner();
    const headers = { "idempotency-key": "morning-run-1" };
    expect((await call(runsRoute.POST, { token, path: "/api/v1/runs", body: aRun, headers })).status).toBe(201);
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, distanceM: 12_000 }, headers });
    expect(res.status).toBe(422);
    expect(await count(runner.id)).toBe(1);
  });
});

describe("GET /api/v1/runs", () => {
  async function logRuns(token: string, n: number) {
    for (let i = 0; i < n; i++) {
      const day = String(1 + i).padStart(2, "0");
      await call(runsRoute.POST, { token, body: { ...aRun, startedAt: `2025-03-${day}T07:00:00Z`, kind: i % 2 ? "long" : "easy" } });
    }
  }

  it("pages newest first with nextCursor until the end", async () => {
    const { token } = await newRunner();
    await logRuns(token, 5);
    const first = await call(runsRoute.GET, { token, path: "/api/v1/runs?limit=2" });
    expect(first.status).toBe(200);
    expect(first.json.runs.map((r: { date: string }) => r.date)).toEqual(["2025-03-05", "2025-03-04"]);
    const second = await call(runsRoute.GET, { token, path: `/api/v1/runs?limit=2&cursor=${first.json.nextCursor}` });
    expect(second.json.runs.map((r: { date: string }) => r.date)).toEqual(["2025-03-03", "2025-03-02"]);
    const third = await call(runsRoute.GET, { token, path: `/api/v1/runs?limit=2&cursor=${second.json.nextCursor}` });
    expect(third.json.runs.map((r: { date: string }) => r.date)).toEqual(["2025-03-01"]);
    expect(third.json.nextCursor).toBeNull();
  });

  it("filters by date range and kind", async () => {
    const { token } = await newRunner();
    await logRuns(token, 5);
    const res = await call(runsRoute.GET, { token, path: "/api/v1/runs?from=2025-03-02&to=2025-03-04&kind=long" });
    expect(res.json.runs.map((r: { date: string }) => r.date)).toEqual(["2025-03-04", "2025-03-02"]);
  });

  it.each([
    ["a malformed date", "from=2025-13-01"],
    ["from after to", "from=2025-03-05&to=2025-03-01"],
    ["a limit over 100", "limit=101"],
    ["a garbage cursor", "cursor=not-a-cursor"],
    ["an unknown kind", "kind=jog"],
    ["an unknown parameter", "sort=asc"],
  ])("answers 400 for %s", async (_, query) => {
    const { token } = await newRunner();
    const res = await call(runsRoute.GET, { token, path: `/api/v1/runs?${query}` });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_request");
  });

  it("never lists another runner's runs", async () => {
    const a = await newRunner();
    const b = await newRunner();
    await logRuns(a.token, 2);
    const res = await call(runsRoute.GET, { token: b.token, path: "/api/v1/runs" });
    expect(res.json).toEqual({ runs: [], nextCursor: null });
  });
});

describe("GET / PATCH / DELETE /api/v1/runs/{id}", () => {
  async function created(token: string) {
    return (await call(runsRoute.POST, { token, body: aRun })).json as { id: string; version: number };
  }

  it("reads, changes with the current version, and deletes a run", async () => {
    const { runner, token } = await newRunner({ timeZone: "America/Los_Angeles" });
    const run = await created(token);
    const got = await call(runRoute.GET, { token, params: { id: run.id } });
    expect(got.json).toMatchObject({ id: run.id, distanceM: 10_000 });

    const patched = await call(runRoute.PATCH, {
      token,
      method: "PATCH",
      params: { id: run.id },
      body: { version: 1, distanceM: 12_000, rpe: null, startedAt: "2025-05-05T23:30:00-07:00" },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ distanceM: 12_000, rpe: null, load: null, version: 2, date: "2025-05-05", kind: "easy" });

    const deleted = await call(runRoute.DELETE, { token, method: "DELETE", params: { id: run.id } });
    expect(deleted.status).toBe(204);
    expect((await call(runRoute.GET, { token, params: { id: run.id } })).status).toBe(404);
    expect(await count(runner.id)).toBe(0);
  });

  it("answers 409 for a stale version and changes nothing", async () => {
    const { token } = await newRunner();
    const run = await created(token);
    await call(runRoute.PATCH, { token, method: "PATCH", params: { id: run.id }, body: { version: 1, notes: "first" } });
    const stale = await call(runRoute.PATCH, { token, method: "PATCH", params: { id: run.id }, body: { version: 1, notes: "second" } });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe("conflict");
    const now = await call(runRoute.GET, { token, params: { id: run.id } });
    expect(now.json).toMatchObject({ notes: "first", version: 2 });
  });

  it("refuses a patch without version, with unknown fields or a userId (422), changing nothing", async () => {
    const other = await newRunner();
    const { token } = await newRunner();
    const run = await created(token);
    for (const body of [{ notes: "x" }, { version: 1, notes: "x", userId: other.runner.id }, { version: 1, pace: 3 }, { version: 1 }]) {
      const res = await call(runRoute.PATCH, { token, method: "PATCH", params: { id: run.id }, body });
      expect(res.status).toBe(422);
    }
    expect((await call(runRoute.GET, { token, params: { id: run.id } })).json).toMatchObject({ notes: "felt fine", version: 1 });
  });

  it("gives 404 for another runner's run on every method, and leaves it alone", async () => {
    const a = await newRunner();
    const b = await newRunner();
    const run = await created(a.token);
    expect((await call(runRoute.GET, { token: b.token, params: { id: run.id } })).status).toBe(404);
    expect((await call(runRoute.PATCH, { token: b.token, method: "PATCH", params: { id: run.id }, body: { version: 1, notes: "mine" } })).status).toBe(404);
    expect((await call(runRoute.DELETE, { token: b.token, method: "DELETE", params: { id: run.id } })).status).toBe(404);
    expect((await call(runRoute.GET, { token: a.token, params: { id: run.id } })).json).toMatchObject({ notes: "felt fine", version: 1 });
  });

  it("gives 404 for an id that is not a UUID", async () => {
    const { token } = await newRunner();
    expect((await call(runRoute.GET, { token, params: { id: "../etc" } })).status).toBe(404);
    expect((await call(runRoute.DELETE, { token, method: "DELETE", params: { id: "1 OR 1=1" } })).status).toBe(404);
  });
});

describe("OpenAPI", () => {
  it("describes the runs operations", async () => {
    const res = await call(openapi.GET as never, { path: "/api/v1/openapi.json" });
    const paths = res.json.paths;
    expect(Object.keys(paths["/runs"])).toEqual(expect.arrayContaining(["get", "post"]));
    expect(Object.keys(paths["/runs/{id}"])).toEqual(expect.arrayContaining(["get", "patch", "delete"]));
    expect(paths["/runs/import"].post.requestBody.content).toHaveProperty("multipart/form-data");
    expect(paths["/runs"].post.requestBody.content["application/json"].schema.required).toEqual(["startedAt", "distanceM", "durationSec"]);
  });
});
