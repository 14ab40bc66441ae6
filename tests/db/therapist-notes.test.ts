// Session notes and "did it help?": the runner's own (API and forms), and the therapist's through
// a link — only that session's notes, only when allowed, limited, and nothing else writable.
import { describe, expect, it, vi } from "vitest";

let forwardedFor = "192.0.2.1";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": forwardedFor }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

import { saveTherapistNoteAction } from "@/app/share/[token]/actions";
import * as notesRoute from "@/app/api/v1/massages/[id]/notes/route";
import * as feedbackRoute from "@/app/api/v1/massages/[id]/feedback/route";
import * as planRoute from "@/app/api/v1/plan/route";
import * as accountRoute from "@/app/api/v1/account/route";
import * as exportRoute from "@/app/api/v1/export/route";
import { db } from "@/lib/db";
import { addDaysIso, dateColumn } from "@/lib/format/dates";
import { revokeShare } from "@/lib/data/shares";
import { SHARE_NOTE_WRITES_PER_WINDOW } from "@/lib/data/share-throttle";
import { call, newRunner } from "../support/api";
import { runnerWithHistory, shareOf } from "../support/therapist-share";

function noteForm(fields: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  return form;
}

async function everythingOf(userId: string) {
  const where = { userId };
  return Promise.all([
    db().massageSession.findMany({ where, orderBy: { id: "asc" } }),
    db().run.findMany({ where, orderBy: { id: "asc" } }),
    db().sorenessEntry.findMany({ where, orderBy: { id: "asc" } }),
    db().race.findMany({ where, orderBy: { id: "asc" } }),
    db().therapistShare.findMany({ where, orderBy: { id: "asc" }, select: { id: true, label: true, allowNotes: true, expiresAt: true, revokedAt: true, massageId: true } }),
    db().user.findUnique({ where: { id: userId } }),
  ]);
}

describe("the therapist's notes through a link", () => {
  it("are refused when the runner did not allow them, and nothing is written", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id, { massageId: r.doneId, allowNotes: false });
    const state = await saveTherapistNoteAction(link.token, {}, noteForm({ regionsWorked: "calves", findings: "tight" }));
    expect(state.ok).toBeFalsy();
    expect(state.message).toMatch(/not allowed notes/);
    expect((await db().massageSessionNote.findUnique({ where: { massageId: r.doneId } }))!.findings).toBe("Right soleus much tighter than left");
  });

  it("write that session's notes only; extra fields change nothing else", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id, { massageId: r.bookedId, allowNotes: true });
    // The booked session is in 3 days: not yet.
    const early = await saveTherapistNoteAction(link.token, {}, noteForm({ regionsWorked: "calves", findings: "x" }));
    expect(early.message).toMatch(/from the day of the session/);
    await db().massageSession.update({ where: { id: r.bookedId }, data: { date: dateColumn(r.today) } });
    const before = await everythingOf(r.runner.id);
    const state = await saveTherapistNoteAction(
      link.token,
      {},
      noteForm({
        regionsWorked: ["calves", "hamstrings"],
        depthWorked: "light",
        findings: "Right calf knotted; left fine.",
        massageId: r.futureId,
        status: "dismissed",
        notes: "overwritten?",
        userId: "00000000-0000-4000-8000-000000000000",
      }),
    );
    expect(state).toMatchObject({ ok: true });
    const note = await db().massageSessionNote.findUniqueOrThrow({ where: { massageId: r.bookedId } });
    expect(note).toMatchObject({ author: "therapist", findings: "Right calf knotted; left fine.", regionsWorked: ["calves", "hamstrings"], depthWorked: "light", userId: r.runner.id });
    expect(await db().massageSessionNote.findUnique({ where: { massageId: r.futureId } })).toBeNull();
    expect(await everythingOf(r.runner.id)).toEqual(before);
  });

  it("are bounded, refused after revocation, and limited per link", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id, { massageId: r.doneId, allowNotes: true });
    const tooLong = await saveTherapistNoteAction(link.token, {}, noteForm({ findings: "x".repeat(2001) }));
    expect(tooLong.fieldErrors?.findings).toEqual(["Findings: use at most 2,000 characters."]);
    const empty = await saveTherapistNoteAction(link.token, {}, noteForm({}));
    expect(empty.fieldErrors?.findings).toBeDefined();
    const badRegion = await saveTherapistNoteAction(link.token, {}, noteForm({ regionsWorked: "elbow" }));
    expect(badRegion.ok).toBeFalsy();

    for (let i = 0; i < SHARE_NOTE_WRITES_PER_WINDOW; i++) {
      forwardedFor = `192.0.2.${10 + i}`; // another address each time: the per-link limit still holds
      expect(await saveTherapistNoteAction(link.token, {}, noteForm({ findings: `visit ${i}` }))).toMatchObject({ ok: true });
    }
    forwardedFor = "192.0.2.99";
    const limited = await saveTherapistNoteAction(link.token, {}, noteForm({ findings: "one more" }));
    expect(limited.message).toMatch(/Too many saves/);
    expect((await db().massageSessionNote.findUniqueOrThrow({ where: { massageId: r.doneId } })).findings).toBe(`visit ${SHARE_NOTE_WRITES_PER_WINDOW - 1}`);

    const other = await shareOf(r.runner.id, { massageId: r.doneId, allowNotes: true });
    await revokeShare(r.runner.id, other.id);
    const afterRevoke = await saveTherapistNoteAction(other.token, {}, noteForm({ findings: "after revoke" }));
    expect(afterRevoke.message).toMatch(/no longer works/);
    const guessed = await saveTherapistNoteAction("tp_" + "A".repeat(43), {}, noteForm({ findings: "guess" }));
    expect(guessed.message).toMatch(/no longer works/);
    expect((await db().massageSessionNote.findUniqueOrThrow({ where: { massageId: r.doneId } })).findings).toBe(`visit ${SHARE_NOTE_WRITES_PER_WINDOW - 1}`);
  });
});

