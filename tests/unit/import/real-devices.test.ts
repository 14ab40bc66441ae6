/**
 * Real-device files from ../shared/fixtures/activities (never copied into the project),
 * checked against the expected values in its SOURCES.md files.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseActivityFile, type ParsedActivity } from "@/lib/import";
import { expectImportError, expectWellFormed, sharedFixtures } from "./helpers";

const DIR = sharedFixtures("activities");
const MORE = path.join(DIR, "more");

function read(dir: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(dir, name)));
}

type Expected = Partial<Omit<ParsedActivity, "startedAt" | "warnings">> & {
  startedAt: string | null;
  warnings: number;
  /** Extra checks where SOURCES.md gives a range or an approximate figure. */
  check?: (a: ParsedActivity) => void;
};

const EXPECTED: Record<string, Expected> = {
  "garmin-fenix-5-run.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2017-06-11T14:34:09.000Z",
    durationSec: 56.887,
    elapsedSec: 56.887,
    distanceM: 157.56,
    avgHeartRate: 90,
    maxHeartRate: 112,
    pointCount: 21,
    hasGps: true,
    warnings: 0,
  },
  "developer-types-sample.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2017-01-17T17:06:47.000Z",
    durationSec: 3424,
    elapsedSec: 3424,
    distanceM: 6753.99,
    pointCount: 3424,
    hasGps: true,
    warnings: 0,
    // The session has no heart rate, so it comes from the records.
    check: (a) => {
      expect(a.avgHeartRate).toBe(131);
      expect(a.maxHeartRate).toBe(146);
    },
  },
  "activity-unexpected-eof.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2012-04-09T21:22:26.000Z",
    durationSec: 13.749,
    elapsedSec: 13.749,
    distanceM: 5.73,
    pointCount: 14,
    hasGps: true,
    warnings: 1,
    check: (a) => expect(a.warnings[0]).toMatch(/damaged \(it ends early\)/),
  },
  "run.gpx": {
    format: "gpx",
    sport: null,
    startedAt: "2012-10-24T23:29:40.000Z", // not the metadata 23:22:51
    durationSec: 948,
    elapsedSec: 948,
    avgHeartRate: 190,
    maxHeartRate: 203,
    pointCount: 206,
    hasGps: true,
    warnings: 0,
    check: (a) => expect(Math.abs((a.distanceM ?? 0) - 3098)).toBeLessThan(1),
  },
  "FullDemo.gpx": {
    format: "gpx",
    sport: "cycling", // <type>MTB</type>
    subSport: "mountain",
    isRun: false,
    startedAt: null,
    durationSec: null,
    elapsedSec: null,
    avgHeartRate: null,
    pointCount: 205,
    hasGps: true,
    warnings: 1,
    check: (a) => expect(Math.abs((a.distanceM ?? 0) - 6956)).toBeLessThan(1),
  },
  "sample.tcx": {
    format: "tcx",
    sport: "running",
    startedAt: "2007-08-07T02:42:41.000Z",
    durationSec: 2325.02,
    elapsedSec: 2325.02, // the thinned track spans 1431 s; elapsed is never below the laps' timer
    distanceM: 8348.504, // the lap's 8348.5039063, not the last point's 3441.17
    avgHeartRate: null,
    maxHeartRate: null,
    pointCount: 19,
    hasGps: true,
    warnings: 0,
  },
  "activity-small-fenix2-run.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2015-08-15T14:45:08.000Z",
    durationSec: 2832,
    elapsedSec: 2832,
    distanceM: 9008.22,
    elevationGainM: 64,
    pointCount: 2809,
    hasGps: true,
    warnings: 0,
  },
  "strava-android-app-201.10-b1218918.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2021-09-27T14:13:10.000Z",
    durationSec: 3558,
    elapsedSec: 3558,
    distanceM: 11274.04,
    avgHeartRate: null,
    pointCount: 472, // the garbage 2085 record before the invalid message is dropped
    hasGps: true,
    warnings: 1,
    check: (a) => expect(a.warnings[0]).toMatch(/damaged/),
  },
  "running-with-developer-data.fit": {
    format: "fit",
    sport: "running",
    startedAt: "2018-06-14T14:55:22.000Z",
    durationSec: 1680.559,
    elapsedSec: 1680.559,
    distanceM: 5383.19,
    avgHeartRate: 158,
    maxHeartRate: 177,
    pointCount: 1681,
    hasGps: true,
    warnings: 0,
  },
  "compressed-speed-distance.fit": {
    format: "fit",
    sport: "running",
    startedAt: null, // device-relative timestamps
    durationSec: 3772.75,
    elapsedSec: 3883.273,
    distanceM: 10248.67,
    avgHeartRate: 170,
    pointCount: 0, // compressed-timestamp records cannot be read: summary only
    hasGps: false,
    warnings: 2,
    check: (a) => {
      expect(a.warnings[0]).toMatch(/compressed timestamps/);
      expect(a.warnings[1]).toMatch(/clock was not set/);
    },
  },
  "run_gpxtpx.gpx": {
    format: "gpx",
    sport: null,
    startedAt: "2015-01-19T21:24:20.000Z",
    durationSec: 41,
    elapsedSec: 41,
    avgHeartRate: 136, // mean 135.7
    maxHeartRate: 152,
    pointCount: 42,
    hasGps: true,
    warnings: 0,
    check: (a) => expect(Math.abs((a.distanceM ?? 0) - 125)).toBeLessThan(1),
  },
  "Friday-Evening-Run.gpx": {
    format: "gpx",
    sport: "running",
    startedAt: "2025-05-02T15:51:15.692Z",
    durationSec: 35.503, // 10.503 + 7 + 18 s inside the 3 segments; the 42 min between them are pauses
    elapsedSec: 2569.308,
    avgHeartRate: 150, // HR on 13 of 17 points (121–171), from the first of two extensions elements
    maxHeartRate: 171,
    pointCount: 17,
    hasGps: true,
    warnings: 1,
    // The thinned polyline is about 88 m; the gaps between the 3 segments are not bridged.
    check: (a) => expect(Math.abs((a.distanceM ?? 0) - 88)).toBeLessThan(1),
  },
  "running_activity_1.tcx": {
    format: "tcx",
    sport: "running",
    startedAt: "2014-12-26T10:00:39.000Z",
    durationSec: 3270,
    elapsedSec: 3270,
    distanceM: 14332.28,
    avgHeartRate: 177, // mean 176.7
    maxHeartRate: 181,
    pointCount: 1254,
    hasGps: true,
    warnings: 0,
  },
};

