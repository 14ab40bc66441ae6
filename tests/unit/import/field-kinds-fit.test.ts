/**
 * Each kind of FIT fault seen in real watch files, reproduced with the SDK Encoder, so these
 * always run (the shared field-case files are checked in field-cases.test.ts where they exist).
 */
import { describe, expect, it } from "vitest";
import { ImportError, parseActivities } from "@/lib/import";
import { MAX_FIT_MESSAGES } from "@/lib/import/fit";
import { buildFitActivity, buildTriathlon, type Leg } from "./fit-activity-builder";
import { buildFitRun, toFitTime } from "./fit-builder";

const START = new Date("2026-03-02T07:00:00Z");
const at = (s: number) => new Date(START.getTime() + s * 1000);
const run = (extra: Partial<Leg> = {}): Leg => ({ sport: "running", startS: 0, durationS: 1800, speedMps: 3, everyS: 10, gps: true, heartRate: 150, ...extra });

async function rejection(bytes: Uint8Array): Promise<ImportError> {
  const error = await parseActivities(bytes, "x.fit").then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("FIT: several activities in one file", () => {
  it("reads a triathlon as five activities in time order: only the run is a run", async () => {
    const all = await parseActivities(buildTriathlon(START, 5), "tri.fit");
    expect(all.map((a) => [a.sport, a.subSport, a.isRun])).toEqual([
      ["swimming", "open_water", false],
      ["transition", null, false],
      ["cycling", "road", false],
      ["transition", null, false],
      ["running", "street", true],
    ]);
    expect(all.map((a) => a.startedAt)).toEqual([at(0), at(1800), at(1920), at(5920), at(5980)]);
    expect(all.map((a) => a.distanceM)).toEqual([1499.94, 120, 40000, 60, 10000]);
    expect(all.map((a) => a.durationSec)).toEqual([1800, 120, 4000, 60, 2500]);
    expect(all[4]?.avgHeartRate).toBe(160);
    expect(all.every((a) => a.warnings.length === 0)).toBe(true);
  });

  it("reads two runs 'continued later' as two runs, with record distance restarting or running on", async () => {
    for (const cumulativeDistance of [false, true]) {
      const bytes = buildFitActivity({
        start: START,
        cumulativeDistance,
        activity: true,
        legs: [run({ durationS: 1800, speedMps: 10 / 3, session: { totalDistance: null } }), run({ startS: 7200, durationS: 1200, speedMps: 10 / 3, session: { totalDistance: null } })],
      });
      const all = await parseActivities(bytes, "two.fit");
      expect(all).toHaveLength(2);
      expect(all.map((a) => a.startedAt)).toEqual([at(0), at(7200)]);
      expect(all.map((a) => a.distanceM)).toEqual([6000, 4000]);
      expect(all.map((a) => a.durationSec)).toEqual([1800, 1200]);
      expect(all.every((a) => a.isRun)).toBe(true);
    }
  });
});

describe("FIT: the same session twice", () => {
  it("reads a session message written twice as one activity", async () => {
    const bytes = buildFitActivity({ start: START, legs: [run({ session: { numLaps: 1 } })] });
    const twice = buildFitActivity({ start: START, legs: [run({ session: { numLaps: 1 } })], duplicateSession: true });
    expect(await parseActivities(twice, "twice.fit")).toEqual(await parseActivities(bytes, "once.fit"));
  });
});

describe("FIT: records between sessions", () => {
  it("records of a transition the watch did not keep as a session do not stretch the leg before it", async () => {
    const bytes = buildFitActivity({
      start: START,
      legs: [
        { sport: "swimming", startS: 0, durationS: 1800, speedMps: 0.8, everyS: 10, gps: true },
        { sport: "transition", startS: 1800, durationS: 300, speedMps: 1, everyS: 10, gps: true, session: false },
        { sport: "cycling", startS: 2100, durationS: 3600, speedMps: 8, everyS: 10, gps: true },
      ],
    });
    const all = await parseActivities(bytes, "no-t1.fit");
    expect(all.map((a) => [a.sport, a.durationSec, a.distanceM, a.warnings.length])).toEqual([
      ["swimming", 1800, 1440, 0],
      ["cycling", 3600, 28800, 0],
    ]);
  });
});

describe("FIT: totals that agree with the records", () => {
  it("swaps a timer larger than the elapsed time back, with a warning", async () => {
    const bytes = buildFitActivity({ start: START, legs: [run({ durationS: 3000, session: { totalElapsedTime: 1800, totalTimerTime: 3000 } })] });
    const [a] = await parseActivities(bytes, "swapped.fit");
    expect(a?.elapsedSec).toBe(3000);
    expect(a?.durationSec).toBe(1800);
    expect(a?.distanceM).toBe(9000);
    expect(a?.warnings.join(" ")).toMatch(/moving time \(50:00\) was longer than its elapsed time \(30:00\)/);
  });

  it("takes distance and time from the records when the session stops before them", async () => {
    const bytes = buildFitActivity({
      start: START,
      activity: { totalTimerTime: 3900 },
      legs: [run({ durationS: 3900, speedMps: 12000 / 3900, session: { totalElapsedTime: 3000, totalTimerTime: 3000, totalDistance: null } })],
    });
    const [a] = await parseActivities(bytes, "early.fit");
    expect(a?.distanceM).toBe(12000);
    expect(a?.durationSec).toBe(3900);
    expect(a?.elapsedSec).toBe(3900);
    expect(a?.warnings.join(" ")).toMatch(/summary stops at 50:00 but its track runs on to 1:05:00/);
  });

  it("does the same when the session has a distance for the shorter span (a lap missing from the summary)", async () => {
    const bytes = buildFitActivity({ start: START, legs: [run({ durationS: 3600, session: { totalElapsedTime: 2900, totalTimerTime: 2900, totalDistance: 8700 } })] });
    const [a] = await parseActivities(bytes, "suunto.fit");
    expect(a?.distanceM).toBe(10800);
    expect(a?.elapsedSec).toBe(3600);
    expect(a?.durationSec).toBe(3600);
    expect(a?.warnings).toHaveLength(1);
  });

  it("reads a file without a session from its records, not from a tiny first lap, taking the sport message", async () => {
    const ride = (endAfterRecords: boolean): Leg => ({
      sport: "cycling",
      startS: 0,
      durationS: 3600,
      speedMps: 30000 / 3600,
      everyS: 10,
      gps: true,
      heartRate: 140,
      session: false,
      lapFirst: true,
      lap: { totalElapsedTime: 3, totalTimerTime: 3, totalDistance: 5, timestamp: toFitTime(START) + 3 },
      endAfterRecords,
    });
    const bytes = buildFitActivity({ start: START, sportMesg: { sport: "cycling", subSport: "road" }, legs: [ride(false)] });
    const [a] = await parseActivities(bytes, "ride.fit");
    expect(a?.sport).toBe("cycling");
    expect(a?.subSport).toBe("road");
    expect(a?.isRun).toBe(false);
    expect(a?.distanceM).toBe(30000);
    expect(a?.durationSec).toBe(3600);
    expect(a?.elapsedSec).toBe(3600);
    expect(a?.warnings.join(" ")).toMatch(/no summary/);

    // The same file cut off mid-record, as a watch that lost power leaves it: the CRC and
    // the last bytes of the last record are gone.
    const whole = buildFitActivity({ start: START, sportMesg: { sport: "cycling", subSport: "road" }, legs: [ride(true)] });
    const [cut] = await parseActivities(whole.subarray(0, whole.length - 2 - 5), "ride.fit");
    expect(cut?.distanceM).toBeCloseTo(30000 - (10 * 30000) / 3600, 1);
    expect(cut?.elapsedSec).toBe(3590);
    expect(cut?.durationSec).toBe(3590);
    expect(cut?.warnings.join(" ")).toMatch(/ends early/);
  });
});

describe("FIT: the right sport", () => {
  it.each([
    ["fitnessEquipment", "indoorRowing", "fitness_equipment", "indoor_rowing", false],
    ["fitnessEquipment", "elliptical", "fitness_equipment", "elliptical", false],
    ["fitnessEquipment", "stairClimbing", "fitness_equipment", "stair_climbing", false],
    ["fitnessEquipment", "treadmill", "fitness_equipment", "treadmill", true],
    ["running", "treadmill", "running", "treadmill", true],
    ["running", "trail", "running", "trail", true],
    ["running", "track", "running", "track", true],
    ["running", "virtualActivity", "running", "virtual_activity", true],
    ["cycling", "virtualActivity", "cycling", "virtual_activity", false],
    ["swimming", "lapSwimming", "swimming", "lap_swimming", false],
    ["rowing", "generic", "rowing", null, false],
    ["walking", "generic", "walking", null, false],
    ["hiking", "generic", "hiking", null, false],
    ["generic", "generic", null, null, true],
  ])("%s / %s → %s / %s, run: %s", async (sport, subSport, want, wantSub, isRun) => {
    const bytes = buildFitActivity({ start: START, legs: [run({ sport, subSport, speedMps: 2.5 })] });
    const [a] = await parseActivities(bytes, "s.fit");
    expect([a?.sport, a?.subSport, a?.isRun]).toEqual([want, wantSub, isRun]);
  });

  it("takes the lap's sport when the session says generic", async () => {
    const bytes = buildFitActivity({ start: START, legs: [run({ sport: "generic", lap: { sport: "cycling", subSport: "road" } })] });
    const [a] = await parseActivities(bytes, "lap.fit");
    expect([a?.sport, a?.isRun]).toEqual(["cycling", false]);
  });

  it("a 'run' at 2:30/km for half an hour is cross-training, with the reason; for 5 minutes it stays a run", async () => {
    const fast = await parseActivities(buildFitActivity({ start: START, legs: [run({ speedMps: 1000 / 150 })] }), "fast.fit");
    expect(fast[0]?.sport).toBe("running");
    expect(fast[0]?.isRun).toBe(false);
    expect(fast[0]?.warnings.join(" ")).toMatch(/2:30\/km over 30 min, is faster than anyone runs/);
    const sprint = await parseActivities(buildFitActivity({ start: START, legs: [run({ durationS: 300, speedMps: 1000 / 150 })] }), "sprint.fit");
    expect(sprint[0]?.isRun).toBe(true);
  });

  it("reads the perceived effort (workout_rpe, stored ×10)", async () => {
    const [a] = await parseActivities(buildFitActivity({ start: START, legs: [run({ session: { workoutRpe: 70 } })] }), "rpe.fit");
    expect(a?.rpe).toBe(7);
    const [b] = await parseActivities(buildFitActivity({ start: START, legs: [run()] }), "none.fit");
    expect(b?.rpe).toBeNull();
  });
});

describe("FIT: bounded work", () => {
  it(`refuses a file of more than ${MAX_FIT_MESSAGES} messages as too large, before decoding`, async () => {
    // Header, one definition (record, one 1-byte field), then tiny data messages.
    const count = MAX_FIT_MESSAGES + 1;
    const definition = [0x40, 0, 0, 20, 0, 1, 3, 1, 2];
    const dataSize = definition.length + count * 2;
    const bytes = new Uint8Array(14 + dataSize + 2);
    bytes.set([14, 0x20, 0x54, 0x08, dataSize & 0xff, (dataSize >> 8) & 0xff, (dataSize >> 16) & 0xff, dataSize >>> 24, 0x2e, 0x46, 0x49, 0x54, 0, 0]);
    bytes.set(definition, 14);
    for (let i = 0, p = 14 + definition.length; i < count; i++, p += 2) bytes[p + 1] = 120;
    expect((await rejection(bytes)).code).toBe("too-large");
  });

  it("still reads an ordinary one-hour run (3600 records) well under the cap", async () => {
    const bytes = buildFitRun({ startFitTime: toFitTime(START), records: 3600, speedMps: 3, gps: true, recordDistance: true });
    const [a] = await parseActivities(bytes, "hour.fit");
    expect(a?.pointCount).toBe(3600);
  });
});
