import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Encoder, type Mesg } from "@garmin/fitsdk";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importRuns } from "@/lib/data/run-import";
import { cancelImportJob, createImportJob, getImportJob, listImportEntries } from "@/lib/data/imports";
import { createRunner } from "@/lib/data/users";
import { runImportTurn } from "@/lib/jobs/import-worker";
import { importDir } from "@/lib/jobs/paths";
import { buildZip, gz, type ZipItem } from "../support/zip-builder";
import { fitRun, gpxRun, tcxRun } from "./runs-files";

beforeAll(() => {
  process.env.RECOVERY_PLANNER_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "imports-test-"));
});

const newRunner = () => createRunner({ email: `imports-${randomUUID()}@example.com`, password: "a fine passphrase" });

/** Saves the upload where the route would have streamed it and records the job (no queue). */
async function upload(userId: string, files: { name: string; data: Uint8Array }[]): Promise<string> {
  const id = randomUUID();
  await mkdir(importDir(id), { recursive: true });
  const uploads = [];
  for (const [i, f] of files.entries()) {
    const p = path.join(importDir(id), `upload-${i}`);
    await writeFile(p, f.data);
    uploads.push({ path: p, fileName: f.name, isZip: f.name.endsWith(".zip") });
  }
  await createImportJob(userId, id, uploads);
  return id;
}

async function runToEnd(id: string) {
  for (let i = 0; i < 50; i++) if ((await runImportTurn(id, { sliceMs: 60_000 })) === "finished") break;
  return allEntries(id);
}

async function allEntries(id: string) {
  return db().importEntry.findMany({ where: { jobId: id }, orderBy: { seq: "asc" } });
}

/** A FIT that is not an activity (file_id.type = monitoring), as Garmin exports hold by the dozen. */
function monitoringFit(): Uint8Array {
  const encoder = new Encoder();
  encoder.onMesg(0, { type: "monitoringB", manufacturer: "garmin", product: 1, serialNumber: 1, timeCreated: new Date("2026-03-01T00:00:00Z") } as unknown as Mesg);
  return encoder.close();
}

// A Strava export in the current layout: repeated header names (first Distance km, second metres).
const CSV = [
  "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,Filename,Moving Time,Distance,Perceived Exertion,Elapsed Time",
  '11,"Mar 4, 2025, 5:45:00 AM",Tempo on the track,Run,"Felt good, legs fresh",600,1.80,activities/11.fit.gz,600,1800.0,6.0,600',
  '12,"Mar 2, 2025, 7:00:00 AM",Morning run,Run,,240,0.97,activities/12.gpx,240,970.4,,240',
  '13,"Mar 3, 2025, 6:30:00 AM",Easy 5k,Run,,1800,5.00,activities/13.tcx.gz,1800,5000.0,3.0,1800',
  '14,"Mar 5, 2025, 7:00:00 AM",Spin,Ride,,1800,15.00,activities/14.tcx,1800,15000.0,,1800',
  '15,"Mar 8, 2025, 6:30:00 PM",Hill repeats (no file),Run,Manual entry,2700,8.50,,2700,8523.7,8.0,2700',
].join("\n");

async function stravaArchive(): Promise<Buffer> {
  const items: ZipItem[] = [
    { name: "activities.csv", data: CSV },
    { name: "activities/11.fit.gz", data: gz(fitRun({ start: "2025-03-04T05:45:00Z" })) },
    { name: "activities/12.gpx", data: gpxRun({ start: "2025-03-02T07:00:00Z" }) },
    { name: "activities/13.tcx.gz", data: gz(tcxRun({ start: "2025-03-03T06:30:00Z" })) },
    { name: "activities/14.tcx", data: tcxRun({ start: "2025-03-05T07:00:00Z", sport: "Biking", metres: 15000 }) },
    { name: "media/photo1.jpg", data: new Uint8Array(2048).fill(0xff), store: true },
    { name: "profile.csv", data: "name\nRunner" },
  ];
  return buildZip(items);
}

