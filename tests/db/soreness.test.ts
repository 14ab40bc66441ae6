import { describe, expect, it } from "vitest";
import { loadPlanInput } from "@/lib/data/plan";
import {
  deleteSoreness,
  listSoreness,
  logManySoreness,
  logSoreness,
  sorenessOn,
  sorenessTimeline,
  SorenessDateError,
  updateSoreness,
} from "@/lib/data/soreness";
import { createSweatRateTest, deleteSweatRateTest, listSweatRateTests } from "@/lib/data/sweat-rate";
import { listWellness, saveWellness, wellnessOn } from "@/lib/data/wellness";
import { sweatRateTestSchema } from "@/lib/validation/soreness";
import { newRunner } from "../support/api";

// 2026-03-01 20:00 UTC is already 2026-03-02 09:00 in Auckland.
const NOW = new Date("2026-03-01T20:00:00Z");

describe("soreness entries", () => {
  it("logging the same region, side and day again replaces the level instead of adding an entry", async () => {
    const { runner } = await newRunner();
    const first = await logSoreness(runner, { date: "2026-03-01", region: "calves", side: "left", level: 4 }, { now: NOW });
    expect(first.created).toBe(true);
    expect(first.entry).toEqual({ id: expect.any(String), date: "2026-03-01", region: "calves", side: "left", level: 4, sharp: false });

    const again = await logSoreness(runner, { date: "2026-03-01", region: "calves", side: "left", level: 6, sharp: true }, { now: NOW });
    expect(again.created).toBe(false);
    expect(again.entry.id).toBe(first.entry.id);

    await logSoreness(runner, { date: "2026-03-01", region: "calves", side: "right", level: 2 }, { now: NOW });
    await logSoreness(runner, { date: "2026-02-28", region: "calves", side: "left", level: 3 }, { now: NOW });
    expect(await sorenessOn(runner.id, "2026-03-01")).toEqual([
      { id: first.entry.id, date: "2026-03-01", region: "calves", side: "left", level: 6, sharp: true },
      expect.objectContaining({ region: "calves", side: "right", level: 2 }),
    ]);
  });

  it("stores it-band and lower-back under the runner's words and lists in body-map order", async () => {
    const { runner } = await newRunner();
    await logManySoreness(
      runner,
      "2026-03-01",
      [
        { region: "lower-back", side: "both", level: 3, sharp: false },
        { region: "it-band", side: "right", level: 5, sharp: true },
        { region: "calves", side: "left", level: 2, sharp: false },
      ],
      { now: NOW },
    );
    const listed = await listSoreness(runner.id, "2026-03-01", "2026-03-01");
    expect(listed.map((e) => `${e.region}/${e.side}/${e.level}/${e.sharp}`)).toEqual(["calves/left/2/false", "it-band/right/5/true", "lower-back/both/3/false"]);
    // The plan reads the same entries.
    const input = await loadPlanInput({ id: runner.id, bodyMassKg: null }, "2026-03-02");
    expect(input.soreness).toContainEqual({ date: "2026-03-01", region: "it-band", side: "right", level: 5, sharp: true });
  });

  it("logs several spots in one transaction: a later bad day stores none of them", async () => {
    const { runner } = await newRunner();
    await expect(
      logManySoreness(runner, "2026-03-05", [{ region: "calves", side: "left", level: 2, sharp: false }], { now: NOW }),
    ).rejects.toBeInstanceOf(SorenessDateError);
    expect(await listSoreness(runner.id, "2026-01-01", "2026-12-31")).toEqual([]);
  });

  it("saving the form's whole day removes the spots cleared on it, and keeps other days", async () => {
    const { runner } = await newRunner();
    await logManySoreness(
      runner,
      "2026-03-01",
      [
        { region: "calves", side: "left", level: 4, sharp: false },
        { region: "shins", side: "right", level: 2, sharp: false },
      ],
      { now: NOW },
    );
    await logSoreness(runner, { date: "2026-02-28", region: "shins", side: "right", level: 5 }, { now: NOW });
    const result = await logManySoreness(runner, "2026-03-01", [{ region: "calves", side: "left", level: 3, sharp: true }], { now: NOW, replaceDay: true });
    expect(result.removed).toBe(1);
    expect((await sorenessOn(runner.id, "2026-03-01")).map((e) => `${e.region}/${e.side}/${e.level}`)).toEqual(["calves/left/3"]);
    expect(await sorenessOn(runner.id, "2026-02-28")).toHaveLength(1);
    // Without replaceDay, spots are only added or changed.
    await logManySoreness(runner, "2026-03-01", [{ region: "knees", side: "left", level: 1, sharp: false }], { now: NOW });
    expect(await sorenessOn(runner.id, "2026-03-01")).toHaveLength(2);
  });

  it("judges 'not in the future' by the runner's own day: tomorrow in Auckland is two days ahead in UTC", async () => {
    const auckland = (await newRunner({ timeZone: "Pacific/Auckland" })).runner;
    const utc = (await newRunner()).runner;
    // Auckland's today is 2026-03-02, so 2026-03-03 is one day ahead: allowed.
    await expect(logSoreness(auckland, { date: "2026-03-03", region: "shins", side: "left", level: 1 }, { now: NOW })).resolves.toMatchObject({ created: true });
    await expect(logSoreness(auckland, { date: "2026-03-04", region: "shins", side: "left", level: 1 }, { now: NOW })).rejects.toMatchObject({
      fields: { date: [expect.stringContaining("still to come")] },
    });
    // UTC's today is 2026-03-01: 2026-03-03 is two days ahead.
    await expect(logSoreness(utc, { date: "2026-03-03", region: "shins", side: "left", level: 1 }, { now: NOW })).rejects.toBeInstanceOf(SorenessDateError);
    await expect(logSoreness(utc, { date: "2025-02-28", region: "shins", side: "left", level: 1 }, { now: NOW })).rejects.toMatchObject({
      fields: { date: ["That day is more than a year ago."] },
    });
    expect(await listSoreness(utc.id, "2025-01-01", "2026-12-31")).toEqual([]);
  });

  it("changes and deletes only the runner's own entries; another runner's id is not found and stays", async () => {
    const a = (await newRunner()).runner;
    const b = (await newRunner()).runner;
    const { entry } = await logSoreness(a, { date: "2026-03-01", region: "knees", side: "right", level: 5 }, { now: NOW });
    expect(await updateSoreness(b.id, entry.id, { level: 0, sharp: false })).toBe(false);
    expect(await deleteSoreness(b.id, entry.id)).toBe(false);
    expect(await sorenessOn(a.id, "2026-03-01")).toEqual([entry]);

    expect(await updateSoreness(a.id, entry.id, { level: 2, sharp: true })).toBe(true);
    expect(await sorenessOn(a.id, "2026-03-01")).toEqual([{ ...entry, level: 2, sharp: true }]);
    expect(await deleteSoreness(a.id, entry.id)).toBe(true);
    expect(await deleteSoreness(a.id, entry.id)).toBe(false);
    expect(await sorenessOn(a.id, "2026-03-01")).toEqual([]);
  });

  it("gives a timeline per region and side, oldest day first, within the window only", async () => {
    const { runner } = await newRunner();
    const log = (date: string, region: "calves" | "glutes", side: "left" | "right" | "both", level: number) =>
      logSoreness(runner, { date, region, side, level }, { now: NOW });
    await log("2026-02-27", "glutes", "both", 3);
    await log("2026-02-26", "calves", "right", 5);
    await log("2026-02-28", "calves", "right", 2);
    await log("2026-02-27", "calves", "left", 4);
    await log("2026-01-01", "calves", "left", 9); // before the window
    const timeline = await sorenessTimeline(runner.id, "2026-02-01", "2026-03-01");
    expect(timeline).toEqual([
      {
        region: "calves",
        sides: [
          { side: "left", days: [{ date: "2026-02-27", level: 4, sharp: false }] },
          {
            side: "right",
            days: [
              { date: "2026-02-26", level: 5, sharp: false },
              { date: "2026-02-28", level: 2, sharp: false },
            ],
          },
        ],
      },
      { region: "glutes", sides: [{ side: "both", days: [{ date: "2026-02-27", level: 3, sharp: false }] }] },
    ]);
  });
});