// The one skip allowed: these files are read where ../shared/fixtures exists (CI has it).
const HAVE_FIXTURES = existsSync(DIR);

describe.runIf(HAVE_FIXTURES)("real-device files in ../shared/fixtures/activities", () => {
  // describe bodies run even when skipped, so list the folder only when it is there.
  const files = [
    ...(HAVE_FIXTURES ? readdirSync(DIR).map((f) => [DIR, f] as const) : []),
    ...(existsSync(MORE) ? readdirSync(MORE).map((f) => [MORE, f] as const) : []),
  ].filter(([, f]) => /\.(fit|gpx|tcx)$/i.test(f));

  it("has an expectation for every activity file there", () => {
    expect(files.map(([, f]) => f).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [dir, name] of files) {
    it(`${name}`, async () => {
      const expected = EXPECTED[name];
      expect(expected).toBeDefined();
      if (!expected) return;
      const a = await parseActivityFile(read(dir, name), name);
      expectWellFormed(a);
      const { startedAt, warnings, check, ...fields } = expected;
      expect(a.startedAt?.toISOString() ?? null).toBe(startedAt);
      expect(a.warnings).toHaveLength(warnings);
      expect(a).toMatchObject(fields);
      check?.(a);
    });
  }

  it("a truncated copy of a real file without its summary is read up to its last whole record", async () => {
    const bytes = read(DIR, "garmin-fenix-5-run.fit");
    // Cut after 15 of the 21 records: distance and time from the same 15 records, with a warning.
    const a = await parseActivityFile(bytes.subarray(0, 3000), "cut.fit");
    expectWellFormed(a);
    expect(a.sport).toBe("running");
    expect(a.pointCount).toBe(15);
    expect(a.elapsedSec).toBe(30);
    expect(a.distanceM).toBe(86.31);
    expect(a.warnings).toEqual(["This file ends early (the watch may have lost power), so it was read up to its last whole record."]);
    // Cut before any whole record: nothing to import.
    await expectImportError(bytes.subarray(0, 2000), "cut.fit", "corrupt");
  });
});