describe("importing a Strava bulk export", () => {
  it("imports runs with their CSV name, description and RPE, keeps a ride as cross-training, skips photos, and a manual row becomes a run", async () => {
    const runner = await newRunner();
    const id = await upload(runner.id, [{ name: "export_123.zip", data: await stravaArchive() }]);
    const entries = await runToEnd(id);
    const byName = Object.fromEntries(entries.map((e) => [e.fileName, e]));
    expect(byName["activities/11.fit.gz"]!.status).toBe("imported");
    expect(byName["activities/12.gpx"]!.status).toBe("imported");
    expect(byName["activities/13.tcx.gz"]!.status).toBe("imported");
    expect(byName["activities/14.tcx"]!.status).toBe("cross_training");
    expect(byName["media/photo1.jpg"]).toMatchObject({ status: "skipped", message: "a photo or video (not read)" });
    expect(byName["profile.csv"]!.status).toBe("skipped");
    const manual = byName["Hill repeats (no file) (activities.csv)"]!;
    expect(manual.status).toBe("imported");
    expect(manual.message).toMatch(/activities\.csv alone.*metres \(raw column\)/);

    const runs = await db().run.findMany({ where: { userId: runner.id }, orderBy: { startedAt: "asc" } });
    expect(runs).toHaveLength(4);
    const tempo = runs.find((r) => r.fileName === "11.fit.gz")!;
    expect(tempo).toMatchObject({ rpe: 6, notes: "Tempo on the track\nFelt good, legs fresh", source: "fit" });
    const hill = runs.find((r) => r.source === "manual")!;
    // The raw (second) Distance column, not 8.50 read as metres or the display km rounded.
    expect(hill).toMatchObject({ distanceM: 8524, durationSec: 2700, rpe: 8 });
    expect(hill.startedAt.toISOString()).toBe("2025-03-08T18:30:00.000Z"); // CSV dates are UTC

    const rides = await db().crossTraining.findMany({ where: { userId: runner.id } });
    expect(rides).toHaveLength(1);
    expect(rides[0]).toMatchObject({ sport: "cycling", distanceM: 15000, notes: "Spin" });
    const job = await getImportJob(runner.id, id);
    expect(job).toMatchObject({ status: "done", counts: { imported: 4, crossTraining: 1, skipped: 2, alreadyThere: 0, total: 7, done: 7 } });
    expect(existsSync(importDir(id))).toBe(false); // the upload is removed when the job is over
  });

  it("adds nothing when the same archive is uploaded twice", async () => {
    const runner = await newRunner();
    await runToEnd(await upload(runner.id, [{ name: "export.zip", data: await stravaArchive() }]));
    const second = await upload(runner.id, [{ name: "export.zip", data: await stravaArchive() }]);
    await runToEnd(second);
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(4);
    expect(await db().crossTraining.count({ where: { userId: runner.id } })).toBe(1);
    expect((await getImportJob(runner.id, second))!.counts).toMatchObject({ imported: 0, alreadyThere: 5, crossTraining: 0 });
  });
});

async function garminArchive(): Promise<Buffer> {
  const part1 = await buildZip([
    { name: "run-a.fit", data: fitRun({ start: "2025-04-01T06:00:00Z", records: 1200, speedMps: 3 }) },
    { name: "monitoring.fit", data: monitoringFit() },
  ]);
  return buildZip([
    { name: "DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip", data: part1 },
    { name: "DI_CONNECT/DI-Connect-Fitness/me_0_summarizedActivities.json", data: "[]" },
    { name: "DI_CONNECT/DI-Connect-User/user_profile.json", data: "{}" },
  ]);
}