describe("wellness", () => {
  it("keeps one set of Hooper answers per day; saving again replaces it", async () => {
    const { runner } = await newRunner();
    await saveWellness(runner, { date: "2026-03-01", sleep: 2, stress: 3, fatigue: 4, soreness: 5 }, { now: NOW });
    await saveWellness(runner, { date: "2026-03-01", sleep: 6, stress: 3, fatigue: 4, soreness: 1 }, { now: NOW });
    await saveWellness(runner, { date: "2026-02-27", sleep: 1, stress: 1, fatigue: 1, soreness: 1 }, { now: NOW });
    // The short form saves the four Hooper answers; the check-in's other measures stay empty.
    expect(await wellnessOn(runner.id, "2026-03-01")).toEqual({
      date: "2026-03-01",
      sleep: 6,
      stress: 3,
      fatigue: 4,
      soreness: 1,
      restingHrBpm: null,
      hrvRmssdMs: null,
      sleepHours: null,
    });
    expect((await listWellness(runner.id, "2026-02-01", "2026-03-31")).map((w) => w.date)).toEqual(["2026-02-27", "2026-03-01"]);
    expect(await wellnessOn((await newRunner()).runner.id, "2026-03-01")).toBeNull();
    await expect(saveWellness(runner, { date: "2026-03-09", sleep: 1, stress: 1, fatigue: 1, soreness: 1 }, { now: NOW })).rejects.toBeInstanceOf(SorenessDateError);
  });
});

