import { describe, expect, it } from "vitest";
import * as account from "@/app/api/v1/account/route";
import * as exportRoute from "@/app/api/v1/export/route";
import * as tokens from "@/app/api/v1/tokens/route";
import { db } from "@/lib/db";
import { dateColumn } from "@/lib/format/dates";
import { findRunnerForSession } from "@/lib/data/users";
import { call, newRunner, ORIGIN } from "../../support/api";

async function withHistory() {
  const r = await newRunner({ timeZone: "Europe/Berlin" });
  const userId = r.runner.id;
  await db().run.create({
    data: { userId, startedAt: new Date("2026-11-01T07:00:00Z"), localDate: dateColumn("2026-11-01"), distanceM: 12000, durationSec: 3600, rpe: 4, kind: "easy", notes: '=HYPERLINK("x"), "quoted", line\nbreak' },
  });
  await db().sorenessEntry.create({ data: { userId, date: dateColumn("2026-11-02"), region: "it_band", side: "left", level: 3 } });
  await db().crossTraining.create({
    data: { userId, sport: "cycling", startedAt: new Date("2026-11-03T16:00:00Z"), localDate: dateColumn("2026-11-03"), durationSec: 5400, distanceM: 40_000, rpe: 5 },
  });
  await db().race.create({ data: { userId, name: "Berlin, Half", date: dateColumn("2026-12-06"), distanceM: 21097, priority: "A" } });
  await db().massageSession.create({ data: { userId, date: dateColumn("2026-11-30"), depth: "deep", regions: ["calves", "lower_back"], status: "booked" } });
  await db().sweatRateTest.create({ data: { userId, date: dateColumn("2026-10-01"), massBeforeKg: 70, massAfterKg: 69, fluidMl: 500, urineMl: 0, durationSec: 3600 } });
  await db().wellnessEntry.create({ data: { userId, date: dateColumn("2026-11-02"), sleep: 2, stress: 3, fatigue: 4, soreness: 3 } });
  await db().calendarFeed.create({ data: { userId, token: `feed-${userId}` } });
  return r;
}

describe("export", () => {
  it("gives a runner everything they stored as JSON, in database units, without secrets", async () => {
    const r = await withHistory();
    const res = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename="recovery-planner-export-\d{4}-\d{2}-\d{2}\.json"/);
    const data = res.json;
    expect(data.profile.email).toBe(r.runner.email);
    expect(data.runs).toHaveLength(1);
    expect(data.runs[0]).toMatchObject({ date: "2026-11-01", distanceM: 12000, durationSec: 3600, rpe: 4 });
    expect(data.crossTraining).toEqual([expect.objectContaining({ sport: "cycling", date: "2026-11-03", durationSec: 5400, distanceM: 40_000, rpe: 5 })]);
    expect(data.profile).toMatchObject({ maxHeartRate: null, loadExcludedSports: [] });
    expect(data.soreness[0]).toMatchObject({ region: "it-band", side: "left", level: 3 });
    expect(data.massages[0].regions).toBe("calves lower-back");
    expect(data.races).toHaveLength(1);
    expect(data.wellness).toHaveLength(1);
    expect(data.sweatRateTests).toHaveLength(1);
    expect(data.apiTokens).toEqual([expect.objectContaining({ name: "tests" })]);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/argon2|password|tokenHash|token_hash/i);
    expect(text).not.toContain(r.token);
    expect(text).not.toContain(`feed-${r.runner.id}`);
  });

  it("gives one CSV per table, escaped so spreadsheets neither break nor run formulas", async () => {
    const r = await withHistory();
    const res = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=csv&table=runs" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const [header, row] = res.text.split("\r\n");
    expect(header!.split(",")).toContain("distanceM");
    expect(res.text).toContain(`"'=HYPERLINK(""x""), ""quoted"", line\nbreak"`);
    expect(row).toContain("12000");
  });

  it("explains a bad query with 400", async () => {
    const r = await newRunner();
    const csvWithoutTable = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=csv" });
    expect(csvWithoutTable.status).toBe(400);
    expect(csvWithoutTable.json.error.fields.table[0]).toMatch(/one file per table/);
    expect((await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?table=users" })).status).toBe(400);
    expect((await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=xml" })).status).toBe(400);
  });

  it("never includes another runner's rows", async () => {
    const a = await withHistory();
    const b = await newRunner();
    const res = await call(exportRoute.GET, { token: b.token, path: "/api/v1/export" });
    expect(res.json.runs).toEqual([]);
    expect(JSON.stringify(res.json)).not.toContain(a.runner.id);
  });
});

describe("account deletion", () => {
  it("needs the password again; a wrong one deletes nothing", async () => {
    const r = await withHistory();
    const res = await call(account.DELETE, { method: "DELETE", token: r.token, body: { password: "not it" } });
    expect(res.status).toBe(403);
    expect(await db().run.count({ where: { userId: r.runner.id } })).toBe(1);
  });

  it("removes every row of the runner and nothing of anyone else's; tokens, feed and cookies stop working at once", async () => {
    const victim = await withHistory();
    const bystander = await withHistory();
    const before = await countAll(bystander.runner.id);
    const res = await call(account.DELETE, { method: "DELETE", token: victim.token, body: { password: victim.password } });
    expect(res.status).toBe(204);
    expect(await countAll(victim.runner.id)).toEqual({ users: 0, runs: 0, crossTraining: 0, soreness: 0, wellness: 0, sweat: 0, races: 0, massages: 0, tokens: 0, feeds: 0, idempotency: 0 });
    expect(await countAll(bystander.runner.id)).toEqual(before);
    expect((await call(tokens.GET, { token: victim.token })).status).toBe(401);
    expect((await call(tokens.GET, { cookie: victim.cookie })).status).toBe(401);
    expect(await findRunnerForSession(victim.runner.id, victim.runner.sessionVersion)).toBeNull();
  });

  it("refuses a cross-site cookie request to delete the account", async () => {
    const r = await newRunner();
    const res = await call(account.DELETE, {
      method: "DELETE",
      cookie: r.cookie,
      body: { password: r.password },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(res.status).toBe(403);
    expect(await findRunnerForSession(r.runner.id, r.runner.sessionVersion)).not.toBeNull();
    const same = await call(account.DELETE, { method: "DELETE", cookie: r.cookie, body: { password: r.password }, headers: { origin: ORIGIN } });
    expect(same.status).toBe(204);
  });
});

async function countAll(userId: string) {
  const where = { userId };
  return {
    users: await db().user.count({ where: { id: userId } }),
    runs: await db().run.count({ where }),
    crossTraining: await db().crossTraining.count({ where }),
    soreness: await db().sorenessEntry.count({ where }),
    wellness: await db().wellnessEntry.count({ where }),
    sweat: await db().sweatRateTest.count({ where }),
    races: await db().race.count({ where }),
    massages: await db().massageSession.count({ where }),
    tokens: await db().apiToken.count({ where }),
    feeds: await db().calendarFeed.count({ where }),
    idempotency: await db().idempotencyKey.count({ where }),
  };
}
