import { describe, expect, it } from "vitest";
import type { WellnessDay } from "@/lib/rules";
import { day, find, ids, input, plan, run } from "./helpers";

// One test per readiness threshold, with the threshold's number written here, not imported: a
// change to a number in thresholds.ts fails one of these.

const check = (offset: number, measures: Omit<WellnessDay, "date">): WellnessDay => ({ date: day(offset), ...measures });
const hr = (offset: number, restingHrBpm: number) => check(offset, { restingHrBpm });
const series = (from: number, to: number, make: (offset: number) => WellnessDay): WellnessDay[] => {
  const out: WellnessDay[] = [];
  for (let offset = from; offset <= to; offset++) out.push(make(offset));
  return out;
};
const readiness = (wellness: WellnessDay[], runs = input().runs) => plan({ wellness, runs }).readiness;

describe("resting heart rate: ≥ 5 bpm above the 30-day mean, with ≥ 10 readings (Buchheit 2014)", () => {
  const baseline = series(-40, -1, (o) => hr(o, 50));

  it("7 bpm above a 40-day history of 50 bpm → consider an easy day, with the numbers", () => {
    const result = plan({ wellness: [...baseline, hr(0, 57)] });
    const suggestion = find(result, "readiness/resting-hr");
    expect(suggestion?.title).toBe("Your resting heart rate is up: consider an easy day");
    expect(suggestion?.because.join(" ")).toContain("57 bpm this morning; your 30-day mean is 50.0 bpm (30 readings): 7.0 bpm above it");
    expect(suggestion?.evidence.join(" ")).toContain("Buchheit 2014, Front Physiol 5:73");
    expect(result.readiness.status).toBe("below-usual");
  });

  it("exactly 5 bpm above fires; 4 bpm above is as usual", () => {
    expect(ids(plan({ wellness: [...baseline, hr(0, 55)] }))).toContain("readiness/resting-hr");
    const usual = plan({ wellness: [...baseline, hr(0, 54)] });
    expect(ids(usual)).not.toContain("readiness/resting-hr");
    expect(usual.readiness.status).toBe("as-usual");
  });

  it("needs 10 readings in the window: 9 → calibrating, 10 → a baseline", () => {
    const nine = series(-9, -1, (o) => hr(o, 50));
    expect(readiness([...nine, hr(0, 60)]).status).toBe("calibrating");
    expect(readiness([...nine, hr(0, 60)]).factors[0]?.detail).toContain("9 of the 10 readings");
    expect(readiness([...nine, hr(-10, 50), hr(0, 60)]).status).toBe("below-usual");
  });

  it("reads the 30 days before today only: older readings do not count", () => {
    // 30 readings of 60 bpm in today−30 … today−1; 10 older ones of 40 bpm would pull a longer window's mean down.
    const wellness = [...series(-40, -31, (o) => hr(o, 40)), ...series(-30, -1, (o) => hr(o, 60)), hr(0, 63)];
    expect(ids(plan({ wellness }))).not.toContain("readiness/resting-hr");
    // And today−30 is inside: ten readings of 50 on today−30 … today−21 give a baseline.
    const edge = [...series(-30, -21, (o) => hr(o, 50)), hr(0, 55)];
    expect(ids(plan({ wellness: edge }))).toContain("readiness/resting-hr");
  });
});

// ln rMSSD of the 60-day baseline alternates 4.0 ± 0.1; the last 7 days sit at `level`.
const hrvHistory = (level: number): WellnessDay[] => [
  ...series(-60, -7, (o) => check(o, { hrvRmssdMs: Math.exp(o % 2 === 0 ? 4.1 : 3.9) })),
  ...series(-6, 0, (o) => check(o, { hrvRmssdMs: Math.exp(level) })),
];
/** The test's own arithmetic of Plews 2013: 7-day mean vs the 60-day mean − 0.5 SD (sample SD). */
function hrvLine(level: number): number {
  const lns = hrvHistory(level)
    .filter((w) => w.date >= day(-60) && w.date <= day(-1))
    .map((w) => Math.log(w.hrvRmssdMs ?? 1));
  const mean = lns.reduce((a, b) => a + b, 0) / lns.length;
  const sd = Math.sqrt(lns.reduce((a, b) => a + (b - mean) ** 2, 0) / (lns.length - 1));
  return mean - 0.5 * sd;
}
/** The level at which the 7-day mean sits exactly on the line (bisection; the line moves with the level). */
function hrvBoundary(): number {
  let low = 3.0;
  let high = 4.0;
  for (let i = 0; i < 60; i++) {
    const mid = (low + high) / 2;
    if (mid < hrvLine(mid)) low = mid;
    else high = mid;
  }
  return low;
}

