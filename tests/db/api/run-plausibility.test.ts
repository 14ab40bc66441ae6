// Plausible runs only, at every door: the API and the form's server actions.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => (await import("../../support/next-request-mocks")).nextHeaders(jar));
vi.mock("next/cache", async () => (await import("../../support/next-request-mocks")).nextCache);

const runsRoute = await import("@/app/api/v1/runs/route");
const runRoute = await import("@/app/api/v1/runs/[id]/route");
const { createRunAction } = await import("@/app/(app)/runs/actions");
const { countRuns } = await import("@/lib/data/runs");
const { todayFor } = await import("@/lib/data/plan");
const { localDateOf, localTimeOf } = await import("@/lib/format/dates");
const { call, newRunner } = await import("../../support/api");
const { zoneWhereStillToday } = await import("../../support/zones");

const FIVE_MILES = 8047;
const aRun = { startedAt: "2025-05-04T07:30:00+02:00", distanceM: 10_000, durationSec: 3000, rpe: 4 };

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const redirectOf = (error: unknown) => /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(String((error as { digest?: string })?.digest ?? ""))?.[1] ?? null;

describe("the API refuses runs no one could run, naming the field", () => {
  it.each([
    ["5 mi in 3 seconds", { distanceM: FIVE_MILES, durationSec: 3 }, ["distanceM", "durationSec"], /faster than 2:00\/km/],
    ["5 mi in 30 hours", { distanceM: FIVE_MILES, durationSec: 30 * 3600 }, ["distanceM", "durationSec"], /slower than 60:00\/km/],
    ["a run over 48 hours", { distanceM: 300_000, durationSec: 49 * 3600 }, ["durationSec"], /at most 48 hours/],
  ])("%s → 422, nothing stored", async (_, body, fields, message) => {
    const { runner, token } = await newRunner();
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, ...body } });
    expect(res.status).toBe(422);
    for (const field of fields) expect(res.json.error.fields[field]?.[0]).toMatch(message);
    expect(await countRuns(runner.id)).toBe(0);
  });

  it("accepts a pace past the soft limits with a warnings entry", async () => {
    const { runner, token } = await newRunner();
    const fast = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, durationSec: 25 * 60 } });
    expect(fast.status).toBe(201);
    expect(fast.json.warnings).toEqual([expect.stringMatching(/2:30\/km, faster than 3:00\/km/)]);
    const slow = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, durationSec: 4 * 3600 } });
    expect(slow.json.warnings).toEqual([expect.stringMatching(/slower than 20:00\/km/)]);
    const normal = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: aRun });
    expect(normal.json.warnings).toBeUndefined();
    expect(await countRuns(runner.id)).toBe(3);
  });

  it("refuses a change that makes a stored run implausible, and keeps the run as it was", async () => {
    const { token } = await newRunner();
    const created = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: aRun });
    const id = created.json.id as string;
    const res = await call(runRoute.PATCH, { method: "PATCH", token, params: { id }, body: { version: 1, durationSec: 5 } });
    expect(res.status).toBe(422);
    expect(res.json.error.fields.durationSec[0]).toMatch(/faster than 2:00\/km/);
    expect((await call(runRoute.GET, { token, params: { id } })).json).toMatchObject({ durationSec: 3000, version: 1 });
  });

  it("refuses a start later than now in the runner's zone, even on today's date", async () => {
    const { runner, token } = await newRunner({ timeZone: zoneWhereStillToday(2 * 3600_000) });
    const later = new Date(Date.now() + 2 * 3600_000).toISOString();
    const res = await call(runsRoute.POST, { token, path: "/api/v1/runs", body: { ...aRun, startedAt: later } });
    expect(res.status).toBe(422);
    expect(res.json.error.fields.startedAt[0]).toMatch(/later than now/);
    expect(await countRuns(runner.id)).toBe(0);
  });
});

describe("the run form", () => {
  async function signedIn(timeZone = "Europe/Berlin") {
    const runner = await newRunner({ timeZone });
    jar.cookie = runner.cookie;
    return { ...runner, today: todayFor(runner.runner) };
  }

  it("refuses 5 mi in 3 seconds on the distance and duration fields, and stores nothing", async () => {
    const { runner, today } = await signedIn();
    const state = await createRunAction({}, form({ nonce: crypto.randomUUID(), date: today, time: "00:00", distance: "8.047", duration: "0:03" }));
    expect(state.fieldErrors?.duration?.[0]).toMatch(/faster than 2:00\/km/);
    expect(state.fieldErrors?.distance?.[0]).toMatch(/faster than 2:00\/km/);
    expect(await countRuns(runner.id)).toBe(0);
  });

  it("asks “did you mean…?” for a pace past the soft limits, and saves only once confirmed", async () => {
    const { runner, today } = await signedIn();
    const fields = { nonce: crypto.randomUUID(), date: today, time: "00:00", distance: "10", duration: "25:00" };
    const asked = await createRunAction({}, form(fields));
    expect(asked.confirm).toMatch(/Did you mean/);
    expect(asked.values?.duration).toBe("25:00");
    expect(await countRuns(runner.id)).toBe(0);
    const saved = await createRunAction({}, form({ ...fields, confirmed: "yes" })).then(
      () => null,
      (error: unknown) => error,
    );
    expect(redirectOf(saved)).toMatch(/^\/runs\?saved=/);
    expect(await countRuns(runner.id)).toBe(1);
  });

  it("refuses a start time later today (23:30 at 17:30), on the time field", async () => {
    const zone = zoneWhereStillToday(2 * 3600_000);
    const { runner } = await signedIn(zone);
    const later = new Date(Date.now() + 2 * 3600_000);
    const state = await createRunAction(
      {},
      form({ nonce: crypto.randomUUID(), date: localDateOf(later, zone), time: localTimeOf(later, zone), distance: "10", duration: "50:00" }),
    );
    expect(state.fieldErrors?.time?.[0]).toMatch(/later than now/);
    expect(await countRuns(runner.id)).toBe(0);
  });

  it("refuses notes over the limit instead of cutting them", async () => {
    const { runner, today } = await signedIn();
    const state = await createRunAction({}, form({ nonce: crypto.randomUUID(), date: today, time: "00:00", distance: "10", duration: "50:00", notes: "x".repeat(2001) }));
    expect(state.fieldErrors?.notes?.[0]).toMatch(/at most 2000 characters/);
    expect(state.values?.notes).toHaveLength(2001);
    expect(await countRuns(runner.id)).toBe(0);
  });
});
