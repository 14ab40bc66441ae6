// Cross-training and estimated loads from the database to the plan and the load chart.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadDashboard } from "@/lib/data/dashboard";
import { loadPlanInput } from "@/lib/data/plan";
import { createRunner, findRunnerById } from "@/lib/data/users";
import { addDaysIso, dateColumn } from "@/lib/format/dates";

const today = "2026-05-31";

async function runner() {
  return createRunner({ email: `load-${randomUUID()}@example.com`, password: "test passphrase for load" });
}

/** A watch-only runner: a week of imported runs with heart rate and no RPE. */
async function watchOnly(userId: string, maxHeartRate: number | null) {
  await db().user.update({ where: { id: userId }, data: { maxHeartRate } });
  await db().run.createMany({
    data: Array.from({ length: 7 }, (_, i) => {
      const date = addDaysIso(today, -i);
      return {
        userId,
        startedAt: new Date(`${date}T06:30:00Z`),
        localDate: dateColumn(date),
        distanceM: 7000,
        durationSec: 35 * 60,
        avgHeartRate: 160,
        maxHeartRate: 182,
        source: "fit" as const,
        fileHash: `h${i}`,
      };
    }),
  });
}

describe("a watch-only runner's load", () => {
  it("is estimated from heart rate against the profile's maximum: the chart is not empty and says ≈", async () => {
    const r = await runner();
    await watchOnly(r.id, 190);
    const dashboard = await loadDashboard((await findRunnerById(r.id))!, today);
    const last = dashboard.load.at(-1)!;
    // 160 / 190 = 84 % of max → vigorous (ACSM) → RPE 6; 6 × 35 min = 210
    expect(last.load).toBe(210);
    expect(last.estimated).toBe(true);
    expect(dashboard.plan!.metrics.dailyLoad).toBe(210);
    const monotony = dashboard.plan!.suggestions.find((s) => s.id === "load/monotony");
    expect(monotony?.because.join(" ")).toMatch(/Estimated \(≈\): 7 sessions have no effort rating/);
  });

  it("without a maximum in the profile, uses the highest heart rate of the last 180 days", async () => {
    const r = await runner();
    await watchOnly(r.id, null);
    const dashboard = await loadDashboard((await findRunnerById(r.id))!, today);
    // 160 / 182 = 88 % → vigorous → RPE 6
    expect(dashboard.load.at(-1)!.load).toBe(210);
  });
});

describe("cross-training in the plan", () => {
  it("counts in load but not in distance; a sport the runner excludes counts in neither", async () => {
    const r = await runner();
    const ride = (sport: string, day: string) => ({
      userId: r.id,
      sport,
      startedAt: new Date(`${day}T17:00:00Z`),
      localDate: dateColumn(day),
      durationSec: 3600,
      distanceM: 30_000,
      rpe: 5,
    });
    await db().crossTraining.createMany({ data: [ride("cycling", today), ride("swimming", today)] });
    let dashboard = await loadDashboard((await findRunnerById(r.id))!, today);
    expect(dashboard.plan!.metrics.dailyLoad).toBe(600);
    expect(dashboard.plan!.metrics.weekDistanceKm).toBe(0);
    expect(dashboard.weeklyDistance.reduce((sum, week) => sum + week.runs, 0)).toBe(0);
    expect(dashboard.load.at(-1)!.load).toBe(600);

    await db().user.update({ where: { id: r.id }, data: { loadExcludedSports: ["swimming"] } });
    const updated = (await findRunnerById(r.id))!;
    dashboard = await loadDashboard(updated, today);
    expect(dashboard.plan!.metrics.dailyLoad).toBe(300);
    expect((await loadPlanInput(updated, today)).crossTraining?.map((c) => c.sport)).toEqual(["cycling"]);
  });
});