describe("sweat-rate tests", () => {
  it("keeps each test with its date, temperature and computed rate; the newest feeds the plan", async () => {
    const { runner } = await newRunner();
    const parse = (v: Record<string, unknown>) => sweatRateTestSchema.parse(v);
    // 70.0 − 69.1 + 0.5 − 0.1 = 1.3 L over 1 h → 1.3 L/h
    const older = await createSweatRateTest(
      runner,
      parse({ date: "2026-02-10", massBeforeKg: "70.0", massAfterKg: "69.1", fluidMl: "500", urineMl: "100", durationMin: "60", temperatureC: "24" }),
      { now: NOW },
    );
    expect(older).toMatchObject({ date: "2026-02-10", durationSec: 3600, temperatureC: 24, sweatRateLPerH: 1.3 });
    // 1.2 L over 90 min → 0.8 L/h, no temperature
    const newer = await createSweatRateTest(runner, parse({ date: "2026-02-20", massBeforeKg: 70, massAfterKg: 68.8, fluidMl: 0, durationMin: 90 }), { now: NOW });
    expect(newer).toMatchObject({ urineMl: 0, temperatureC: null, sweatRateLPerH: 0.8 });

    expect((await listSweatRateTests(runner.id)).map((t) => t.id)).toEqual([newer.id, older.id]);
    expect((await loadPlanInput({ id: runner.id, bodyMassKg: 70 }, "2026-03-01")).profile.sweatRateLPerH).toBe(0.8);

    const other = (await newRunner()).runner;
    expect(await deleteSweatRateTest(other.id, newer.id)).toBe(false);
    expect(await listSweatRateTests(other.id)).toEqual([]);
    expect(await deleteSweatRateTest(runner.id, newer.id)).toBe(true);
    expect((await listSweatRateTests(runner.id)).map((t) => t.id)).toEqual([older.id]);
  });
});
