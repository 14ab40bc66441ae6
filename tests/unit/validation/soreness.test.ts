import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/lib/validation/form";
import {
  loggableDayProblem,
  sorenessEntrySchema,
  sorenessFormSchema,
  sorenessFormValues,
  sorenessRangeSchema,
  sorenessUpdateSchema,
  sweatRateTestSchema,
  wellnessSchema,
} from "@/lib/validation/soreness";

const fieldsOf = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : fieldErrorsOf(result.error as Parameters<typeof fieldErrorsOf>[0]);

describe("soreness entry (API)", () => {
  const ok = { date: "2026-11-24", region: "it-band", side: "left", level: 4 };

  it("takes a day, region, side, whole level 0–10 and an optional sharp flag", () => {
    expect(sorenessEntrySchema.parse(ok)).toEqual(ok);
    expect(sorenessEntrySchema.parse({ ...ok, level: 0, sharp: true, region: "lower-back", side: "both" })).toMatchObject({ level: 0, sharp: true });
    expect(sorenessEntrySchema.parse({ ...ok, level: 10 }).level).toBe(10);
  });

  it.each([
    [{ level: 11 }, "level"],
    [{ level: -1 }, "level"],
    [{ level: 3.5 }, "level"],
    [{ level: "3" }, "level"],
    [{ region: "elbow" }, "region"],
    [{ region: "it_band" }, "region"],
    [{ side: "middle" }, "side"],
    [{ date: "2026-02-29" }, "date"],
    [{ date: "24.11.2026" }, "date"],
    [{ sharp: "yes" }, "sharp"],
  ])("refuses %j and names the field %s", (change, field) => {
    expect(Object.keys(fieldsOf(sorenessEntrySchema.safeParse({ ...ok, ...change })))).toEqual([field]);
  });

  it("refuses unknown fields, userId included", () => {
    const result = sorenessEntrySchema.safeParse({ ...ok, userId: "someone-else" });
    expect(result.success).toBe(false);
    expect(JSON.stringify(fieldsOf(result))).toContain("userId");
  });

  it("explains the level's scale in the message", () => {
    expect(fieldsOf(sorenessEntrySchema.safeParse({ ...ok, level: 12 })).level).toEqual(["Soreness goes from 0 (none) to 10 (worst imaginable)."]);
  });
});

describe("the day a runner may log for", () => {
  it.each([
    ["2026-11-24", null],
    ["2026-11-25", null],
    ["2025-11-24", null],
    ["2026-11-26", "That day is still to come. Choose today or an earlier day."],
    ["2025-11-23", "That day is more than a year ago."],
  ])("%s with today 2026-11-24 → %s", (date, problem) => {
    expect(loggableDayProblem(date, "2026-11-24")).toBe(problem);
  });
});

describe("list query", () => {
  it("takes optional from and to, in order, at most 366 days apart", () => {
    expect(sorenessRangeSchema.parse({})).toEqual({});
    expect(sorenessRangeSchema.parse({ from: "2026-01-01", to: "2026-12-31" })).toEqual({ from: "2026-01-01", to: "2026-12-31" });
    expect(sorenessRangeSchema.safeParse({ from: "2026-03-02", to: "2026-03-01" }).success).toBe(false);
    expect(sorenessRangeSchema.safeParse({ from: "2025-01-01", to: "2026-01-02" }).success).toBe(false);
    expect(sorenessRangeSchema.safeParse({ to: "2026-13-01" }).success).toBe(false);
  });
});

describe("body map form", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(entries)) data.append(k, v);
    return data;
  };

  it("turns the filled level fields into spots, sharp where ticked, and ignores empty and unknown fields", () => {
    const values = sorenessFormValues(
      form({
        date: "2026-11-24",
        "level.calves.left": "4",
        "sharp.calves.left": "on",
        "level.calves.right": "",
        "sharp.calves.right": "on",
        "level.lower-back.both": "0",
        "spot-level": "9",
        "$ACTION_ID_abc": "",
      }),
    );
    expect(sorenessFormSchema.parse(values)).toEqual({
      date: "2026-11-24",
      spots: [
        { region: "calves", side: "left", level: 4, sharp: true },
        { region: "lower-back", side: "both", level: 0, sharp: false },
      ],
    });
  });

  it("names a level that is not 0–10", () => {
    const result = sorenessFormSchema.safeParse(sorenessFormValues(form({ date: "2026-11-24", "level.knees.right": "12", "level.shins.left": "lots" })));
    expect(Object.keys(fieldsOf(result)).sort()).toEqual(["spots.0.level", "spots.1.level"]);
  });

  it("allows an empty day (every spot cleared) but needs the date", () => {
    expect(sorenessFormSchema.parse(sorenessFormValues(form({ date: "2026-11-24" })))).toEqual({ date: "2026-11-24", spots: [] });
    expect(Object.keys(fieldsOf(sorenessFormSchema.safeParse(sorenessFormValues(form({ "level.knees.right": "2" })))))).toEqual(["date"]);
  });

  it("edits one entry: level from the select, sharp from the checkbox", () => {
    const id = "6f1c2b1e-8a53-4b53-9a5e-0c8f2b1d7e11";
    expect(sorenessUpdateSchema.parse({ id, level: "6", sharp: "on" })).toEqual({ id, level: 6, sharp: true });
    expect(sorenessUpdateSchema.parse({ id, level: "0", sharp: false })).toEqual({ id, level: 0, sharp: false });
    expect(sorenessUpdateSchema.safeParse({ id, level: "", sharp: false }).success).toBe(false);
    expect(sorenessUpdateSchema.safeParse({ id: "x", level: "2", sharp: false }).success).toBe(false);
  });
});

