import { Decoder, Stream } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { parseActivityFile } from "@/lib/import";
import { LAT_STEP_DEG, buildFitRun, buildHourRun, toFitTime } from "./fit-builder";
import { expectImportError, meridianMetres } from "./helpers";

const START = new Date("2024-05-01T06:00:00Z");

describe("FIT built with the SDK Encoder", () => {
  it("reads a one-hour run from its session, with every record counted", async () => {
    const bytes = buildHourRun(true);
    expect(new Decoder(Stream.fromByteArray(bytes)).checkIntegrity()).toBe(true);
    const a = await parseActivityFile(bytes, "hour.fit");
    expect(a).toEqual({
      format: "fit",
      sport: "running",
      subSport: null,
      isRun: true,
      rpe: null,
      startedAt: START,
      durationSec: 3599,
      elapsedSec: 3599,
      distanceM: 10077.2, // 3599 s × 2.8 m/s, the session total
      avgHeartRate: 150,
      maxHeartRate: 159,
      elevationGainM: 180, // the session's total_ascent
      pointCount: 3600,
      hasGps: true,
      warnings: [],
    });
  });

  it("reads the same run without a session from its records", async () => {
    const a = await parseActivityFile(buildHourRun(false), "hour.fit");
    expect(a.sport).toBeNull();
    expect(a.startedAt).toEqual(START);
    expect(a.elapsedSec).toBe(3599); // last minus first record
    expect(a.durationSec).toBe(3599);
    expect(a.distanceM).toBe(10077.2); // the last record's distance
    expect(a.avgHeartRate).toBe(150); // mean of 140..159 is 149.5, rounded
    expect(a.maxHeartRate).toBe(159);
    expect(a.pointCount).toBe(3600);
    expect(a.hasGps).toBe(true);
  });

  it("computes distance along the GPS track when records carry no distance", async () => {
    const bytes = buildFitRun({ startFitTime: toFitTime(START), records: 101, speedMps: 2.2, gps: true, session: false });
    const a = await parseActivityFile(bytes, "gps.fit");
    // 100 steps north; semicircle rounding moves each point by < 1e-7°, so compare to the centimetre.
    expect(a.distanceM).toBeCloseTo(meridianMetres(100 * LAT_STEP_DEG), 1);
    expect(a.elapsedSec).toBe(100);
  });

  it("computes elevation gain from record altitude with the 3 m hysteresis", async () => {
    const bytes = buildFitRun({
      startFitTime: toFitTime(START),
      records: 400,
      speedMps: 3,
      altitude: (i) => (i < 300 ? 100 + i * 0.2 : 159.8),
      session: { totalAscent: null },
    });
    const a = await parseActivityFile(bytes, "hill.fit");
    // 100 → 159.8 m: the reference moves in 3 m steps up to 157 m; the last 2.8 m stay in the band.
    expect(a.elevationGainM).toBe(57);
  });

  it("reads a treadmill run without GPS", async () => {
    const bytes = buildFitRun({
      startFitTime: toFitTime(START),
      records: 1801,
      speedMps: 2.5,
      heartRate: () => 142,
      recordDistance: true,
      sport: "running",
      session: { avgHeartRate: 142, maxHeartRate: 142, totalTimerTime: 1790, totalElapsedTime: 1800 },
    });
    const a = await parseActivityFile(bytes, "treadmill.fit");
    expect(a.hasGps).toBe(false);
    expect(a.durationSec).toBe(1790);
    expect(a.elapsedSec).toBe(1800);
    expect(a.distanceM).toBe(4500);
    expect(a.avgHeartRate).toBe(142);
    expect(a.pointCount).toBe(1801);
    expect(a.startedAt).toEqual(START);
  });

  it("treats timestamps below 0x10000000 as device-relative: no date, durations still right", async () => {
    const bytes = buildFitRun({
      startFitTime: 17_217_864,
      records: 601,
      speedMps: 3,
      heartRate: () => 150,
      recordDistance: true,
      session: { avgHeartRate: 150, maxHeartRate: 150 },
    });
    const a = await parseActivityFile(bytes, "relative.fit");
    expect(a.startedAt).toBeNull();
    expect(a.durationSec).toBe(600);
    expect(a.elapsedSec).toBe(600);
    expect(a.distanceM).toBe(1800);
    expect(a.warnings).toEqual(["The watch's clock was not set when this was recorded, so the file has no date."]);
  });

  it("reads a file with developer fields (which the SDK itself can decode)", async () => {
    const bytes = buildFitRun({
      startFitTime: toFitTime(START),
      records: 600,
      speedMps: 3,
      gps: true,
      heartRate: () => 150,
      developerField: true,
      session: { avgHeartRate: 150, maxHeartRate: 150 },
    });
    const sdk = new Decoder(Stream.fromByteArray(bytes)).read();
    expect(sdk.errors).toEqual([]);
    expect(sdk.messages.recordMesgs?.[0]?.developerFields).toEqual({ 0: 200 });
    const a = await parseActivityFile(bytes, "dev.fit");
    expect(a.pointCount).toBe(600);
    expect(a.distanceM).toBe(1797);
    expect(a.durationSec).toBe(599);
    expect(a.warnings).toEqual([]);
  });

  it("imports a file cut short after its session from the summary, with a warning", async () => {
    const full = buildHourRun(true);
    const cut = full.subarray(0, full.length - 3); // the last session byte and the CRC are gone
    // The session is the last message, so cut the CRC only: its summary stays intact.
    const crcOnly = full.subarray(0, full.length - 2);
    const a = await parseActivityFile(crcOnly, "cut.fit");
    expect(a.durationSec).toBe(3599);
    expect(a.distanceM).toBe(10077.2);
    expect(a.pointCount).toBe(3600);
    expect(a.warnings).toEqual(["This file is damaged (it ends early), so only its summary was used for the totals."]);
    // Without the whole session message the records are the summary, read to the last whole one.
    const b = await parseActivityFile(cut, "cut.fit");
    expect(b.durationSec).toBe(3599);
    expect(b.elapsedSec).toBe(3599);
    expect(b.distanceM).toBe(10077.2);
    expect(b.warnings).toEqual(["This file ends early (the watch may have lost power), so it was read up to its last whole record."]);
  });

  it("reads a FIT cut off in the middle of its records up to its last whole record, with a warning", async () => {
    const full = buildHourRun(true);
    const a = await parseActivityFile(full.subarray(0, Math.floor(full.length / 2)), "half.fit");
    // Distance and time come from the same whole records: the last one read sets both.
    const records = a.pointCount;
    expect(records).toBeGreaterThan(1000);
    expect(records).toBeLessThan(3600);
    expect(a.elapsedSec).toBe(records - 1);
    expect(a.durationSec).toBe(records - 1);
    expect(a.distanceM).toBe(Math.round((records - 1) * 2.8 * 100) / 100);
    expect(a.warnings).toEqual(["This file ends early (the watch may have lost power), so it was read up to its last whole record."]);
  });

  it("uses only the summary when the CRC does not match, with a warning", async () => {
    const bytes = buildHourRun(true).slice();
    const last = bytes.length - 1;
    bytes[last] = (bytes[last] ?? 0) ^ 0xff;
    const a = await parseActivityFile(bytes, "crc.fit");
    expect(a.distanceM).toBe(10077.2);
    expect(a.avgHeartRate).toBe(150);
    expect(a.warnings).toEqual([
      "This file is damaged (its checksum does not match), so only its summary was used for the totals.",
    ]);
  });

  it("rejects a header-only FIT as no-activity, and a FIT with an invalid first record as corrupt", async () => {
    const empty = buildFitRun({ startFitTime: toFitTime(START), records: 0, speedMps: 0, session: false });
    // file_id and two events only
    await expectImportError(empty, "empty.fit", "no-activity");
    const bad = buildHourRun(true).slice();
    bad[14] = 0x0f; // a data message for a local type that was never defined
    await expectImportError(bad, "bad.fit", "corrupt");
  });

  it("detects FIT by its header even with another file name", async () => {
    const a = await parseActivityFile(buildHourRun(true), "export.gpx");
    expect(a.format).toBe("fit");
  });
});