describe("importing a Garmin Connect export", () => {
  it("opens the zips inside the zip, imports the activity FIT files and skips the rest with reasons", async () => {
    const runner = await newRunner();
    const entries = await runToEnd(await upload(runner.id, [{ name: "garmin.zip", data: await garminArchive() }]));
    const byName = Object.fromEntries(entries.map((e) => [e.fileName, e]));
    expect(byName["run-a.fit"]!.status).toBe("imported");
    expect(byName["monitoring.fit"]).toMatchObject({ status: "skipped" });
    expect(byName["monitoring.fit"]!.message).toMatch(/not an activity/);
    expect(byName["DI_CONNECT/DI-Connect-Fitness/me_0_summarizedActivities.json"]!.status).toBe("skipped");
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(1);
  });

  it("recognises the same run from two sources (start within 2 min, distance within 3 %) as already there", async () => {
    const runner = await newRunner();
    // The same morning as a GPX from Strava imported by hand before: 1 min later start, 2 % shorter.
    const t0 = Date.parse("2025-04-01T06:01:00Z");
    const pts = Array.from({ length: 21 }, (_, i) => `<trkpt lat="${(52.37 + i * 0.0016).toFixed(5)}" lon="4.89"><time>${new Date(t0 + i * 60_000).toISOString()}</time></trkpt>`).join("");
    const gpx = `<?xml version="1.0"?><gpx version="1.1" creator="strava" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${pts}</trkseg></trk></gpx>`;
    const [byHand] = await importRuns(runner, [{ fileName: "strava.gpx", bytes: new TextEncoder().encode(gpx) }]);
    expect(byHand!.status).toBe("imported");
    const entries = await runToEnd(await upload(runner.id, [{ name: "garmin.zip", data: await garminArchive() }]));
    const run = entries.find((e) => e.fileName === "run-a.fit")!;
    expect(run).toMatchObject({ status: "already_there", runId: byHand!.runId });
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(1);
  });
});

describe("a job survives a crash", () => {
  it("resumes where it stopped after the worker died mid-import, and imports nothing twice", async () => {
    const runner = await newRunner();
    const files = Array.from({ length: 6 }, (_, i) => ({
      name: `run-${i}.fit`,
      data: fitRun({ start: new Date(Date.parse("2025-05-01T06:00:00Z") + i * 86_400_000).toISOString(), records: 300 }),
    }));
    const id = await upload(runner.id, [{ name: "runs.zip", data: await buildZip(files) }]);
    await expect(
      runImportTurn(id, {
        afterEntry: (done) => {
          if (done === 3) throw new Error("power cut");
        },
      }),
    ).rejects.toThrow("power cut");
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(3);
    // The dead worker's lease runs out; the next turn (on any instance) carries on.
    await db().importJob.update({ where: { id }, data: { leaseUntil: new Date(Date.now() - 1000), status: "running" } });
    const entries = await runToEnd(id);
    expect(entries.every((e) => e.status === "imported")).toBe(true);
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(6);
  });

  it("leaves a job alone while another worker holds its lease", async () => {
    const runner = await newRunner();
    const id = await upload(runner.id, [{ name: "one.fit", data: fitRun({ start: "2025-06-01T06:00:00Z", records: 300 }) }]);
    await db().importJob.update({ where: { id }, data: { leaseUntil: new Date(Date.now() + 60_000), status: "running" } });
    expect(await runImportTurn(id)).toBe("busy");
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(0);
  });
});

