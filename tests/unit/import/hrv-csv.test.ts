import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hrv4tInstant, HrvImportError, parseHrvCsv } from "@/lib/import/hrv-csv";

// Our own small fixtures, written from the real layouts (EXPORT-FORMATS.md in the shared fixtures).
const fixture = (name: string) => readFileSync(new URL(`../../fixtures/wellness/${name}`, import.meta.url), "utf8");

describe("HRV app CSV exports, read by header name", () => {
  it("HRV4Training (iOS): CR-only line ends, offsets, Spanish a. m. / p. m., '-' missing, a row of 0.0 is no reading", () => {
    const text = fixture("hrv4training-ios.csv");
    expect(text.includes("\n")).toBe(false);
    const result = parseHrvCsv(text);
    expect(result.format).toBe("HRV4Training");
    expect(result.readings).toEqual([
      { row: 2, instant: "2017-04-01T09:56:21.000Z", restingHrBpm: 52, hrvRmssdMs: 68.4 },
      { row: 3, instant: "2017-04-02T05:12:05.000Z", restingHrBpm: 54, hrvRmssdMs: 61 },
      { row: 5, instant: "2017-04-04T08:30:10.000Z", restingHrBpm: 51, hrvRmssdMs: 72.3 },
      // rMSSD "-" is missing, not 0; "06:05 p. m." is 18:05.
      { row: 6, instant: "2017-04-05T18:05:00.000Z", restingHrBpm: 50 },
    ]);
    expect(result.skipped).toEqual([{ row: 4, reason: "no reading that day" }]);
  });

  it("HRV4Training (Android): year-DAY-month dates, header names with leading spaces, a decimal-comma row refused by row", () => {
    const result = parseHrvCsv(fixture("hrv4training-android.csv"));
    expect(result.format).toBe("HRV4Training (Android)");
    expect(result.readings.map((r) => [r.date, r.restingHrBpm, r.hrvRmssdMs])).toEqual([
      ["2017-08-12", 49, 80.2],
      ["2017-08-14", 50, 77.5],
    ]);
    expect(result.skipped).toEqual([{ row: 3, reason: "11 fields where the header has 10 (an unquoted decimal comma?)" }]);
  });

  it("Elite HRV: a BOM and CRLF; Rmssd in ms (not the HRV score); only morning readings; out-of-range values refused", () => {
    const text = fixture("elite-hrv.csv");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const result = parseHrvCsv(text);
    expect(result.format).toBe("Elite HRV");
    expect(result.readings).toEqual([
      { row: 2, date: "2019-03-05", restingHrBpm: 48, hrvRmssdMs: 64.1 },
      { row: 4, date: "2019-03-06", restingHrBpm: 50, hrvRmssdMs: 53 },
    ]);
    expect(result.skipped).toEqual([
      { row: 3, reason: 'not a morning reading ("Open Reading")' },
      { row: 5, reason: "heart rate 300 bpm is outside 25–220 bpm" },
    ]);
  });

  it("columns are found by name, in any order", () => {
    const result = parseHrvCsv("rMSSD,HR,timestamp_measurement\n55.5,49,2020-01-02 07:00:00 +0100\n");
    expect(result.readings).toEqual([{ row: 2, instant: "2020-01-02T06:00:00.000Z", restingHrBpm: 49, hrvRmssdMs: 55.5 }]);
  });

  it("refuses a file that is neither export, or has no rows, with the reason", () => {
    expect(() => parseHrvCsv("Activity ID,Activity Date,Distance\n1,2,3\n")).toThrow(HrvImportError);
    expect(() => parseHrvCsv("Activity ID,Activity Date,Distance\n1,2,3\n")).toThrow(/expected the columns timestamp_measurement, HR and rMSSD/);
    expect(() => parseHrvCsv("timestamp_measurement,HR,rMSSD\n")).toThrow(/no readings/);
    expect(() => parseHrvCsv('a,"b\n1,2')).toThrow(HrvImportError);
  });

  it("reads HRV4Training times with their offset, and refuses impossible ones", () => {
    expect(hrv4tInstant("2017-04-01 12:30:00 a. m. +0000")).toBe("2017-04-01T00:30:00.000Z");
    expect(hrv4tInstant("2017-04-01 12:30:00 p. m. -0230")).toBe("2017-04-01T15:00:00.000Z");
    expect(hrv4tInstant("2017-02-30 07:00:00 +0000")).toBeNull();
    expect(hrv4tInstant("13:00 2017-02-03")).toBeNull();
  });
});