describe("the runner's session notes and answers (API)", () => {
  it("notes: only for a done session of theirs; 404 for another runner's", async () => {
    const r = await runnerWithHistory();
    const other = await newRunner();
    const body = { regionsWorked: ["calves"], depthWorked: "deep", findings: "Tender medial gastrocnemius" };
    expect((await call(notesRoute.PUT, { method: "PUT", token: other.token, params: { id: r.doneId }, body })).status).toBe(404);
    const notDone = await call(notesRoute.PUT, { method: "PUT", token: r.token, params: { id: r.bookedId }, body });
    expect(notDone.status).toBe(422);
    const saved = await call(notesRoute.PUT, { method: "PUT", token: r.token, params: { id: r.doneId }, body });
    expect(saved.status).toBe(200);
    expect(saved.json.note).toMatchObject({ ...body, author: "runner" });
    const read = await call(notesRoute.GET, { token: r.token, params: { id: r.doneId } });
    expect(read.json.note.findings).toBe("Tender medial gastrocnemius");
    expect((await call(notesRoute.GET, { token: other.token, params: { id: r.doneId } })).status).toBe(404);
    const extra = await call(notesRoute.PUT, { method: "PUT", token: r.token, params: { id: r.doneId }, body: { ...body, author: "therapist" } });
    expect(extra.status).toBe(422);
  });

  it("feedback: the mornings after a done session, better / same / worse per region", async () => {
    const r = await runnerWithHistory();
    const yesterday = await db().massageSession.create({ data: { userId: r.runner.id, date: dateColumn(addDaysIso(r.today, -1)), depth: "light", regions: ["calves"], status: "done" } });
    const answers = { answers: [{ region: "calves", answer: "better" }] };
    const ok = await call(feedbackRoute.PUT, { method: "PUT", token: r.token, params: { id: yesterday.id }, body: answers });
    expect(ok.status).toBe(200);
    expect(ok.json.answers).toEqual([{ region: "calves", answer: "better" }]);
    // The -5 day session is past the 3-day window; the booked one is not done.
    expect((await call(feedbackRoute.PUT, { method: "PUT", token: r.token, params: { id: r.doneId }, body: answers })).status).toBe(422);
    expect((await call(feedbackRoute.PUT, { method: "PUT", token: r.token, params: { id: r.bookedId }, body: answers })).status).toBe(422);
    const twice = await call(feedbackRoute.PUT, { method: "PUT", token: r.token, params: { id: yesterday.id }, body: { answers: [answers.answers[0], answers.answers[0]] } });
    expect(twice.status).toBe(422);
  });

  it("next-morning answers become personal evidence in the plan, with their counts", async () => {
    const r = await newRunner();
    const userId = r.runner.id;
    const today = (await call(planRoute.GET, { token: r.token })).json.today as string;
    for (const offset of [-9, -6, -3]) {
      const m = await db().massageSession.create({ data: { userId, date: dateColumn(addDaysIso(today, offset)), depth: "light", regions: ["calves"], status: "done" } });
      await db().massageFeedback.create({ data: { userId, massageId: m.id, region: "calves", answer: offset === -6 ? "same" : "better" } });
    }
    // Sore calves now, so the plan suggests light massage on them.
    await db().run.create({ data: { userId, startedAt: new Date(), localDate: dateColumn(addDaysIso(today, -1)), distanceM: 30_000, durationSec: 10_800, rpe: 6, kind: "long" } });
    await db().sorenessEntry.create({ data: { userId, date: dateColumn(today), region: "calves", side: "both", level: 4 } });
    const plan = (await call(planRoute.GET, { token: r.token })).json;
    const evidence = plan.suggestions.filter((s: { kind: string }) => s.kind === "massage").flatMap((s: { evidence: string[] }) => s.evidence);
    expect(evidence).toContain("Your own record: Light work on your calves was followed by less soreness the next day 2 of the last 3 times.");
  });
});

describe("links, session notes and answers are the runner's own data", () => {
  it("are in the export (never a link's token or its hash) and deleted with the account", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id, { massageId: r.bookedId, allowNotes: true, noteToTherapist: "Right calf again" });
    const res = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export" });
    expect(res.json.therapistShares).toEqual([expect.objectContaining({ id: link.id, label: "Clinic North", allowNotes: true, noteToTherapist: "Right calf again" })]);
    expect(res.json.sessionNotes).toEqual([expect.objectContaining({ massageId: r.doneId, regionsWorked: "calves", findings: "Right soleus much tighter than left", author: "runner" })]);
    expect(res.json.massageFeedback).toEqual([expect.objectContaining({ massageId: r.doneId, region: "calves", answer: "better" })]);
    const row = await db().therapistShare.findUniqueOrThrow({ where: { id: link.id } });
    expect(res.text).not.toContain(link.token);
    expect(res.text).not.toContain(row.tokenHash);
    const csv = await call(exportRoute.GET, { token: r.token, path: "/api/v1/export?format=csv&table=sessionNotes" });
    expect(csv.status).toBe(200);
    expect(csv.text).toContain("Right soleus much tighter than left");

    const deleted = await call(accountRoute.DELETE, { method: "DELETE", token: r.token, body: { password: r.password } });
    expect(deleted.status).toBeLessThan(300);
    const where = { userId: r.runner.id };
    expect([await db().therapistShare.count({ where }), await db().massageSessionNote.count({ where }), await db().massageFeedback.count({ where })]).toEqual([0, 0, 0]);
  });
});
