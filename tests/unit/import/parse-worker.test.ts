import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it, vi } from "vitest";
import { ImportError, parseActivities } from "@/lib/import";
import {
  MAX_QUEUED,
  POOL_SIZE,
  ParserBusyError,
  closeParserPool,
  parseActivitiesInWorker,
  setParserThreadFactoryForTests,
} from "@/lib/import-worker";
import { buildTriathlon } from "./fit-activity-builder";
import { utf8 } from "./helpers";

afterAll(async () => {
  await closeParserPool();
});

describe("parseActivitiesInWorker", () => {
  it("gives the same activities as parseActivities, Dates included", async () => {
    const bytes = buildTriathlon(new Date("2026-03-02T07:00:00Z"), 10);
    const inThread = await parseActivities(bytes, "tri.fit");
    const inWorker = await parseActivitiesInWorker(bytes, "tri.fit");
    expect(inWorker).toEqual(inThread);
    expect(inWorker[0]?.startedAt).toBeInstanceOf(Date);
  }, 60_000); // the first thread compiles the parser from source (tsx) before it answers

  it("rejects with the same ImportError code and message", async () => {
    const error = await parseActivitiesInWorker(utf8("not an activity"), "notes.txt").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("unsupported");
    expect((error as ImportError).message).toMatch(/not a FIT, GPX or TCX/);
  });

  it("holds at most MAX_QUEUED files waiting; more are refused as busy, the rest still finish", async () => {
    const bytes = utf8('<?xml version="1.0"?><gpx version="1.1"><trk><trkseg><trkpt lat="1" lon="1"/></trkseg></trk></gpx>');
    const results = await Promise.allSettled(
      Array.from({ length: POOL_SIZE + MAX_QUEUED + 3 }, () => parseActivitiesInWorker(bytes, "a.gpx")),
    );
    const busy = results.filter((r) => r.status === "rejected" && r.reason instanceof ParserBusyError);
    const done = results.filter((r) => r.status === "fulfilled");
    expect(busy.length).toBeGreaterThanOrEqual(3);
    expect(done.length + busy.length).toBe(results.length);
    expect(done.length).toBeGreaterThanOrEqual(MAX_QUEUED);
  });

  it("reads on the calling thread, with one warning in the log, when the parser thread cannot load", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      await setParserThreadFactoryForTests(() => new Worker("throw new Error('cannot load the parser')", { eval: true }));
      const bytes = buildTriathlon(new Date("2026-03-02T07:00:00Z"), 30);
      const [first, second] = await Promise.all([parseActivitiesInWorker(bytes, "a.fit"), parseActivitiesInWorker(bytes, "b.fit")]);
      expect(first).toEqual(await parseActivities(bytes, "a.fit"));
      expect(second).toHaveLength(5);
      expect(warn).toHaveBeenCalledTimes(1);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/request thread/);
    } finally {
      await setParserThreadFactoryForTests(null);
      warn.mockRestore();
    }
  });
});