describe("wellness (Hooper)", () => {
  it("takes four whole ratings 1–7 for a day", () => {
    expect(wellnessSchema.parse({ date: "2026-11-24", sleep: "1", stress: "7", fatigue: 4, soreness: "3" })).toEqual({
      date: "2026-11-24",
      sleep: 1,
      stress: 7,
      fatigue: 4,
      soreness: 3,
    });
    const result = wellnessSchema.safeParse({ date: "2026-11-24", sleep: "0", stress: "8", fatigue: "", soreness: "2.5" });
    expect(fieldsOf(result)).toEqual({
      sleep: ["Rate your sleep from 1 to 7."],
      stress: ["Rate your stress from 1 to 7."],
      fatigue: ["Rate your fatigue from 1 to 7."],
      soreness: ["Rate your muscle soreness from 1 to 7."],
    });
  });
});

describe("sweat-rate test", () => {
  const ok = { date: "2026-07-01", massBeforeKg: "70.4", massAfterKg: "69,6", fluidMl: "500", urineMl: "", durationMin: "60", temperatureC: "" };

  it("reads the form (decimal comma too), defaults urine to 0 and gives the duration in seconds", () => {
    expect(sweatRateTestSchema.parse(ok)).toEqual({
      date: "2026-07-01",
      massBeforeKg: 70.4,
      massAfterKg: 69.6,
      fluidMl: 500,
      urineMl: 0,
      durationSec: 3600,
      temperatureC: undefined,
    });
    expect(sweatRateTestSchema.parse({ ...ok, temperatureC: "-5", durationMin: "45.5" })).toMatchObject({ temperatureC: -5, durationSec: 2730 });
  });

  it.each([
    [{ massBeforeKg: "20" }, "massBeforeKg"],
    [{ massAfterKg: "251" }, "massAfterKg"],
    [{ fluidMl: "10001" }, "fluidMl"],
    [{ fluidMl: "" }, "fluidMl"],
    [{ urineMl: "6000" }, "urineMl"],
    [{ durationMin: "5" }, "durationMin"],
    [{ durationMin: "601" }, "durationMin"],
    [{ temperatureC: "51" }, "temperatureC"],
    [{ date: "2026-06-31" }, "date"],
    [{ massBeforeKg: "heavy" }, "massBeforeKg"],
  ])("refuses %j naming %s", (change, field) => {
    expect(Object.keys(fieldsOf(sweatRateTestSchema.safeParse({ ...ok, ...change })))).toEqual([field]);
  });

  it("refuses numbers that give a rate outside 0–5 L/h, saying what rate they give", () => {
    // Heavier after the run than before with nothing drunk: a negative rate.
    const gained = fieldsOf(sweatRateTestSchema.safeParse({ ...ok, massAfterKg: "71", fluidMl: "0" }));
    expect(gained.massAfterKg?.[0]).toMatch(/^These numbers give a sweat rate of -0\.60 L\/h; a real one is above 0 and at most 5 L\/h\./);
    // 6 kg in one hour: a typing error.
    const huge = fieldsOf(sweatRateTestSchema.safeParse({ ...ok, massAfterKg: "64.4", fluidMl: "0" }));
    expect(huge.massAfterKg?.[0]).toContain("6.00 L/h");
    // 5 L/h exactly is allowed.
    expect(sweatRateTestSchema.safeParse({ ...ok, massAfterKg: "65.4", fluidMl: "0" }).success).toBe(true);
  });

  it("refuses unknown fields", () => {
    expect(sweatRateTestSchema.safeParse({ ...ok, userId: "x" }).success).toBe(false);
  });
});
