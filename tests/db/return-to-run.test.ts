import { describe, expect, it } from "vitest";
import { PATCH as sessionPatch } from "@/app/api/v1/return-to-run/sessions/[id]/route";
import { GET as programmeGet, PATCH as programmePatch } from "@/app/api/v1/return-to-run/[id]/route";
import { GET as listGet, POST as startPost } from "@/app/api/v1/return-to-run/route";
import { calendarIcs } from "@/lib/data/calendar-feed";
import { loadPlanInput } from "@/lib/data/plan";
import { changeProgramme, logSessionPain, plannedSessions, startProgramme, type ProgrammeView } from "@/lib/data/return-to-run";
import { planRecovery } from "@/lib/rules";
import { call, newRunner } from "../support/api";

// The runner's mornings, at 07:00 UTC (their zone is UTC).
const at = (date: string) => new Date(`${date}T07:00:00Z`);
const START = "2026-05-04";
const plus = (days: number) => new Date(Date.parse(`${START}T07:00:00Z`) + days * 86_400_000);
const dayOf = (days: number) => plus(days).toISOString().slice(0, 10);

/** Logs the programme's planned session on its day (pain during) and the next morning. */
async function runSession(runner: Parameters<typeof logSessionPain>[0], programme: ProgrammeView, during: number, morning: { restPain: number; testPain: number }) {
  const planned = programme.sessions.at(-1);
  if (!planned || planned.painDuring !== null) throw new Error("no planned session");
  const afterSession = await logSessionPain(runner, planned.id, { painDuring: during }, { now: at(planned.date) });
  if (!afterSession) throw new Error("not found");
  const nextMorning = new Date(at(planned.date).getTime() + 86_400_000);
  const decided = await logSessionPain(runner, planned.id, morning, { now: nextMorning });
  if (!decided) throw new Error("not found");
  return decided;
}

