/**
 * Archive import benchmark. A generated archive of N one-hour activities (FIT, GPX and TCX in
 * turn, every other one gzipped as Strava stores them) plus photo-like filler (stored, random
 * bytes, 8 MiB each), imported by the real worker code (lib/jobs/import-worker.ts: list, read
 * each entry from the zip, inflate, parse, store in Postgres) in a child process, against
 * parsing the same files with lib/import alone in one process. Budgets (ARCHITECTURE.md):
 * import ≤ 2.0 × parse alone; the worker process's peak memory (RSS) grows ≤ 256 MB while a
 * 2 GiB archive imports.
 *
 *   DATABASE_URL=postgresql://… node --conditions=react-server --import tsx bench/archive-import.ts [--activities 1000] [--filler-mb 256]
 *   (--filler-mb 500 is the archive; --filler-mb 2048 the memory budget's 2 GiB one)
 *
 * Without DATABASE_URL it starts the embedded PGlite. Prints figures; always exits 0.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createWriteStream, mkdtempSync, rmSync, statSync } from "node:fs";
import { mkdir, copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import yazl from "yazl";
import { buildFitRun, toFitTime } from "../tests/unit/import/fit-builder";

const self = fileURLToPath(import.meta.url);
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

function gpx(start: number, points: number): string {
  const pts: string[] = [];
  for (let i = 0; i < points; i++) {
    pts.push(`<trkpt lat="${(52.37 + i * 0.000025).toFixed(6)}" lon="4.89"><ele>${(10 + (i % 50) / 10).toFixed(1)}</ele><time>${new Date(start + i * 1000).toISOString()}</time><extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>${140 + (i % 20)}</gpxtpx:hr></gpxtpx:TrackPointExtension></extensions></trkpt>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"><trk><type>running</type><trkseg>${pts.join("\n")}</trkseg></trk></gpx>`;
}

function tcx(start: number, points: number): string {
  const pts: string[] = [];
  for (let i = 0; i < points; i++) {
    pts.push(`<Trackpoint><Time>${new Date(start + i * 1000).toISOString()}</Time><Position><LatitudeDegrees>${(52.37 + i * 0.000025).toFixed(6)}</LatitudeDegrees><LongitudeDegrees>4.89</LongitudeDegrees></Position><DistanceMeters>${(i * 2.78).toFixed(1)}</DistanceMeters><HeartRateBpm><Value>${140 + (i % 20)}</Value></HeartRateBpm></Trackpoint>`);
  }
  const iso = new Date(start).toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?>\n<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"><Activities><Activity Sport="Running"><Id>${iso}</Id><Lap StartTime="${iso}"><TotalTimeSeconds>${points}</TotalTimeSeconds><DistanceMeters>${(points * 2.78).toFixed(1)}</DistanceMeters><Track>${pts.join("\n")}</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;
}

/** The i-th activity: one a day from 2020-01-01 06:00 UTC, one hour long. */
function activity(i: number): { name: string; bytes: Buffer } {
  const start = Date.UTC(2020, 0, 1, 6) + i * 86_400_000;
  const kind = i % 3;
  const raw =
    kind === 0
      ? Buffer.from(buildFitRun({ startFitTime: toFitTime(new Date(start)), records: 3600, speedMps: 2.8, gps: true, heartRate: (k) => 140 + (k % 20), recordDistance: true }))
      : Buffer.from(kind === 1 ? gpx(start, 3600) : tcx(start, 3600));
  const ext = ["fit", "gpx", "tcx"][kind]!;
  return i % 2 === 0 ? { name: `activities/${i}.${ext}.gz`, bytes: gzipSync(raw) } : { name: `activities/${i}.${ext}`, bytes: raw };
}

async function buildArchive(file: string, activities: number, fillerMb: number): Promise<Buffer[]> {
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(file));
  const files: Buffer[] = [];
  const csv = ["Activity ID,Activity Date,Activity Name,Activity Type,Filename,Moving Time,Distance,Perceived Exertion"];
  for (let i = 0; i < activities; i++) {
    const a = activity(i);
    files.push(a.bytes);
    zip.addBuffer(a.bytes, a.name, { compress: !a.name.endsWith(".gz") });
    csv.push(`${i},2020-01-01 06:00:00,Run ${i},Run,${a.name},3600,10.0,${(i % 10) + 1}`);
  }
  zip.addBuffer(Buffer.from(csv.join("\n")), "activities.csv");
  // Photo-like filler: incompressible bytes, stored (as zips hold JPEGs), 8 MiB per "photo".
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = (i * 2654435761) >>> 24;
  const photos = Math.ceil(fillerMb / 8);
  for (let p = 0; p < photos; p++) {
    const chunks = Math.min(8, fillerMb - p * 8);
    zip.addReadStream(Readable.from((function* () {
      for (let c = 0; c < chunks; c++) yield block;
    })()), `media/photo-${p}.jpg`, { compress: false, size: chunks * block.length });
  }
  zip.end();
  await done;
  return files;
}

