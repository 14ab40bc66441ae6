import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ImportError, MAX_ACTIVITY_FILE_BYTES, parseActivityFile } from "@/lib/import";
import { buildHourRun } from "./fit-builder";
import { expectImportError, expectWellFormed, fixture, utf8 } from "./helpers";

/** A small seeded PRNG (mulberry32) so "random" bytes are the same on every run. */
function seededBytes(seed: number, length: number): Uint8Array {
  let s = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];

describe("format detection and rejection", () => {
  it("rejects an empty file, and one with only whitespace, as empty", async () => {
    await expectImportError(new Uint8Array(0), "run.fit", "empty");
    await expectImportError(utf8("  \n\t "), "run.gpx", "empty");
  });

  it("rejects anything over 25 MiB as too-large before parsing", async () => {
    expect(MAX_ACTIVITY_FILE_BYTES).toBe(25 * 1024 * 1024);
    const big = new Uint8Array(26 * 1024 * 1024);
    big.set(buildHourRun(true)); // a valid FIT inside: still refused on size alone
    const t0 = performance.now();
    await expectImportError(big, "huge.fit", "too-large");
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("rejects a PNG named .gpx as unsupported and says what it is", async () => {
    const png = new Uint8Array([...PNG_HEADER, ...seededBytes(7, 200)]);
    const error = await expectImportError(png, "track.gpx", "unsupported");
    expect(error.message).toMatch(/PNG image/);
  });

  it("rejects seeded random bytes named .fit as corrupt, quickly", async () => {
    for (const seed of [1, 2, 3, 42, 1234]) {
      const t0 = performance.now();
      const error = await expectImportError(seededBytes(seed, 64 * 1024), "watch.fit", "corrupt");
      expect(error.message).toMatch(/FIT/);
      expect(performance.now() - t0).toBeLessThan(2000);
    }
  });

  it("rejects random bytes with another name as unsupported", async () => {
    await expectImportError(seededBytes(9, 1000), "notes.bin", "unsupported");
  });

  it("rejects a zip archive with a hint to unzip it", async () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...seededBytes(3, 100)]);
    const error = await expectImportError(zip, "activities.fit", "unsupported");
    expect(error.message).toMatch(/unzip/);
  });

  it("rejects XML that is neither GPX nor TCX as unsupported", async () => {
    const error = await expectImportError(utf8('<?xml version="1.0"?><kml><Document/></kml>'), "route.gpx", "unsupported");
    expect(error.message).toMatch(/<kml>/);
  });

  it("detects GPX and TCX from the content whatever the name", async () => {
    expect((await parseActivityFile(fixture("gpx10.gpx"), "download")).format).toBe("gpx");
    expect((await parseActivityFile(fixture("two-laps.tcx"), "activity.gpx")).format).toBe("tcx");
  });

  it("rejects a FIT header followed by garbage as corrupt", async () => {
    const bytes = buildHourRun(true).slice(0, 200);
    bytes.set(seededBytes(5, 186), 14);
    await expectImportError(bytes, "garbage.fit", "corrupt");
  });

  it("only ever rejects with ImportError or resolves to a well-formed activity (fast-check)", async () => {
    const fit = buildHourRun(true).subarray(0, 400);
    const gpx = fixture("gpx11-two-segments.gpx");
    const tcx = fixture("two-laps.tcx");
    const check = async (bytes: Uint8Array, name: string) => {
      try {
        expectWellFormed(await parseActivityFile(bytes, name));
      } catch (error) {
        if (!(error instanceof ImportError)) throw error;
      }
    };
    // Arbitrary bytes, and valid files with arbitrary bytes overwritten or cut.
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), fc.constantFrom("a.fit", "a.gpx", "a.tcx", "a"), check),
      { numRuns: 300, seed: 20240501 },
    );
    const mutated = (base: Uint8Array) =>
      fc
        .record({
          cut: fc.integer({ min: 0, max: base.length }),
          edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        })
        .map(({ cut, edits }) => {
          const copy = base.slice(0, Math.max(cut, 1));
          for (const [at, value] of edits) copy[at % copy.length] = value;
          return copy;
        });
    for (const [base, name] of [[fit, "m.fit"], [gpx, "m.gpx"], [tcx, "m.tcx"]] as const) {
      await fc.assert(fc.asyncProperty(mutated(base), (bytes) => check(bytes, name)), { numRuns: 200, seed: 7 });
    }
  });
});