describe("the return-to-run programme", () => {
  it("low pain and good mornings → phases advance, sessions a day apart, on the calendar's planned sessions", async () => {
    const { runner } = await newRunner();
    let programme = await startProgramme(runner, { region: "calves", side: "left", usualRestPain: 1, usualTestPain: 2 }, { now: at(START) });
    expect(programme).toMatchObject({ phase: 1, status: "active", test: "heel raise" });
    expect(programme.sessions.map((s) => s.date)).toEqual([START]);

    programme = await runSession(runner, programme, 2, { restPain: 1, testPain: 2 });
    expect(programme.sessions.at(-2)).toMatchObject({ decision: "continue" });
    expect(programme.phase).toBe(1);
    programme = await runSession(runner, programme, 3, { restPain: 0, testPain: 1 });
    expect(programme.sessions.at(-2)).toMatchObject({ decision: "advance" });
    expect(programme.sessions.at(-2)?.reason).toContain("move on to phase 2");
    expect(programme.phase).toBe(2);
    expect(programme.sessions.map((s) => s.date)).toEqual([dayOf(0), dayOf(2), dayOf(4)]);
    expect(programme.sessions.at(-1)).toMatchObject({ phase: 2, painDuring: null });

    const planned = await plannedSessions(runner.id, dayOf(0), dayOf(30));
    expect(planned).toEqual([expect.objectContaining({ date: dayOf(4), phase: 2, region: "calves", side: "left" })]);
    // The iCalendar feed carries the planned session as an all-day event.
    const ics = (await calendarIcs(runner, dayOf(0), dayOf(30))).replace(/\r\n[ \t]/g, "");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${dayOf(4).replaceAll("-", "")}`);
    expect(ics).toContain("SUMMARY:Return to running (left calf): Phase 2: run 2 min\\, walk 3 min\\, 6 times (30 min)");
  });

  it("next-morning pain up → the phase repeats, with the reason", async () => {
    const { runner } = await newRunner();
    let programme = await startProgramme(runner, { region: "achilles", side: "right", usualRestPain: 1, usualTestPain: 1 }, { now: at(START) });
    programme = await runSession(runner, programme, 2, { restPain: 1, testPain: 1 });
    programme = await runSession(runner, programme, 2, { restPain: 2, testPain: 3 });
    const decided = programme.sessions.at(-2);
    expect(decided?.decision).toBe("repeat");
    expect(decided?.reason).toContain("2/10 at rest and 3/10 on the single-leg heel raise, above your usual 1/10 and 1/10");
    expect(programme.phase).toBe(1);
    expect(programme.sessions.at(-1)).toMatchObject({ phase: 1, painDuring: null });
  });

  it("sharp pain → the programme stops and the plan leads with see a professional", async () => {
    const { runner } = await newRunner();
    const programme = await startProgramme(runner, { region: "calves", side: "left", usualRestPain: 0, usualTestPain: 1 }, { now: at(START) });
    const session = programme.sessions[0];
    if (!session) throw new Error("no session");
    const stopped = await logSessionPain(runner, session.id, { painDuring: 3, sharp: true }, { now: at(START) });
    expect(stopped?.status).toBe("stopped");
    expect(stopped?.stoppedReason).toContain("See a physiotherapist or doctor");
    expect(await plannedSessions(runner.id, START, dayOf(30))).toEqual([]);
    const plan = planRecovery(await loadPlanInput({ id: runner.id, bodyMassKg: null }, START));
    expect(plan.suggestions[0]?.kind).toBe("see-professional");
    expect(plan.suggestions[0]?.regions).toEqual(["calves"]);
  });

  it("pain above 5 during a session stops it too; pause, resume and end through the API", async () => {
    const t = await newRunner();
    const started = await call(startPost, { token: t.token, body: { region: "knees", side: "right", usualRestPain: 0, usualTestPain: 0 } });
    expect(started.status).toBe(201);
    expect(started.json.test).toBe("hop");
    const again = await call(startPost, { token: t.token, body: { region: "knees", side: "right", usualRestPain: 0, usualTestPain: 0 } });
    expect(again.status).toBe(409);
    const id = started.json.id as string;
    const paused = await call(programmePatch, { token: t.token, method: "PATCH", params: { id }, body: { action: "pause" } });
    expect(paused.json).toMatchObject({ status: "paused", sessions: [] });
    const resumed = await call(programmePatch, { token: t.token, method: "PATCH", params: { id }, body: { action: "resume" } });
    expect(resumed.json.status).toBe("active");
    const sessionId = resumed.json.sessions[0].id as string;
    const tooEarly = await call(sessionPatch, { token: t.token, method: "PATCH", params: { id: sessionId }, body: { restPain: 0, testPain: 0 } });
    expect(tooEarly.status).toBe(409);
    const stopped = await call(sessionPatch, { token: t.token, method: "PATCH", params: { id: sessionId }, body: { painDuring: 6 } });
    expect(stopped.json.status).toBe("stopped");
    expect(stopped.json.stoppedReason).toContain("Pain of 6/10 during the session is above 5/10");
    const ended = await call(programmePatch, { token: t.token, method: "PATCH", params: { id }, body: { action: "end" } });
    expect(ended.status).toBe(409);
    expect((await call(listGet, { token: t.token })).json.programmes).toHaveLength(1);
    expect((await call(programmeGet, { token: t.token, params: { id } })).json.status).toBe("stopped");
  });

  it("another runner's programme and sessions are 404, and bad pain values are refused", async () => {
    const owner = await newRunner();
    const other = await newRunner();
    const programme = await startProgramme(owner.runner, { region: "shins", side: "both", usualRestPain: 0, usualTestPain: 0 });
    const sessionId = programme.sessions[0]?.id ?? "";
    expect((await call(programmeGet, { token: other.token, params: { id: programme.id } })).status).toBe(404);
    expect((await call(programmePatch, { token: other.token, method: "PATCH", params: { id: programme.id }, body: { action: "end" } })).status).toBe(404);
    expect((await call(sessionPatch, { token: other.token, method: "PATCH", params: { id: sessionId }, body: { painDuring: 1 } })).status).toBe(404);
    for (const body of [{ painDuring: 11 }, { painDuring: -1 }, { painDuring: 2.5 }, { restPain: 1 }, {}, { painDuring: 1, restPain: 1, testPain: 1 }]) {
      expect((await call(sessionPatch, { token: owner.token, method: "PATCH", params: { id: sessionId }, body })).status, JSON.stringify(body)).toBe(422);
    }
    expect((await call(startPost, { token: owner.token, body: { region: "toes", side: "left", usualRestPain: 0, usualTestPain: 0 } })).status).toBe(422);
    expect((await changeProgramme(owner.runner, programme.id, "pause"))?.status).toBe("paused");
  });
});
