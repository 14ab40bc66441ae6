// Every activity of a file stored: runs as runs, other sports as cross-training, with a load.
import { afterAll, describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/runs/import/route";
import { db } from "@/lib/db";
import { closeParserPool } from "@/lib/import-worker";
import { call, newRunner } from "../../support/api";
import { buildFitActivity, buildTriathlon } from "../../unit/import/fit-activity-builder";
import { buildFitRun } from "../../unit/import/fit-builder";

afterAll(async () => {
  await closeParserPool();
});

function form(files: [string, Uint8Array][], fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [name, content] of files) data.append("files", new File([content as BlobPart], name));
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}
const upload = (token: string, body: FormData) => call(importRoute.POST, { token, method: "POST", path: "/api/v1/runs/import", rawBody: body });
const counts = async (userId: string) => ({
  runs: await db().run.count({ where: { userId } }),
  crossTraining: await db().crossTraining.count({ where: { userId } }),
});

describe("importing a file of several activities", () => {
  it("stores every leg of a triathlon: the run as a run, swim, ride and transitions as cross-training; twice adds nothing", async () => {
    const { runner, token } = await newRunner();
    const bytes = buildTriathlon(new Date("2026-03-02T07:00:00Z"), 10);
    const res = await upload(token, form([["tri.fit", bytes]]));
    expect(res.status).toBe(200);
    const results = res.json.results as { status: string; kind: string; sport: string; activity: { index: number; count: number }; runId?: string; crossTrainingId?: string }[];
    expect(results.map((r) => [r.status, r.kind, r.sport])).toEqual([
      ["imported", "cross-training", "swimming"],
      ["imported", "cross-training", "transition"],
      ["imported", "cross-training", "cycling"],
      ["imported", "cross-training", "transition"],
      ["imported", "run", "running"],
    ]);
    expect(results.map((r) => r.activity)).toEqual([1, 2, 3, 4, 5].map((index) => ({ index, count: 5 })));
    expect(await counts(runner.id)).toEqual({ runs: 1, crossTraining: 4 });
    const run = await db().run.findFirstOrThrow({ where: { userId: runner.id } });
    expect(run).toMatchObject({ distanceM: 10_000, durationSec: 2500, source: "fit" });
    const ride = await db().crossTraining.findFirstOrThrow({ where: { userId: runner.id, sport: "cycling" } });
    expect(ride).toMatchObject({ durationSec: 4000, distanceM: 40_000, avgHeartRate: 145 });

    const again = await upload(token, form([["tri-copy.fit", bytes]]));
    expect(again.json.results.map((r: { status: string }) => r.status)).toEqual(Array(5).fill("already-imported"));
    expect(await counts(runner.id)).toEqual({ runs: 1, crossTraining: 4 });
  });

  it("keeps the RPE the file carries (FIT workout_rpe) and asks for it only where it is missing", async () => {
    const { runner, token } = await newRunner();
    const start = new Date("2026-03-05T06:00:00Z");
    const rated = buildFitActivity({ start, legs: [{ sport: "running", startS: 0, durationS: 1800, speedMps: 3, everyS: 5, session: { workoutRpe: 70 } }] });
    const unrated = buildFitActivity({ start: new Date("2026-03-06T06:00:00Z"), legs: [{ sport: "running", startS: 0, durationS: 1800, speedMps: 3, everyS: 5 }] });
    const res = await upload(token, form([["rated.fit", rated], ["unrated.fit", unrated]]));
    expect(res.json.results).toEqual([
      expect.objectContaining({ status: "imported", rpe: 7, needsRpe: false }),
      expect.objectContaining({ status: "imported", rpe: null, needsRpe: true }),
    ]);
    const stored = await db().run.findMany({ where: { userId: runner.id }, orderBy: { startedAt: "asc" }, select: { rpe: true } });
    expect(stored).toEqual([{ rpe: 7 }, { rpe: null }]);
  });
});

describe("a file without a date", () => {
  it("asks only for the date and start, and keeps the file's duration and distance", async () => {
    const { runner, token } = await newRunner();
    const relative = buildFitRun({ startFitTime: 17_217_864, records: 1801, speedMps: 3, heartRate: () => 150, recordDistance: true, session: { avgHeartRate: 150 } });
    const ask = await upload(token, form([["relative.fit", relative]]));
    expect(ask.json.results).toEqual([expect.objectContaining({ status: "needs-details", missing: ["startedAt"] })]);
    expect(ask.json.results[0].message).toMatch(/date and start time/);
    expect(ask.json.results[0].message).not.toMatch(/duration|how long/);
    expect(await counts(runner.id)).toEqual({ runs: 0, crossTraining: 0 });

    const done = await upload(token, form([["relative.fit", relative]], { startedAt: "2026-03-01T07:00:00Z" }));
    expect(done.json.results[0]).toMatchObject({ status: "imported", durationSec: 1800, distanceM: 5400 });
    expect(await db().run.findFirstOrThrow({ where: { userId: runner.id } })).toMatchObject({ durationSec: 1800, distanceM: 5400 });
  });
});

describe("plausibility at the import door", () => {
  it("refuses a run slower than 60:00/km, naming why, and stores nothing", async () => {
    const { runner, token } = await newRunner();
    // 100 m in 2 hours: 20 h/km.
    const crawl = buildFitActivity({ start: new Date("2026-03-07T06:00:00Z"), legs: [{ sport: "running", startS: 0, durationS: 7200, speedMps: 100 / 7200, everyS: 60 }] });
    const res = await upload(token, form([["crawl.fit", crawl]]));
    expect(res.json.results).toEqual([expect.objectContaining({ status: "rejected", code: "implausible", message: expect.stringMatching(/slower than 60:00\/km/) })]);
    expect(await counts(runner.id)).toEqual({ runs: 0, crossTraining: 0 });
  });
});
