import { describe, expect, it } from "vitest";
import * as listRoute from "@/app/api/v1/cross-training/route";
import * as oneRoute from "@/app/api/v1/cross-training/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { db } from "@/lib/db";
import { call, newRunner } from "../../support/api";

const aRide = { sport: "cycling", startedAt: "2025-05-04T17:30:00+02:00", durationSec: 3600, distanceM: 30_000, rpe: 5, avgHeartRate: 140, notes: "windy" };
const count = (userId: string) => db().crossTraining.count({ where: { userId } });

describe("POST /api/v1/cross-training", () => {
  it("logs a session and answers 201 with its sport, local day and load (RPE × minutes)", async () => {
    const { runner, token } = await newRunner({ timeZone: "Europe/Berlin" });
    const res = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: aRide });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({
      sport: "cycling",
      date: "2025-05-04",
      startedAt: "2025-05-04T15:30:00.000Z",
      durationSec: 3600,
      distanceM: 30_000,
      rpe: 5,
      load: 300,
      loadEstimated: null,
      source: "manual",
      version: 1,
    });
    expect(await count(runner.id)).toBe(1);
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(0);
  });

  it("without an RPE the load is estimated from heart rate against the runner's maximum, and says so", async () => {
    const { runner, token } = await newRunner();
    await db().user.update({ where: { id: runner.id }, data: { maxHeartRate: 190 } });
    const { rpe: _rpe, ...noRpe } = aRide;
    void _rpe;
    const res = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: { ...noRpe, durationSec: 35 * 60, avgHeartRate: 160 } });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ rpe: null, load: 210, loadEstimated: "heart-rate" });
  });

  it.each([
    ["no sport", { ...aRide, sport: undefined }],
    ["a sport with spaces and capitals", { ...aRide, sport: "Mountain Biking!" }],
    ["a duration of 0", { ...aRide, durationSec: 0 }],
    ["an elapsed time shorter than the moving time", { ...aRide, elapsedSec: 1800 }],
    ["an RPE of 11", { ...aRide, rpe: 11 }],
    ["a heart rate of 300", { ...aRide, avgHeartRate: 300 }],
    ["notes over 2000 characters", { ...aRide, notes: "x".repeat(2001) }],
    ["a kind (runs only)", { ...aRide, kind: "easy" }],
    ["a userId", { ...aRide, userId: "7b7a3a44-0000-4000-8000-000000000000" }],
  ])("refuses %s with 422 naming the field, and stores nothing", async (_, body) => {
    const { runner, token } = await newRunner();
    const res = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body });
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ code: "validation_failed", fields: expect.any(Object) });
    expect(await count(runner.id)).toBe(0);
  });

  it("refuses a start time later than now in the runner's zone — the time, not just the day", async () => {
    const { runner, token } = await newRunner({ timeZone: "Europe/Berlin" });
    const later = new Date(Date.now() + 2 * 3600_000).toISOString();
    const res = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: { ...aRide, startedAt: later } });
    expect(res.status).toBe(422);
    expect(res.json.error.fields.startedAt[0]).toMatch(/later than now/);
    expect(await count(runner.id)).toBe(0);
  });

  it("honours Idempotency-Key: the same create twice stores one session and replays the answer", async () => {
    const { runner, token } = await newRunner();
    const headers = { "idempotency-key": "ride-1" };
    const first = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: aRide, headers });
    const again = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: aRide, headers });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(await count(runner.id)).toBe(1);
    const other = await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: { ...aRide, rpe: 2 }, headers });
    expect(other.status).toBe(422);
    expect(await count(runner.id)).toBe(1);
  });
});

describe("GET, PATCH and DELETE /api/v1/cross-training/{id}", () => {
  it("lists newest first with a cursor, filters by sport, reads, changes with the version, and deletes", async () => {
    const { runner, token } = await newRunner();
    await db().user.update({ where: { id: runner.id }, data: { maxHeartRate: 190 } });
    for (const [sport, day] of [["cycling", "01"], ["swimming", "02"], ["cycling", "03"]] as const) {
      await call(listRoute.POST, { token, path: "/api/v1/cross-training", body: { ...aRide, sport, startedAt: `2025-05-${day}T07:00:00Z` } });
    }
    const page1 = await call(listRoute.GET, { token, path: "/api/v1/cross-training?limit=2" });
    expect(page1.json.sessions.map((s: { date: string }) => s.date)).toEqual(["2025-05-03", "2025-05-02"]);
    const page2 = await call(listRoute.GET, { token, path: `/api/v1/cross-training?limit=2&cursor=${page1.json.nextCursor}` });
    expect(page2.json.sessions.map((s: { date: string }) => s.date)).toEqual(["2025-05-01"]);
    expect(page2.json.nextCursor).toBeNull();
    const rides = await call(listRoute.GET, { token, path: "/api/v1/cross-training?sport=cycling" });
    expect(rides.json.sessions).toHaveLength(2);
    const bad = await call(listRoute.GET, { token, path: "/api/v1/cross-training?cursor=bm9wZQ" });
    expect(bad.status).toBe(400);

    const id = page1.json.sessions[0].id as string;
    expect((await call(oneRoute.GET, { token, params: { id } })).json).toMatchObject({ id, sport: "cycling" });
    const changed = await call(oneRoute.PATCH, { method: "PATCH", token, params: { id }, body: { version: 1, sport: "rowing", rpe: null } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ sport: "rowing", rpe: null, version: 2, loadEstimated: "heart-rate" });
    const stale = await call(oneRoute.PATCH, { method: "PATCH", token, params: { id }, body: { version: 1, notes: "late" } });
    expect(stale.status).toBe(409);
    const unordered = await call(oneRoute.PATCH, { method: "PATCH", token, params: { id }, body: { version: 2, elapsedSec: 1000 } });
    expect(unordered.status).toBe(422);
    expect(unordered.json.error.fields.elapsedSec).toBeDefined();
    expect((await call(oneRoute.DELETE, { method: "DELETE", token, params: { id } })).status).toBe(204);
    expect((await call(oneRoute.GET, { token, params: { id } })).status).toBe(404);
    expect(await count(runner.id)).toBe(2);
  });

  it("is in the OpenAPI description", async () => {
    const res = await call(openapi.GET as never, { path: "/api/v1/openapi.json" });
    expect(Object.keys(res.json.paths["/cross-training"])).toEqual(["get", "post"]);
    expect(Object.keys(res.json.paths["/cross-training/{id}"])).toEqual(["get", "patch", "delete"]);
  });
});
