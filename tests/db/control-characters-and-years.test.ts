// No 500 for any text or date: a NUL byte (or another C0 control) in a text field gets a 4xx naming
// the field, in the API and in the forms; a file name has them stripped; years outside 1900–2100
// are refused at every door (bodies, forms, query strings); and an import batch answers for every
// file (a NUL in the second file's name used to store the first, skip the third and say
// "Nothing was changed").
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).nextHeaders(jar));
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).nextCache);

const runsRoute = await import("@/app/api/v1/runs/route");
const racesRoute = await import("@/app/api/v1/races/route");
const massagesRoute = await import("@/app/api/v1/massages/route");
const sorenessRoute = await import("@/app/api/v1/soreness/route");
const planRoute = await import("@/app/api/v1/plan/route");
const icsRoute = await import("@/app/api/v1/calendar.ics/route");
const tokensRoute = await import("@/app/api/v1/tokens/route");
const accountRoute = await import("@/app/api/v1/account/route");
const importRoute = await import("@/app/api/v1/runs/import/route");
const { createRunAction } = await import("@/app/(app)/runs/actions");
const { createRaceAction, createMassageAction } = await import("@/app/(app)/calendar/actions");
const { updateSettingsAction } = await import("@/app/(app)/settings/actions");
const { createTokenAction } = await import("@/app/(app)/settings/tokens/actions");
const { signUpAction } = await import("@/app/(auth)/actions");
const { todayFor } = await import("@/lib/data/plan");
const { addDaysIso, instantOfLocal } = await import("@/lib/format/dates");
const { parseIsoTime } = await import("@/lib/import/track");
const { db } = await import("@/lib/db");
const { call, newRunner } = await import("../support/api");
const { gpxRun } = await import("./runs-files");

const NUL = "\u0000";
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const post = (handler: typeof runsRoute.POST, token: string, body: unknown, path = "/api/v1/x") => call(handler, { token, method: "POST", path, body });

describe("a NUL byte or another control character in a text field", () => {
  it("gets a 422 naming the field from every JSON API route, and nothing is stored", async () => {
    const r = await newRunner();
    const today = todayFor(r.runner);
    const cases: [string, Awaited<ReturnType<typeof call>>, string][] = [
      ["run notes", await post(runsRoute.POST, r.token, { startedAt: new Date().toISOString(), distanceM: 5000, durationSec: 1800, notes: `easy${NUL}` }), "notes"],
      ["race name", await post(racesRoute.POST, r.token, { name: `City${NUL}10k`, date: addDaysIso(today, 30), distanceM: 10000, priority: "A" }), "name"],
      ["therapist", await post(massagesRoute.POST, r.token, { date: addDaysIso(today, 3), depth: "light", status: "booked", therapist: `Ana${NUL}`, regions: [] }), "therapist"],
      ["place", await post(massagesRoute.POST, r.token, { date: addDaysIso(today, 3), depth: "light", status: "booked", place: `Clinic\u0001`, regions: [] }), "place"],
      ["token name", await post(tokensRoute.POST, r.token, { email: r.runner.email, password: r.password, name: `watch${NUL}` }), "name"],
      ["sign-up name", await post(accountRoute.POST, r.token, { email: `x-${randomUUID()}@example.com`, password: "a fine passphrase", name: `Ana${NUL}` }), "name"],
    ];
    for (const [what, res, field] of cases) {
      expect(res.status, what).toBe(422);
      expect(res.json.error.fields?.[field]?.[0], what).toMatch(/control character/);
    }
    expect(await db().run.count({ where: { userId: r.runner.id } })).toBe(0);
    expect(await db().race.count({ where: { userId: r.runner.id } })).toBe(0);
    expect(await db().massageSession.count({ where: { userId: r.runner.id } })).toBe(0);
  });

  it("gets a field error from every form, and nothing is stored", async () => {
    const r = await newRunner();
    jar.cookie = r.cookie;
    const today = todayFor(r.runner);
    const run = await createRunAction({}, form({ date: today, time: "07:00", distance: "5", duration: "30:00", rpe: "3", kind: "easy", notes: `hill${NUL}s`, nonce: randomUUID() }));
    expect(run.fieldErrors?.notes?.[0]).toMatch(/control character/);
    const race = await createRaceAction({}, form({ name: `Half${NUL}`, date: addDaysIso(today, 40), distance: "21.1", priority: "A" }));
    expect(race.fieldErrors?.name?.[0]).toMatch(/control character/);
    const massage = await createMassageAction({}, form({ date: addDaysIso(today, 4), depth: "light", status: "booked", therapist: `Bo${NUL}`, time: "", place: "", notes: "" }));
    expect(massage.fieldErrors?.therapist?.[0]).toMatch(/control character/);
    const settings = await updateSettingsAction({}, form({ units: "km", timeZone: "UTC", bodyMassKg: "", name: `Ana${NUL}` }));
    expect(settings.fieldErrors?.name?.[0]).toMatch(/control character/);
    const token = await createTokenAction({}, form({ name: `script${NUL}` }));
    expect(token.fieldErrors?.name?.[0]).toMatch(/control character/);
    const signUp = await signUpAction({}, form({ email: `y-${randomUUID()}@example.com`, password: "a fine passphrase", name: `Bo${NUL}` }));
    expect(signUp.fieldErrors?.name?.[0]).toMatch(/control character/);
    expect(await db().run.count({ where: { userId: r.runner.id } })).toBe(0);
    expect(await db().race.count({ where: { userId: r.runner.id } })).toBe(0);
    expect(await db().apiToken.count({ where: { userId: r.runner.id } })).toBe(1);
  });

  it("keeps tab and newline in notes", async () => {
    const r = await newRunner();
    const res = await post(runsRoute.POST, r.token, { startedAt: new Date().toISOString(), distanceM: 5000, durationSec: 1800, notes: "warm-up\n\tstrides" });
    expect(res.status).toBe(201);
  });
});

