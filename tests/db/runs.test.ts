import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import {
  countRuns,
  createRun,
  createRunOnce,
  deleteRun,
  getRun,
  importRuns,
  listRuns,
  restoreRun,
  RUN_UNDO_WINDOW_MS,
  RunConflictError,
  RunNotFoundError,
  undoDeadline,
  updateRun,
} from "@/lib/data/runs";
import { createRunner } from "@/lib/data/users";
import { runListQuerySchema } from "@/lib/validation/run";
import { fitRun, gpxRun, tcxRun } from "./runs-files";

async function runnerIn(timeZone = "UTC") {
  return createRunner({ email: `runs-${randomUUID()}@example.com`, password: "a fine passphrase", timeZone });
}

const base = { distanceM: 8000, durationSec: 2400 };

describe("createRun", () => {
  it("puts a 23:30 run in Los Angeles on that local day (UTC is already the next day)", async () => {
    const runner = await runnerIn("America/Los_Angeles");
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-07-04T23:30:00-07:00") });
    expect(run.date).toBe("2025-07-04");
    expect(run.startedAt).toBe("2025-07-05T06:30:00.000Z");
  });

  it("puts a 00:15 run in Tokyo on that local day (UTC is still the day before)", async () => {
    const runner = await runnerIn("Asia/Tokyo");
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-07-05T00:15:00+09:00") });
    expect(run.date).toBe("2025-07-05");
  });

  it("computes pace per km and load as RPE × minutes", async () => {
    const runner = await runnerIn();
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-01-01T08:00:00Z"), rpe: 6 });
    expect(run.paceSecPerKm).toBe(300);
    expect(run.load).toBe(240);
    const noRpe = await createRun(runner, { ...base, startedAt: new Date("2025-01-02T08:00:00Z") });
    expect(noRpe.load).toBeNull();
  });
});

describe("createRunOnce (the form's double-submit guard)", () => {
  it("stores one run for the same nonce submitted 10 times at once, and answers each with it", async () => {
    const runner = await runnerIn();
    const nonce = randomUUID();
    const input = { ...base, startedAt: new Date("2025-02-01T07:00:00Z") };
    const runs = await Promise.all(Array.from({ length: 10 }, () => createRunOnce(runner, input, nonce)));
    expect(new Set(runs.map((r) => r!.id)).size).toBe(1);
    expect(await countRuns(runner.id)).toBe(1);
    await createRunOnce(runner, input, randomUUID());
    expect(await countRuns(runner.id)).toBe(2);
  });

  it("does not bring back a run deleted since, when its form is sent again", async () => {
    const runner = await runnerIn();
    const nonce = randomUUID();
    const input = { ...base, startedAt: new Date("2025-02-01T07:00:00Z") };
    const run = await createRunOnce(runner, input, nonce);
    await deleteRun(runner.id, run!.id);
    expect(await createRunOnce(runner, input, nonce)).toBeNull();
    expect(await countRuns(runner.id)).toBe(0);
  });
});

describe("listRuns", () => {
  it("pages newest first, ties broken by id, without gaps or repeats", async () => {
    const runner = await runnerIn();
    const same = new Date("2025-03-10T07:00:00Z");
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push((await createRun(runner, { ...base, startedAt: i < 3 ? same : new Date(Date.UTC(2025, 2, 1 + i, 7)) })).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = runListQuerySchema.parse({ limit: "2", ...(cursor ? { cursor } : {}) });
      const page = await listRuns(runner.id, query);
      seen.push(...page.runs.map((r) => r.id));
      cursor = page.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(seen).toHaveLength(7);
    expect(new Set(seen)).toEqual(new Set(ids));
    const starts = (await listRuns(runner.id, { limit: 100 })).runs.map((r) => r.startedAt);
    expect(starts).toEqual([...starts].sort().reverse());
  });

  it("filters by kind and by the runner's local days", async () => {
    const runner = await runnerIn("America/Los_Angeles");
    await createRun(runner, { ...base, startedAt: new Date("2025-04-01T23:30:00-07:00"), kind: "long" });
    await createRun(runner, { ...base, startedAt: new Date("2025-04-02T06:00:00-07:00"), kind: "easy" });
    const april1 = await listRuns(runner.id, { from: "2025-04-01", to: "2025-04-01" });
    expect(april1.runs.map((r) => r.kind)).toEqual(["long"]);
    const easy = await listRuns(runner.id, { kind: "easy" });
    expect(easy.runs.map((r) => r.date)).toEqual(["2025-04-02"]);
  });
});

describe("getRun, updateRun", () => {
  it("treats another runner's run as not found", async () => {
    const a = await runnerIn();
    const b = await runnerIn();
    const run = await createRun(a, { ...base, startedAt: new Date("2025-01-01T08:00:00Z") });
    expect(await getRun(b.id, run.id)).toBeNull();
    await expect(updateRun(b, run.id, { version: 1, notes: "x" })).rejects.toBeInstanceOf(RunNotFoundError);
    await expect(deleteRun(b.id, run.id)).rejects.toBeInstanceOf(RunNotFoundError);
    expect((await getRun(a.id, run.id))?.notes).toBeNull();
  });

  it("changes a run at its version, recomputes the local day, and refuses a stale version without changing anything", async () => {
    const runner = await runnerIn("America/Los_Angeles");
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-01-01T08:00:00Z"), rpe: 5 });
    const changed = await updateRun(runner, run.id, { version: 1, startedAt: new Date("2025-01-05T23:30:00-08:00"), rpe: null, notes: "hilly" });
    expect(changed).toMatchObject({ version: 2, date: "2025-01-05", rpe: null, notes: "hilly", distanceM: 8000 });
    const stale = updateRun(runner, run.id, { version: 1, distanceM: 1 });
    await expect(stale).rejects.toBeInstanceOf(RunConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: 2 });
    expect(await getRun(runner.id, run.id)).toMatchObject({ distanceM: 8000, version: 2 });
  });

  it("lets only one of two concurrent edits at the same version through", async () => {
    const runner = await runnerIn();
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-01-01T08:00:00Z") });
    const outcomes = await Promise.allSettled([updateRun(runner, run.id, { version: 1, notes: "a" }), updateRun(runner, run.id, { version: 1, notes: "b" })]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.filter((o) => o.status === "rejected" && o.reason instanceof RunConflictError)).toHaveLength(1);
  });
});

