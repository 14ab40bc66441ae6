/**
 * The made-up files in ../shared/fixtures/field-cases (never copied into the project), each
 * reproducing one kind of fault from real watch files, against the values its README gives:
 * activity count, sport and isRun, start (±1 s), distance (±1 %), moving and elapsed time
 * (±1 % or 3 s), and a warning wherever a correction was made.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseActivities, type ParsedActivity } from "@/lib/import";
import { expectWellFormed, sharedFixtures } from "./helpers";

const DIR = sharedFixtures("field-cases");
const DAY2 = "2026-03-02T07:00:00Z";

interface Want {
  sport?: string;
  isRun: boolean;
  start?: string;
  distanceM?: number;
  movingSec?: number;
  elapsedSec?: number;
  hasGps?: boolean;
  /** A correction was made, so the runner must see a warning matching this. */
  warning?: RegExp;
}

const CASES: Record<string, Want[]> = {
  "leading-whitespace.tcx": [{ sport: "running", isRun: true, start: DAY2, distanceM: 5000, movingSec: 1500 }],
  "utf8-bom.gpx": [{ isRun: true, start: DAY2, distanceM: 4000, movingSec: 1200 }],
  "two-activities.tcx": [
    { sport: "running", isRun: true, start: DAY2, distanceM: 5000, movingSec: 1500 },
    { sport: "running", isRun: true, start: "2026-03-04T07:00:00Z", distanceM: 8000, movingSec: 2400 },
  ],
  "multisport-session.tcx": [
    { sport: "running", isRun: true, start: DAY2, distanceM: 5000, movingSec: 1500 },
    { sport: "cycling", isRun: false, distanceM: 20000 },
    { sport: "running", isRun: true, distanceM: 3000, movingSec: 900 },
  ],
  "strava-type-9-run.gpx": [{ sport: "running", isRun: true, distanceM: 6000, movingSec: 1800 }],
  "strava-type-1-ride.gpx": [{ sport: "cycling", isRun: false }],
  "strava-type-16-swim.gpx": [{ sport: "swimming", isRun: false }],
  "pause-between-segments.gpx": [{ isRun: true, distanceM: 4000, movingSec: 1200, elapsedSec: 4800, warning: /paused/ }],
  "swapped-timer-elapsed.fit": [
    { sport: "running", isRun: true, distanceM: 9000, elapsedSec: 3000, movingSec: 1800, warning: /other way round/ },
  ],
  "session-ends-early.fit": [{ sport: "running", isRun: true, distanceM: 12000, movingSec: 3900, warning: /runs on/ }],
  "no-session-sport-message-cycling.fit": [{ sport: "cycling", isRun: false, distanceM: 30000, movingSec: 3600, warning: /no summary/ }],
  "no-session-cut-off.fit": [{ sport: "cycling", isRun: false, distanceM: 29917, movingSec: 3590, warning: /ends early/ }],
  "indoor-rowing.fit": [{ sport: "fitness_equipment", isRun: false }],
  "treadmill-run.fit": [{ sport: "running", isRun: true, distanceM: 6000, movingSec: 1800, hasGps: false }],
  "two-running-sessions.fit": [
    { sport: "running", isRun: true, start: DAY2, distanceM: 6000, movingSec: 1800 },
    { sport: "running", isRun: true, start: "2026-03-02T09:00:00Z", distanceM: 4000, movingSec: 1200 },
  ],
};

function near(actual: number | null, want: number, relative: number, absolute = 0): void {
  expect(actual).not.toBeNull();
  expect(Math.abs((actual ?? NaN) - want)).toBeLessThanOrEqual(Math.max(want * relative, absolute));
}

function check(a: ParsedActivity, w: Want): void {
  expectWellFormed(a);
  if (w.sport !== undefined) expect(a.sport).toBe(w.sport);
  expect(a.isRun).toBe(w.isRun);
  if (w.start) expect(Math.abs((a.startedAt?.getTime() ?? NaN) - Date.parse(w.start))).toBeLessThanOrEqual(1000);
  if (w.distanceM !== undefined) near(a.distanceM, w.distanceM, 0.01);
  if (w.movingSec !== undefined) near(a.durationSec, w.movingSec, 0.01, 3);
  if (w.elapsedSec !== undefined) near(a.elapsedSec, w.elapsedSec, 0.01, 3);
  if (w.hasGps !== undefined) expect(a.hasGps).toBe(w.hasGps);
  if (w.warning) expect(a.warnings.join(" ")).toMatch(w.warning);
  else expect(a.warnings).toEqual([]);
}

// The one skip allowed: these files are read where ../shared/fixtures exists (CI has it).
const HAVE = existsSync(DIR);

describe.runIf(HAVE)("field cases in ../shared/fixtures/field-cases", () => {
  const files = HAVE ? readdirSync(DIR).filter((f) => /\.(fit|gpx|tcx)$/i.test(f)) : [];

  it("has an expectation for every activity file there", () => {
    expect(files.sort()).toEqual(Object.keys(CASES).sort());
  });

  for (const name of files) {
    it(name, async () => {
      const want = CASES[name] ?? [];
      const all = await parseActivities(new Uint8Array(readFileSync(path.join(DIR, name))), name);
      expect(all).toHaveLength(want.length);
      all.forEach((a, i) => check(a, want[i] as Want));
    });
  }
});
