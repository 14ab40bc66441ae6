import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import * as importsRoute from "@/app/api/v1/imports/route";
import * as importRoute from "@/app/api/v1/imports/[id]/route";
import * as runsImportRoute from "@/app/api/v1/runs/import/route";
import { runImportTurn } from "@/lib/jobs/import-worker";
import { buildZip } from "../../support/zip-builder";
import { call, newRunner } from "../../support/api";
import { gpxRun } from "../runs-files";

beforeAll(() => {
  process.env.RECOVERY_PLANNER_DATA_DIR = mkdtempSync(path.join(os.tmpdir(), "imports-api-"));
});

async function archive() {
  return buildZip([
    { name: "a.gpx", data: gpxRun({ start: "2025-10-01T07:00:00Z" }) },
    { name: "b.gpx", data: gpxRun({ start: "2025-10-02T07:00:00Z" }) },
    { name: "photo.jpg", data: new Uint8Array(100), store: true },
  ]);
}

function multipart(files: { name: string; data: Uint8Array }[], field = "files") {
  const form = new FormData();
  for (const f of files) form.append(field, new Blob([new Uint8Array(f.data)]), f.name);
  return form;
}

describe("POST /api/v1/imports", () => {
  it("takes a multipart upload, answers 202 at once, and the job can be watched to the end", async () => {
    const r = await newRunner();
    const res = await call(importsRoute.POST, { token: r.token, path: "/api/v1/imports", rawBody: multipart([{ name: "export.zip", data: await archive() }]) });
    expect(res.status).toBe(202);
    expect(res.json).toMatchObject({ status: "queued" });
    const id = res.json.id as string;
    while ((await runImportTurn(id)) !== "finished");
    const job = await call(importRoute.GET, { token: r.token, path: `/api/v1/imports/${id}?limit=2`, params: { id } });
    expect(job.status).toBe(200);
    expect(job.json).toMatchObject({ status: "done", counts: { imported: 2, skipped: 1, total: 3, done: 3 } });
    expect(job.json.entries).toHaveLength(2);
    expect(job.json.next).not.toBeNull();
    const rest = await call(importRoute.GET, { token: r.token, path: `/api/v1/imports/${id}?after=${job.json.next}`, params: { id } });
    expect(rest.json.entries).toEqual([expect.objectContaining({ fileName: "photo.jpg", status: "skipped", message: "a photo or video (not read)" })]);
    const list = await call(importsRoute.GET, { token: r.token, path: "/api/v1/imports" });
    expect(list.json.imports.map((j: { id: string }) => j.id)).toEqual([id]);
  });

  it("takes a raw application/zip body", async () => {
    const r = await newRunner();
    const res = await call(importsRoute.POST, {
      token: r.token,
      path: "/api/v1/imports",
      rawBody: new Uint8Array(await archive()),
      headers: { "content-type": "application/zip" },
    });
    expect(res.status).toBe(202);
    while ((await runImportTurn(res.json.id)) !== "finished");
    const job = await call(importRoute.GET, { token: r.token, path: `/api/v1/imports/${res.json.id}`, params: { id: res.json.id } });
    expect(job.json.counts.imported).toBe(2);
  });

  it("refuses bad uploads with a clear 4xx and stores nothing", async () => {
    const r = await newRunner();
    const text = await call(importsRoute.POST, { token: r.token, path: "/api/v1/imports", rawBody: "hello", headers: { "content-type": "text/plain" } });
    expect(text.status).toBe(415);
    const wrongField = await call(importsRoute.POST, { token: r.token, path: "/api/v1/imports", rawBody: multipart([{ name: "a.zip", data: await archive() }], "archive") });
    expect(wrongField.status).toBe(422);
    const none = await call(importsRoute.POST, { token: r.token, path: "/api/v1/imports", rawBody: new FormData() });
    expect([400, 422]).toContain(none.status);
    const huge = await call(importsRoute.POST, {
      token: r.token,
      path: "/api/v1/imports",
      rawBody: "x",
      headers: { "content-type": "application/zip", "content-length": String(5 * 1024 ** 3) },
    });
    expect(huge.status).toBe(413);
    const anonymous = await call(importsRoute.POST, { path: "/api/v1/imports", rawBody: new Uint8Array(await archive()), headers: { "content-type": "application/zip" } });
    expect(anonymous.status).toBe(401);
    const list = await call(importsRoute.GET, { token: r.token, path: "/api/v1/imports" });
    expect(list.json.imports).toEqual([]);
    const badQuery = await call(importRoute.GET, { token: r.token, path: "/api/v1/imports/x?limit=0", params: { id: "x" } });
    expect(badQuery.status).toBe(400);
  });

  it("answers 404 for another runner's import and for no id, and DELETE cancels only one's own", async () => {
    const a = await newRunner();
    const b = await newRunner();
    const res = await call(importsRoute.POST, { token: a.token, path: "/api/v1/imports", rawBody: new Uint8Array(await archive()), headers: { "content-type": "application/zip" } });
    const id = res.json.id as string;
    expect((await call(importRoute.GET, { token: b.token, path: `/api/v1/imports/${id}`, params: { id } })).status).toBe(404);
    expect((await call(importRoute.DELETE, { token: b.token, method: "DELETE", path: `/api/v1/imports/${id}`, params: { id } })).status).toBe(404);
    expect((await call(importRoute.GET, { token: a.token, path: "/api/v1/imports/not-an-id", params: { id: "not-an-id" } })).status).toBe(404);
    const cancelled = await call(importRoute.DELETE, { token: a.token, method: "DELETE", path: `/api/v1/imports/${id}`, params: { id } });
    expect(cancelled.json).toEqual({ id, status: "cancelled" });
    expect(await runImportTurn(id)).toBe("finished");
  });

  it("leaves POST /api/v1/runs/import working for single files", async () => {
    const r = await newRunner();
    const form = multipart([{ name: "one.gpx", data: new TextEncoder().encode(gpxRun({ start: "2025-10-05T07:00:00Z" })) }]);
    const res = await call(runsImportRoute.POST, { token: r.token, path: "/api/v1/runs/import", rawBody: form });
    expect(res.status).toBe(200);
    expect(res.json.results[0].status).toBe("imported");
  });
});
