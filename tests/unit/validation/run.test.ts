import { describe, expect, it } from "vitest";
import {
  decodeRunCursor,
  encodeRunCursor,
  importDetailsFormSchema,
  importDetailsSchema,
  runCreateSchema,
  runFormSchema,
  runListQuerySchema,
  runPatchSchema,
} from "@/lib/validation/run";
import { parseDuration } from "@/lib/format/units";

const form = { date: "2025-05-04", time: "07:30", distance: "10", duration: "50:00", rpe: "", kind: "", temperature: "", heartRate: "", notes: "" };
const errorsOf = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));

describe("duration typed by a runner", () => {
  it.each([
    ["1:02:03", 3723],
    ["42:05", 2525],
    ["45", 2700],
    ["45.5", 2730],
    ["45,5", 2730],
    [" 0:59 ", 59],
  ])("reads %s as %i seconds", (text, seconds) => expect(parseDuration(text)).toBe(seconds));

  it.each(["", "abc", "1:60", "1:2:3:4", "-5", "5 min"])("does not read %j", (text) => expect(parseDuration(text)).toBeNull());
});

describe("run form schema", () => {
  it("turns the form in km and Berlin time into the create input", () => {
    const r = runFormSchema("km", "Europe/Berlin").safeParse({ ...form, rpe: "4", kind: "tempo", temperature: "12,5", heartRate: "151", notes: " windy " });
    expect(r.success).toBe(true);
    expect(r.data).toEqual({
      startedAt: new Date("2025-05-04T05:30:00Z"),
      distanceM: 10_000,
      durationSec: 3000,
      rpe: 4,
      kind: "tempo",
      temperatureC: 12.5,
      avgHeartRate: 151,
      notes: "windy",
    });
    expect(runCreateSchema.safeParse({ ...r.data, startedAt: r.data!.startedAt.toISOString() }).success).toBe(true);
  });

  it("reads miles and leaves optional fields out when blank", () => {
    const r = runFormSchema("mi", "UTC").parse({ ...form, distance: "6.2", duration: "1:00:00" });
    expect(r).toEqual({ startedAt: new Date("2025-05-04T07:30:00Z"), distanceM: 9978, durationSec: 3600 });
  });

  it("names each bad field in the runner's words", () => {
    const r = runFormSchema("mi", "UTC").safeParse({ date: "2025-02-30", time: "7.30", distance: "ten", duration: "fast", rpe: "12", kind: "jog", temperature: "hot", heartRate: "400", notes: "" });
    const errors = errorsOf(r);
    expect(errors.date).toMatch(/real date/);
    expect(errors.time).toMatch(/HH:MM/);
    expect(errors.distance).toMatch(/number of miles/);
    expect(errors.duration).toMatch(/h:mm:ss, mm:ss or minutes/);
    expect(errors.rpe).toMatch(/0 to 10/);
    expect(errors.kind).toMatch(/Kind must be one of/);
    expect(errors.temperature).toMatch(/°C/);
    expect(errors.heartRate).toMatch(/25 and 250/);
  });

  it("refuses zero, negative and absurd distances and durations", () => {
    const s = runFormSchema("km", "UTC");
    expect(errorsOf(s.safeParse({ ...form, distance: "0" })).distance).toMatch(/more than 0/);
    expect(errorsOf(s.safeParse({ ...form, distance: "-3" })).distance).toMatch(/more than 0/);
    expect(errorsOf(s.safeParse({ ...form, distance: "1000.1" })).distance).toMatch(/at most 1000 km/);
    expect(errorsOf(s.safeParse({ ...form, duration: "0" })).duration).toMatch(/more than 0/);
    expect(errorsOf(s.safeParse({ ...form, duration: "200:00:00" })).duration).toMatch(/7 days/);
    expect(errorsOf(s.safeParse({ ...form, distance: "" })).distance).toBe("Enter the distance in km.");
  });
});

