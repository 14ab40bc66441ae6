import { describe, expect, it } from "vitest";
import * as importRoute from "@/app/api/v1/runs/import/route";
import * as runRoute from "@/app/api/v1/runs/[id]/route";
import { db } from "@/lib/db";
import { call, newRunner } from "../../support/api";
import { fitRun, gpxRun, tcxRun } from "../runs-files";

function form(files: [string, BlobPart][], fields: Record<string, string> = {}) {
  const data = new FormData();
  for (const [name, content] of files) data.append("files", new File([content], name));
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}

const upload = (token: string, body: FormData) => call(importRoute.POST, { token, method: "POST", path: "/api/v1/runs/import", rawBody: body });
const count = (userId: string) => db().run.count({ where: { userId } });

describe("POST /api/v1/runs/import", () => {
  it("imports FIT, GPX and TCX files in one request, each with its source and values", async () => {
    const { runner, token } = await newRunner({ timeZone: "Europe/Amsterdam" });
    const res = await upload(
      token,
      form([
        ["watch.fit", fitRun({ start: "2025-03-04T05:45:00Z", records: 601, speedMps: 3 }) as BlobPart],
        ["morning.gpx", gpxRun()],
        ["lunch.tcx", tcxRun({ seconds: 1800, metres: 5000 })],
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.json.results).toEqual([
      expect.objectContaining({ fileName: "watch.fit", status: "imported", kind: "run", runId: expect.any(String), rpe: null, needsRpe: true }),
      expect.objectContaining({ fileName: "morning.gpx", status: "imported", kind: "run", runId: expect.any(String) }),
      expect.objectContaining({ fileName: "lunch.tcx", status: "imported", kind: "run", runId: expect.any(String), durationSec: 1800, distanceM: 5000 }),
    ]);
    const fit = await call(runRoute.GET, { token, params: { id: res.json.results[0].runId } });
    expect(fit.json).toMatchObject({ source: "fit", fileName: "watch.fit", distanceM: 1800, durationSec: 600, date: "2025-03-04", avgHeartRate: 150 });
    const gpx = await call(runRoute.GET, { token, params: { id: res.json.results[1].runId } });
    expect(gpx.json).toMatchObject({ source: "gpx", durationSec: 240, startedAt: "2025-03-02T07:00:00.000Z", avgHeartRate: 142 });
    const tcx = await call(runRoute.GET, { token, params: { id: res.json.results[2].runId } });
    expect(tcx.json).toMatchObject({ source: "tcx", distanceM: 5000, durationSec: 1800, avgHeartRate: 150, maxHeartRate: 170 });
    expect(await count(runner.id)).toBe(3);
    const stored = await db().run.findMany({ where: { userId: runner.id }, select: { fileHash: true } });
    for (const r of stored) expect(r.fileHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("recognises the same file sent again, also under another name, and stores it once", async () => {
    const { runner, token } = await newRunner();
    const first = await upload(token, form([["a.gpx", gpxRun()]]));
    const again = await upload(token, form([["renamed.gpx", gpxRun()]]));
    expect(again.json.results).toEqual([
      { fileName: "renamed.gpx", status: "already-imported", runId: first.json.results[0].runId, message: expect.any(String) },
    ]);
    expect(await count(runner.id)).toBe(1);
  });

  it("stores one run when the same file is uploaded 5 times at once; beyond 2 imports in flight the runner gets 429", async () => {
    const { runner, token } = await newRunner();
    const bytes = tcxRun({ start: "2025-04-01T06:00:00Z" });
    const answers = await Promise.all(Array.from({ length: 5 }, () => upload(token, form([["same.tcx", bytes]]))));
    const busy = answers.filter((a) => a.status === 429);
    expect(busy.length).toBeGreaterThanOrEqual(1);
    for (const a of busy) {
      expect(a.json.error.code).toBe("too_many_requests");
      expect(a.headers.get("retry-after")).toBe("5");
    }
    const statuses = answers.filter((a) => a.status === 200).map((a) => a.json.results[0].status).sort();
    expect(statuses.filter((s) => s === "imported")).toHaveLength(1);
    expect(statuses.filter((s) => s !== "imported" && s !== "already-imported")).toEqual([]);
    expect(await count(runner.id)).toBe(1);
    // Once those finish, the runner can import again.
    const later = await upload(token, form([["same.tcx", bytes]]));
    expect(later.json.results[0].status).toBe("already-imported");
  });

  it("lets another runner import the same file", async () => {
    const a = await newRunner();
    const b = await newRunner();
    await upload(a.token, form([["x.gpx", gpxRun()]]));
    const res = await upload(b.token, form([["x.gpx", gpxRun()]]));
    expect(res.json.results[0].status).toBe("imported");
  });

  it("rejects hostile and broken files one by one with a code, never a 500, and imports the good one beside them", async () => {
    const { runner, token } = await newRunner();
    const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><gpx>&lol2;</gpx>`;
    const xxe = `<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><gpx version="1.1"><trk><name>&xxe;</name></trk></gpx>`;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    const res = await upload(
      token,
      form([
        ["laughs.gpx", laughs],
        ["xxe.gpx", xxe],
        ["photo.gpx", png],
        ["random.fit", garbage],
        ["empty.tcx", ""],
        ["good.gpx", gpxRun()],
      ]),
    );
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.json.results.map((r: { fileName: string }) => [r.fileName, r]));
    for (const name of ["laughs.gpx", "xxe.gpx", "photo.gpx", "random.fit", "empty.tcx"]) {
      expect(byName[name]).toMatchObject({ status: "rejected", code: expect.stringMatching(/^(unsupported|corrupt|empty|no-activity)$/), message: expect.any(String) });
    }
    expect(byName["empty.tcx"].code).toBe("empty");
    expect(byName["photo.gpx"].message).toMatch(/PNG/);
    expect(JSON.stringify(res.json)).not.toContain("root:");
    expect(byName["good.gpx"].status).toBe("imported");
    expect(await count(runner.id)).toBe(1);
  });

  it("keeps a ride as cross-training, not a run, and says so; the same file again adds nothing", async () => {
    const { runner, token } = await newRunner();
    const files = () => form([["ride.fit", fitRun({ sport: "cycling" }) as BlobPart], ["ride.tcx", tcxRun({ sport: "Biking" })]]);
    const res = await upload(token, files());
    expect(res.json.results).toEqual([
      expect.objectContaining({ fileName: "ride.fit", status: "imported", kind: "cross-training", sport: "cycling", crossTrainingId: expect.any(String), message: expect.stringMatching(/cross-training/) }),
      expect.objectContaining({ fileName: "ride.tcx", status: "imported", kind: "cross-training", sport: "cycling", crossTrainingId: expect.any(String) }),
    ]);
    expect(await count(runner.id)).toBe(0);
    expect(await db().crossTraining.count({ where: { userId: runner.id } })).toBe(2);
    const again = await upload(token, files());
    expect(again.json.results.map((r: { status: string }) => r.status)).toEqual(["already-imported", "already-imported"]);
    expect(await db().crossTraining.count({ where: { userId: runner.id } })).toBe(2);
  });

  it("asks for the start and duration of a GPX without timestamps, and imports it once they are sent", async () => {
    const { runner, token } = await newRunner({ timeZone: "America/Los_Angeles" });
    const noTimes = gpxRun({ withTime: false });
    const first = await upload(token, form([["route.gpx", noTimes]]));
    expect(first.json.results).toEqual([
      expect.objectContaining({ fileName: "route.gpx", status: "needs-details", missing: ["startedAt", "durationSec"], message: expect.stringContaining("date and start time") }),
    ]);
    expect(await count(runner.id)).toBe(0);

    const bad = await upload(token, form([["route.gpx", noTimes]], { startedAt: "yesterday", durationSec: "1800" }));
    expect(bad.status).toBe(422);
    expect(bad.json.error.fields.startedAt).toBeDefined();

    const done = await upload(token, form([["route.gpx", noTimes]], { startedAt: "2025-06-01T23:30:00-07:00", durationSec: "1800" }));
    expect(done.json.results[0]).toMatchObject({ status: "imported" });
    const run = await call(runRoute.GET, { token, params: { id: done.json.results[0].runId } });
    expect(run.json).toMatchObject({ date: "2025-06-01", durationSec: 1800, source: "gpx" });
    expect(run.json.distanceM).toBeGreaterThan(800);
  });

  it("refuses details with several files, unknown fields and text under files (422)", async () => {
    const { runner, token } = await newRunner();
    expect((await upload(token, form([["a.gpx", gpxRun()], ["b.tcx", tcxRun()]], { durationSec: "60" }))).status).toBe(422);
    expect((await upload(token, form([["a.gpx", gpxRun()]], { userId: runner.id }))).status).toBe(422);
    const textFiles = new FormData();
    textFiles.append("files", "not a file");
    expect((await upload(token, textFiles)).status).toBe(422);
    expect((await upload(token, new FormData())).status).toBe(422);
    expect(await count(runner.id)).toBe(0);
  });

  it("answers 415 for a JSON body and 413 for a request declared over 100 MiB, before reading it", async () => {
    const { token } = await newRunner();
    const json = await call(importRoute.POST, { token, body: { files: [] } });
    expect(json.status).toBe(415);
    const huge = await call(importRoute.POST, {
      token,
      method: "POST",
      rawBody: "x",
      headers: { "content-type": "multipart/form-data; boundary=abc", "content-length": String(200 * 1024 * 1024) },
    });
    expect(huge.status).toBe(413);
  });

  it("cuts off a body without Content-Length once it passes 100 MiB (413)", async () => {
    const { token } = await newRunner();
    const chunk = new Uint8Array(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent++;
        if (sent > 120) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const request = new Request("http://localhost:3000/api/v1/runs/import", {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "multipart/form-data; boundary=abc" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const res = await importRoute.POST(request, { params: Promise.resolve({}) });
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(110);
  });

  it("refuses a file over 25 MiB by its size, and still imports the others", async () => {
    const { runner, token } = await newRunner();
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    const res = await upload(token, form([["huge.fit", big], ["ok.tcx", tcxRun()]]));
    expect(res.json.results).toEqual([
      { fileName: "huge.fit", status: "rejected", code: "too-large", message: expect.stringContaining("25 MiB") },
      expect.objectContaining({ fileName: "ok.tcx", status: "imported", runId: expect.any(String) }),
    ]);
    expect(await count(runner.id)).toBe(1);
  });

  it("refuses a zip, 10,000-deep nesting and a 30 MB file quickly, each with a code, storing nothing", async () => {
    const { runner, token } = await newRunner();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, ...new Array(200).fill(7)]);
    const nested = `<?xml version="1.0"?><gpx version="1.1">${"<trk>".repeat(10_000)}${"</trk>".repeat(10_000)}</gpx>`;
    const thirty = new Uint8Array(30 * 1024 * 1024);
    const started = performance.now();
    const res = await upload(token, form([["activity.zip", zip], ["run.fit", zip], ["deep.gpx", nested], ["thirty.fit", thirty]]));
    const seconds = (performance.now() - started) / 1000;
    expect(res.status).toBe(200);
    const byName = Object.fromEntries(res.json.results.map((r: { fileName: string }) => [r.fileName, r]));
    expect(byName["activity.zip"]).toMatchObject({ status: "rejected", code: "unsupported" });
    expect(byName["run.fit"]).toMatchObject({ status: "rejected", code: expect.stringMatching(/^(unsupported|corrupt)$/) });
    expect(byName["deep.gpx"]).toMatchObject({ status: "rejected", code: "corrupt" });
    expect(byName["thirty.fit"]).toMatchObject({ status: "rejected", code: "too-large" });
    expect(seconds).toBeLessThan(10); // a sanity bound: refused without parsing 30 MB or expanding anything
    expect(await count(runner.id)).toBe(0);
  });
});