/** Child: imports one job with the real worker code, sampling its own RSS. */
async function child(jobId: string) {
  const { runImportTurn } = await import("../lib/jobs/import-worker");
  const { getImportJob } = await import("../lib/data/imports");
  const userId = process.env.BENCH_USER_ID!;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  await getImportJob(userId, jobId); // database connected and modules loaded: the baseline
  const base = process.memoryUsage().rss;
  const t0 = performance.now();
  while ((await runImportTurn(jobId, { sliceMs: 600_000 })) !== "finished");
  const ms = performance.now() - t0;
  clearInterval(sampler);
  const job = await getImportJob(userId, jobId);
  process.stdout.write(JSON.stringify({ ms, base, peak, counts: job?.counts }) + "\n");
  process.exit(0);
}

async function main() {
  const activities = arg("activities", 1000);
  const fillerMb = arg("filler-mb", 256);
  const dir = mkdtempSync(path.join(tmpdir(), "archive-bench-"));
  process.env.RECOVERY_PLANNER_DATA_DIR = dir;
  const archive = path.join(dir, "export.zip");
  console.log(`Building an archive of ${activities} one-hour activities and ${fillerMb} MB of photo-like filler…`);
  const files = await buildArchive(archive, activities, fillerMb);
  console.log(`archive: ${(statSync(archive).size / 1024 / 1024).toFixed(0)} MB`);

  // Baseline: the same files, already in memory, inflated and parsed in this one process.
  const { parseActivities } = await import("../lib/import/index");
  const t0 = performance.now();
  let parsed = 0;
  for (const [i, bytes] of files.entries()) {
    const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    parsed += (await parseActivities(new Uint8Array(raw), `a${i}.${["fit", "gpx", "tcx"][i % 3]}`)).length;
  }
  const parseMs = performance.now() - t0;

  const env: NodeJS.ProcessEnv = { ...process.env, RECOVERY_PLANNER_DATA_DIR: dir };
  let embedded: { url: string; stop(): Promise<void> } | undefined;
  if (!env.DATABASE_URL) {
    const { startEmbeddedDatabase } = await import("../lib/db/embedded");
    embedded = await startEmbeddedDatabase(path.join(dir, "pglite"));
    env.DATABASE_URL = embedded.url;
    env.DATABASE_POOL_MAX = "1";
  }
  process.env.DATABASE_URL = env.DATABASE_URL;
  const { migrate } = await import("../lib/db/migrations");
  await migrate(env.DATABASE_URL!);
  const { createRunner } = await import("../lib/data/users");
  const { createImportJob } = await import("../lib/data/imports");
  const { importDir } = await import("../lib/jobs/paths");
  const runner = await createRunner({ email: `bench-${randomUUID()}@example.com`, password: "bench passphrase 1" });
  const jobId = randomUUID();
  await mkdir(importDir(jobId), { recursive: true });
  const upload = path.join(importDir(jobId), "upload-0");
  await copyFile(archive, upload);
  await createImportJob(runner.id, jobId, [{ path: upload, fileName: "export.zip", isZip: true }]);

  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", self, "child", jobId], {
    env: { ...env, BENCH_USER_ID: runner.id },
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = result.stdout.trim().split("\n").at(-1) ?? "";
  let child: { ms: number; base: number; peak: number; counts: Record<string, number> };
  try {
    child = JSON.parse(line);
  } catch {
    console.log("the import child failed:", result.stderr.slice(-2000));
    process.exit(0);
  }
  const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
  const ratio = child.ms / parseMs;
  console.log(`parse alone (one process):   ${(parseMs / 1000).toFixed(1)} s for ${parsed} activities`);
  console.log(`import (worker, Postgres):   ${(child.ms / 1000).toFixed(1)} s — ${(activities / (child.ms / 1000)).toFixed(1)} activities/s`);
  console.log(`ratio import / parse alone:  ${ratio.toFixed(2)} × (budget ≤ 2.0) ${ratio <= 2 ? "ok" : "OVER"}`);
  console.log(`worker RSS: ${mb(child.base)} MB before, ${mb(child.peak)} MB peak → growth ${mb(child.peak - child.base)} MB (budget ≤ 256 MB for a 2 GiB archive)`);
  console.log(`counts: ${JSON.stringify(child.counts)}`);
  await embedded?.stop();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

if (process.argv[2] === "child") void child(process.argv[3]!);
else void main();