describe("API schemas", () => {
  const ok = { startedAt: "2025-05-04T07:30:00+02:00", distanceM: 10000, durationSec: 3000 };

  it("accepts a minimal run and offsets or Z", () => {
    expect(runCreateSchema.safeParse(ok).success).toBe(true);
    expect(runCreateSchema.safeParse({ ...ok, startedAt: "2025-05-04T05:30:00Z" }).success).toBe(true);
  });

  it.each([
    ["unknown field", { ...ok, foo: 1 }],
    ["userId", { ...ok, userId: "x" }],
    ["no offset", { ...ok, startedAt: "2025-05-04T07:30:00" }],
    ["a date only", { ...ok, startedAt: "2025-05-04" }],
    ["year 1900", { ...ok, startedAt: "1900-01-01T00:00:00Z" }],
    ["distance over 1,000 km", { ...ok, distanceM: 1_000_001 }],
    ["negative duration", { ...ok, durationSec: -1 }],
    ["RPE 3.5", { ...ok, rpe: 3.5 }],
    ["temperature 61", { ...ok, temperatureC: 61 }],
    ["temperature -51", { ...ok, temperatureC: -51 }],
    ["heart rate 24", { ...ok, avgHeartRate: 24 }],
  ])("refuses %s", (_, body) => expect(runCreateSchema.safeParse(body).success).toBe(false));

  it("needs a version and at least one field to patch; null clears optional fields only", () => {
    expect(runPatchSchema.safeParse({ notes: "x" }).success).toBe(false);
    expect(runPatchSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(runPatchSchema.safeParse({ version: 1, rpe: null, kind: null, notes: null }).success).toBe(true);
    expect(runPatchSchema.safeParse({ version: 1, distanceM: null }).success).toBe(false);
    expect(runPatchSchema.safeParse({ version: 1, notes: "x", userId: "y" }).success).toBe(false);
  });

  it("checks the list query and round-trips the cursor", () => {
    const cursor = encodeRunCursor({ startedAt: new Date("2025-01-01T10:00:00.000Z"), id: "0b4a5e7e-4a0e-4f5e-9c0a-1d2b3c4d5e6f" });
    expect(decodeRunCursor(cursor)).toEqual({ startedAt: new Date("2025-01-01T10:00:00.000Z"), id: "0b4a5e7e-4a0e-4f5e-9c0a-1d2b3c4d5e6f" });
    expect(runListQuerySchema.parse({ cursor, limit: "5" })).toMatchObject({ limit: 5, cursor: { id: "0b4a5e7e-4a0e-4f5e-9c0a-1d2b3c4d5e6f" } });
    expect(runListQuerySchema.parse({}).limit).toBe(20);
    for (const bad of [{ limit: "0" }, { limit: "x" }, { from: "2025-02-30" }, { from: "2025-03-02", to: "2025-03-01" }, { cursor: "%%%" }, { cursor: btoa("2025|x") }, { other: "1" }]) {
      expect(runListQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

describe("import details", () => {
  it("turns the runner's date, time and duration into the multipart fields", () => {
    const r = importDetailsFormSchema("km", "America/Los_Angeles", false).parse({ date: "2025-06-01", time: "23:30", duration: "30" });
    expect(r).toEqual({ startedAt: "2025-06-02T06:30:00.000Z", durationSec: "1800" });
    expect(importDetailsSchema.parse(r)).toEqual({ startedAt: new Date("2025-06-02T06:30:00.000Z"), durationSec: 1800 });
  });

  it("asks for distance only when the file has none", () => {
    const s = importDetailsFormSchema("mi", "UTC", true);
    expect(s.safeParse({ date: "2025-06-01", time: "07:00", duration: "30" }).success).toBe(false);
    expect(s.parse({ date: "2025-06-01", time: "07:00", duration: "30", distance: "3" })).toMatchObject({ distanceM: "4828" });
  });
});