describe("cancelling and bombs", () => {
  it("stops a cancelled import: what was imported stays, the rest is not imported", async () => {
    const runner = await newRunner();
    const files = Array.from({ length: 4 }, (_, i) => ({ name: `r${i}.gpx`, data: gpxRun({ start: `2025-07-0${i + 1}T07:00:00Z` }) }));
    const id = await upload(runner.id, [{ name: "runs.zip", data: await buildZip(files) }]);
    await expect(
      runImportTurn(id, {
        afterEntry: (done) => {
          if (done === 2) throw new Error("stop here");
        },
      }),
    ).rejects.toThrow();
    expect((await cancelImportJob(runner.id, id))!.status).toBe("cancelled");
    await db().importJob.update({ where: { id }, data: { leaseUntil: null } });
    expect(await runImportTurn(id)).toBe("finished");
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(2);
    expect((await getImportJob(runner.id, id))!.status).toBe("cancelled");
  });

  it("stops a zip bomb entry and zips nested beyond two levels, each with a clear reason", async () => {
    const runner = await newRunner();
    const level3 = await buildZip([{ name: "deep.fit", data: fitRun({ records: 60 }) }]);
    const level2 = await buildZip([{ name: "inner.zip", data: level3 }, { name: "ok.gpx", data: gpxRun({ start: "2025-08-01T07:00:00Z" }) }]);
    const archive = await buildZip([
      { name: "nested.zip", data: level2 },
      { name: "bomb.gpx", data: new Uint8Array(30 * 1024 * 1024) }, // inflates to 30 MiB of zeros
      { name: "bomb.fit.gz", data: gz(new Uint8Array(30 * 1024 * 1024)) },
    ]);
    const entries = await runToEnd(await upload(runner.id, [{ name: "bombs.zip", data: archive }]));
    const byName = Object.fromEntries(entries.map((e) => [e.fileName, e]));
    expect(byName["ok.gpx"]!.status).toBe("imported");
    expect(byName["inner.zip"]!.message).toMatch(/more than two levels of zips/);
    expect(byName["bomb.gpx"]!.message).toMatch(/zip bomb/);
    expect(byName["bomb.fit.gz"]!.message).toMatch(/zip bomb/);
  });

  it("pages the results per entry", async () => {
    const runner = await newRunner();
    const files = Array.from({ length: 5 }, (_, i) => ({ name: `x${i}.txt`, data: "not a run" }));
    const id = await upload(runner.id, [{ name: "junk.zip", data: await buildZip(files) }]);
    await runToEnd(id);
    const first = await listImportEntries(runner.id, id, { limit: 2 });
    expect(first!.entries.map((e) => e.fileName)).toEqual(["x0.txt", "x1.txt"]);
    const second = await listImportEntries(runner.id, id, { limit: 2, after: first!.next! });
    expect(second!.entries.map((e) => e.fileName)).toEqual(["x2.txt", "x3.txt"]);
    const other = await newRunner();
    expect(await listImportEntries(other.id, id)).toBeNull();
    expect(await getImportJob(other.id, id)).toBeNull();
  });
});


// The one skip allowed: the shared field-case archive is read where ../shared exists (CI has it).
const SHARED_SAMPLE = [path.resolve(__dirname, "../../../shared"), path.resolve(__dirname, "../../../../shared")]
  .map((dir) => path.join(dir, "fixtures/field-cases/strava-export-sample.zip"))
  .find((file) => existsSync(file));

describe.runIf(SHARED_SAMPLE !== undefined)("the shared strava-export-sample.zip (field-cases README row)", () => {
  it("gives 4 runs and 1 ride as the README says, and a second upload adds nothing", async () => {
    const runner = await newRunner();
    const data = new Uint8Array(await readFile(SHARED_SAMPLE!));
    await runToEnd(await upload(runner.id, [{ name: "export.zip", data }]));
    const runs = await db().run.findMany({ where: { userId: runner.id }, orderBy: { startedAt: "asc" } });
    // Distances to the nearest 1 % (1002 is a GPX track: its distance is measured along the points).
    expect(runs.map((r) => [r.startedAt.toISOString().slice(0, 10), Math.round(r.distanceM / 100) * 100, r.rpe])).toEqual([
      ["2026-03-04", 6000, 6],
      ["2026-03-05", 6000, null],
      ["2026-03-06", 5000, 3],
      ["2026-03-08", 8500, 8],
    ]);
    expect(runs[3]!.distanceM).toBe(8500); // the CSV's one Distance column, read as km (and said so)
    expect(runs[0]).toMatchObject({ durationSec: 1800, notes: "Treadmill tempo\nFelt good, legs fresh" });
    expect(runs[2]).toMatchObject({ durationSec: 1500 });
    expect(runs[3]).toMatchObject({ durationSec: 2700, source: "manual" });
    expect(runs[3]!.startedAt.toISOString()).toBe("2026-03-08T18:30:00.000Z");
    expect(await db().crossTraining.count({ where: { userId: runner.id } })).toBe(1);
    const again = await upload(runner.id, [{ name: "export.zip", data }]);
    await runToEnd(again);
    expect(await db().run.count({ where: { userId: runner.id } })).toBe(4);
    expect(await db().crossTraining.count({ where: { userId: runner.id } })).toBe(1);
    const manual = (await allEntries(again)).find((e) => e.fileName.includes("activities.csv"))!;
    expect(manual.status).toBe("already_there");
  });
});