describe("HRV: 7-day mean of ln rMSSD below the 60-day mean by more than 0.5 SD (Plews 2013; Kiviniemi 2007)", () => {
  const boundary = hrvBoundary();

  it("a falling trend just below the line → easy or rest day, with the numbers", () => {
    const result = plan({ wellness: hrvHistory(boundary - 0.003) });
    const suggestion = find(result, "readiness/hrv");
    expect(suggestion?.title).toContain("easy or a rest day");
    expect(suggestion?.because.join(" ")).toMatch(/7-day mean ln rMSSD is 3\.\d\d \(7 readings\); your 60-day mean is 3\.9\d with an SD of 0\.\d\d/);
    expect(suggestion?.evidence.join(" ")).toContain("Plews et al. 2013, Sports Med 43:773");
  });

  it("just above the line is as usual", () => {
    expect(ids(plan({ wellness: hrvHistory(boundary + 0.003) }))).not.toContain("readiness/hrv");
  });

  it("needs 20 readings in the 60-day baseline and 3 in the last 7 days", () => {
    const low = Math.exp(3.0);
    const nineteen = [...series(-19, -1, (o) => check(o, { hrvRmssdMs: Math.exp(o % 2 === 0 ? 4.1 : 3.9) })), check(0, { hrvRmssdMs: low })];
    expect(plan({ wellness: nineteen }).readiness.factors.find((f) => f.id === "hrv")?.status).toBe("calibrating");
    const twenty = [check(-20, { hrvRmssdMs: Math.exp(4) }), ...nineteen];
    expect(plan({ wellness: twenty }).readiness.factors.find((f) => f.id === "hrv")?.status).toBe("below-usual");
    // Two readings in the last 7 days are not a trend.
    const sparse = [...series(-60, -7, (o) => check(o, { hrvRmssdMs: Math.exp(o % 2 === 0 ? 4.1 : 3.9) })), check(-3, { hrvRmssdMs: low }), check(0, { hrvRmssdMs: low })];
    expect(plan({ wellness: sparse }).readiness.factors.find((f) => f.id === "hrv")?.status).toBe("calibrating");
  });

  it("the baseline is the 60 days before today: a 61st day back does not count", () => {
    // 20 readings of ln 4 on today−80 … today−61 are outside; inside there are only 19.
    const outside = [...series(-80, -61, (o) => check(o, { hrvRmssdMs: Math.exp(4) })), ...series(-19, -1, (o) => check(o, { hrvRmssdMs: Math.exp(4) }))];
    expect(plan({ wellness: [...outside, check(0, { hrvRmssdMs: Math.exp(3) })] }).readiness.factors.find((f) => f.id === "hrv")?.status).toBe("calibrating");
    const inside = [check(-60, { hrvRmssdMs: Math.exp(4) }), ...series(-19, -1, (o) => check(o, { hrvRmssdMs: Math.exp(4 + (o % 2) * 0.01) })), check(0, { hrvRmssdMs: Math.exp(3) })];
    expect(plan({ wellness: inside }).readiness.factors.find((f) => f.id === "hrv")?.status).toBe("below-usual");
  });
});

const hooper = (offset: number, sum: number): WellnessDay => {
  // Spread the sum over the four items (each 1–7).
  const items = [0, 1, 2, 3].map((i) => Math.floor(sum / 4) + (i < sum % 4 ? 1 : 0));
  return check(offset, { sleep: items[0], stress: items[1], fatigue: items[2], soreness: items[3] });
};

