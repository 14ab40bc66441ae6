import { describe, expect, it } from "vitest";
import * as account from "@/app/api/v1/account/route";
import * as exportRoute from "@/app/api/v1/export/route";
import { db } from "@/lib/db";
import { startProgramme } from "@/lib/data/return-to-run";
import { saveCheckIn } from "@/lib/data/wellness";
import { call, newRunner } from "../support/api";

const NOW = new Date("2026-11-20T07:00:00Z");

async function withWellnessAndProgramme() {
  const r = await newRunner();
  await saveCheckIn(r.runner, { date: "2026-11-20", restingHrBpm: 51, hrvRmssdMs: 62.5, sleepHours: 7.25, sleep: 2, stress: 3, fatigue: 3, soreness: 2 }, { now: NOW });
  await startProgramme(r.runner, { region: "achilles", side: "right", usualRestPain: 1, usualTestPain: 2 }, { now: NOW });
  return r;
}

const counts = async (userId: string) => ({
  wellness: await db().wellnessEntry.count({ where: { userId } }),
  programmes: await db().returnToRunProgramme.count({ where: { userId } }),
  sessions: await db().returnToRunSession.count({ where: { userId } }),
});

describe("wellness and return-to-run data belong to the runner", () => {
  it("are in the export (JSON and CSV per table)", async () => {
    const r = await withWellnessAndProgramme();
    const data = (await call(exportRoute.GET, { token: r.token, path: "/api/v1/export" })).json;
    expect(data.wellness[0]).toMatchObject({ date: "2026-11-20", restingHrBpm: 51, hrvRmssdMs: 62.5, sleepHours: 7.25, sleep: 2 });
    expect(data.returnToRunProgrammes[0]).toMatchObject({ region: "achilles", side: "right", status: "active", phase: 1, usualRestPain: 1, usualTestPain: 2 });
    expect(data.returnToRunSessions[0]).toMatchObject({ date: "2026-11-20", phase: 1, painDuring: null });
    const csv = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=csv&table=returnToRunSessions" });
    expect(csv.status).toBe(200);
    expect(csv.text.split("\r\n")[0]).toBe("id,programmeId,date,phase,painDuring,sharp,restPain,testPain,decision,reason");
  });

  it("are deleted with the account, and nobody else's are", async () => {
    const victim = await withWellnessAndProgramme();
    const bystander = await withWellnessAndProgramme();
    expect(await counts(victim.runner.id)).toEqual({ wellness: 1, programmes: 1, sessions: 1 });
    expect((await call(account.DELETE, { method: "DELETE", token: victim.token, body: { password: victim.password } })).status).toBe(204);
    expect(await counts(victim.runner.id)).toEqual({ wellness: 0, programmes: 0, sessions: 0 });
    expect(await counts(bystander.runner.id)).toEqual({ wellness: 1, programmes: 1, sessions: 1 });
  });
});