describe("deleteRun and restoreRun (undo)", () => {
  it("puts the run back with the same id and data within the undo window", async () => {
    const runner = await runnerIn("Europe/Berlin");
    const run = await createRun(runner, { ...base, startedAt: new Date("2025-05-01T06:00:00Z"), rpe: 3, kind: "recovery", notes: "legs heavy" });
    const deleted = await deleteRun(runner.id, run.id);
    expect(deleted.id).toBe(run.id);
    expect(await getRun(runner.id, run.id)).toBeNull();
    expect(await undoDeadline(runner.id, run.id)).not.toBeNull();

    const restored = await restoreRun(runner.id, run.id);
    expect(restored).toMatchObject({ id: run.id, date: "2025-05-01", rpe: 3, kind: "recovery", notes: "legs heavy", startedAt: run.startedAt, createdAt: run.createdAt });
    expect(await restoreRun(runner.id, run.id)).toMatchObject({ id: run.id }); // twice is harmless
    expect(await countRuns(runner.id)).toBe(1);
    expect(await undoDeadline(runner.id, run.id)).toBeNull();
  });

  it("refuses to restore after the window, or for another runner", async () => {
    const a = await runnerIn();
    const b = await runnerIn();
    const run = await createRun(a, { ...base, startedAt: new Date("2025-05-01T06:00:00Z") });
    await deleteRun(a.id, run.id);
    expect(await restoreRun(b.id, run.id)).toBeNull();
    expect(await getRun(b.id, run.id)).toBeNull();
    const later = new Date(Date.now() + RUN_UNDO_WINDOW_MS + 1000);
    expect(await restoreRun(a.id, run.id, later)).toBeNull();
    expect(await countRuns(a.id)).toBe(0);
  });
});

describe("importRuns", () => {
  it("imports, remembers the file by its hash, and keeps source, file name and extra values", async () => {
    const runner = await runnerIn();
    const [result] = await importRuns(runner, [{ fileName: "long.tcx", bytes: new TextEncoder().encode(tcxRun({ seconds: 3600, metres: 12000 })) }]);
    expect(result).toMatchObject({ status: "imported" });
    const row = await db().run.findFirstOrThrow({ where: { userId: runner.id } });
    expect(row).toMatchObject({ source: "tcx", fileName: "long.tcx", distanceM: 12000, durationSec: 3600, maxHeartRate: 170 });
    expect(row.fileHash).toMatch(/^[0-9a-f]{64}$/);
    const [again] = await importRuns(runner, [{ fileName: "copy.tcx", bytes: new TextEncoder().encode(tcxRun({ seconds: 3600, metres: 12000 })) }]);
    expect(again).toMatchObject({ status: "already-imported", runId: row.id });
  });

  it("stores one run when the same file is imported concurrently", async () => {
    const runner = await runnerIn();
    const bytes = fitRun({ start: "2025-06-01T05:00:00Z" });
    const results = await Promise.all(Array.from({ length: 6 }, () => importRuns(runner, [{ fileName: "a.fit", bytes }])));
    const statuses = results.map(([r]) => r!.status);
    expect(statuses.filter((s) => s === "imported")).toHaveLength(1);
    expect(statuses.filter((s) => s === "already-imported")).toHaveLength(5);
    expect(await countRuns(runner.id)).toBe(1);
  });

  it("asks for details when a GPX has no times, and takes them when given", async () => {
    const runner = await runnerIn();
    const bytes = new TextEncoder().encode(gpxRun({ withTime: false }));
    const [ask] = await importRuns(runner, [{ fileName: "no-times.gpx", bytes }]);
    expect(ask).toMatchObject({ status: "needs-details", missing: ["startedAt", "durationSec"] });
    const [done] = await importRuns(runner, [{ fileName: "no-times.gpx", bytes, details: { startedAt: new Date("2025-06-02T07:00:00Z"), durationSec: 900 } }]);
    expect(done).toMatchObject({ status: "imported" });
  });

});