describe("Hooper sum above the 28-day mean + 1 SD (Hooper 1995)", () => {
  // Sums alternate 10 and 12: mean 11, sample SD ≈ 1.018 over 28 readings → the line is ≈ 12.02.
  const baseline = series(-28, -1, (o) => hooper(o, o % 2 === 0 ? 10 : 12));

  it("a sum of 13 is above the line → your body says you are not recovered", () => {
    const result = plan({ wellness: [...baseline, hooper(0, 13)] });
    expect(find(result, "readiness/hooper")?.title).toBe("Your body says you are not recovered");
    expect(find(result, "readiness/hooper")?.because.join(" ")).toContain("Sum 13 of 28 this morning");
    expect(find(result, "readiness/hooper")?.because.join(" ")).toContain("28-day mean is 11.0 with an SD of 1.0");
  });

  it("a sum of 12 (above the mean, within 1 SD) is as usual", () => {
    expect(ids(plan({ wellness: [...baseline, hooper(0, 12)] }))).not.toContain("readiness/hooper");
  });

  it("reads the 28 days before today, needing 10 complete check-ins", () => {
    const old = series(-60, -29, (o) => hooper(o, 20));
    expect(ids(plan({ wellness: [...old, ...baseline, hooper(0, 13)] }))).toContain("readiness/hooper");
    const nine = series(-9, -1, (o) => hooper(o, o % 2 === 0 ? 10 : 12));
    expect(plan({ wellness: [...nine, hooper(0, 20)] }).readiness.factors.find((f) => f.id === "hooper")?.status).toBe("calibrating");
    expect(plan({ wellness: [hooper(-10, 11), ...nine, hooper(0, 20)] }).readiness.factors.find((f) => f.id === "hooper")?.status).toBe("below-usual");
    // An item missing makes no sum.
    expect(plan({ wellness: [...baseline, check(0, { sleep: 7, stress: 7, fatigue: 7 })] }).readiness.factors.find((f) => f.id === "hooper")?.status).toBe("missing");
  });
});

describe("under 6 hours of sleep on two nights running → a sleep note", () => {
  const sleep = (offset: number, sleepHours: number) => check(offset, { sleepHours });
  it("5.9 h twice gives the note; 6.0 h or a single short night does not", () => {
    expect(ids(plan({ wellness: [sleep(-1, 5.9), sleep(0, 5.9)] }))).toContain("readiness/sleep");
    expect(find(plan({ wellness: [sleep(-1, 5.5), sleep(0, 5)] }), "readiness/sleep")?.because[0]).toContain("5.0 h last night, then 5.5 h the night before");
    expect(ids(plan({ wellness: [sleep(-1, 6), sleep(0, 5.9)] }))).not.toContain("readiness/sleep");
    expect(ids(plan({ wellness: [sleep(0, 4)] }))).not.toContain("readiness/sleep");
    expect(ids(plan({ wellness: [sleep(-2, 4), sleep(0, 4)] }))).not.toContain("readiness/sleep");
  });
});

describe("the readiness card", () => {
  it("says no-check-in without a check-in today, and never gives a score", () => {
    const result = readiness([hr(-1, 50)]);
    expect(result).toEqual({ status: "no-check-in", factors: [], todaysTraining: "as-planned" });
  });

  it("load and readiness agree: a below-usual morning turns a hard-session day down, with a high-priority swap", () => {
    const wellness = [...series(-40, -1, (o) => hr(o, 50)), hr(0, 58)];
    const hard = [run(0, 10, 50, { kind: "intervals", rpe: 8 })];
    const withCheckIn = plan({ wellness, runs: hard });
    expect(withCheckIn.readiness.todaysTraining).toBe("easy");
    expect(find(withCheckIn, "readiness/hard-session")?.priority).toBe("high");
    expect(find(withCheckIn, "readiness/hard-session")?.title).toContain("swap today's intervals session for an easy run");
    const usual = plan({ wellness: [...wellness.slice(0, -1), hr(0, 50)], runs: hard });
    expect(usual.readiness.todaysTraining).toBe("as-planned");
    expect(ids(usual)).not.toContain("readiness/hard-session");
  });
});