describe("an import batch whose second file's name holds a NUL", () => {
  it("imports all three files, stores the second under its name without the NUL, and says so for each", async () => {
    const r = await newRunner();
    const data = new FormData();
    data.append("files", new File([gpxRun({ start: "2025-03-01T07:00:00Z" })], "first.gpx"));
    data.append("files", new File([gpxRun({ start: "2025-03-02T07:00:00Z" })], `sec${NUL}ond.gpx`));
    data.append("files", new File([gpxRun({ start: "2025-03-03T07:00:00Z" })], "third.gpx"));
    const res = await call(importRoute.POST, { token: r.token, method: "POST", path: "/api/v1/runs/import", rawBody: data });
    expect(res.status).toBe(200);
    expect(res.json.results.map((x: { fileName: string; status: string }) => [x.fileName, x.status])).toEqual([
      ["first.gpx", "imported"],
      ["second.gpx", "imported"],
      ["third.gpx", "imported"],
    ]);
    expect(await db().run.count({ where: { userId: r.runner.id } })).toBe(3);
  });
});

describe("years outside 1900–2100", () => {
  it.each(["0000-01-01", "0099-12-31", "1899-12-31", "2101-01-01", "9999-12-31"])("are refused with a 4xx in bodies and query strings: %s", async (day) => {
    const r = await newRunner();
    const answers = [
      await call(runsRoute.GET, { token: r.token, path: `/api/v1/runs?from=${day}` }),
      await call(runsRoute.GET, { token: r.token, path: `/api/v1/runs?to=${day}` }),
      await call(planRoute.GET, { token: r.token, path: `/api/v1/plan?date=${day}` }),
      await call(icsRoute.GET, { token: r.token, path: `/api/v1/calendar.ics?from=${day}` }),
      await post(racesRoute.POST, r.token, { name: "Far away", date: day, distanceM: 10000, priority: "C" }),
      await post(massagesRoute.POST, r.token, { date: day, depth: "light", status: "accepted", regions: [] }),
      await post(sorenessRoute.POST, r.token, { date: day, region: "calves", side: "left", level: 3 }),
      await post(runsRoute.POST, r.token, { startedAt: `${day}T07:00:00Z`, distanceM: 5000, durationSec: 1800 }),
    ];
    for (const res of answers) {
      expect(res.status, res.text).toBeGreaterThanOrEqual(400);
      expect(res.status, res.text).toBeLessThan(500);
    }
  });

  it("the forms say so for the day field", async () => {
    const r = await newRunner();
    jar.cookie = r.cookie;
    const run = await createRunAction({}, form({ date: "0000-01-01", time: "07:00", distance: "5", duration: "30:00", rpe: "3", kind: "easy", nonce: randomUUID() }));
    expect(run.ok).toBeFalsy();
    expect(Object.keys(run.fieldErrors ?? {})).toContain("date");
    const race = await createRaceAction({}, form({ name: "Far", date: "9999-12-31", distance: "10", priority: "C" }));
    expect(race.fieldErrors?.date?.length).toBeGreaterThan(0);
  });
});

describe("dates of years 0–99 are not moved to the 1900s", () => {
  it("in a file's timestamps and local times", () => {
    expect(new Date(parseIsoTime("0050-06-01T07:00:00Z")!).getUTCFullYear()).toBe(50);
    expect(instantOfLocal("0050-06-01", "07:00", "UTC").getUTCFullYear()).toBe(50);
    expect(addDaysIso("0099-12-31", 1)).toBe("0100-01-01");
  });
});
