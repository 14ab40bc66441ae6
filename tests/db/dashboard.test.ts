import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadDashboard } from "@/lib/data/dashboard";
import { loadMassageFollowUp } from "@/lib/data/massage-follow-up";
import { loadPlanInput } from "@/lib/data/plan";
import { createRunner, findRunnerForSession, updateSettings, type Runner } from "@/lib/data/users";
import { addDaysIso, dateColumn } from "@/lib/format/dates";

const today = "2026-05-31";

// Every statement the app sends goes through pg.Client#query (the Prisma adapter uses a pg.Pool).
const originalQuery = pg.Client.prototype.query;
let counted: string[] | null = null;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string } | undefined)?.text;
  if (counted && text) counted.push(text);
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
afterEach(() => {
  counted = null;
});

async function countQueries<T>(work: () => Promise<T>): Promise<{ result: T; queries: string[] }> {
  counted = [];
  try {
    const result = await work();
    return { result, queries: counted };
  } finally {
    counted = null;
  }
}

async function runnerWithHistory(days: number): Promise<Runner> {
  const created = await createRunner({ email: `dash-${randomUUID()}@example.com`, password: "dashboard test pass" });
  const runner = await updateSettings(created.id, { units: "km", timeZone: "Europe/Berlin", bodyMassKg: 64 });
  const kinds = ["easy", "tempo", "easy", "intervals", "recovery", "easy", "long"] as const;
  const runs = Array.from({ length: days }, (_, index) => {
    const date = addDaysIso(today, -index);
    const kind = kinds[index % kinds.length]!;
    return {
      userId: runner.id,
      startedAt: new Date(`${date}T06:30:00Z`),
      localDate: dateColumn(date),
      distanceM: kind === "long" ? 24000 : 9000 + (index % 5) * 500,
      durationSec: kind === "long" ? 8400 : 2900,
      rpe: index % 4 === 0 ? null : 3 + (index % 5),
      kind,
      temperatureC: index % 3 === 0 ? 14 : null,
    };
  });
  for (let start = 0; start < runs.length; start += 1000) await db().run.createMany({ data: runs.slice(start, start + 1000) });
  const regions = ["calves", "quadriceps", "hamstrings", "it_band", "lower_back"] as const;
  await db().sorenessEntry.createMany({
    data: Array.from({ length: Math.min(days, 400) }, (_, index) => ({
      userId: runner.id,
      date: dateColumn(addDaysIso(today, -index * 2)),
      region: regions[index % regions.length]!,
      side: index % 2 === 0 ? ("left" as const) : ("both" as const),
      level: 1 + (index % 5),
    })),
  });
  await db().race.createMany({
    data: Array.from({ length: Math.ceil(days / 90) }, (_, index) => ({
      userId: runner.id,
      name: `Race ${index}`,
      date: dateColumn(addDaysIso(today, 40 - index * 90)),
      distanceM: 21097,
      priority: "B" as const,
    })),
  });
  await db().massageSession.createMany({
    data: Array.from({ length: Math.ceil(days / 20) }, (_, index) => ({
      userId: runner.id,
      date: dateColumn(addDaysIso(today, 10 - index * 20)),
      depth: index % 2 === 0 ? ("light" as const) : ("deep" as const),
      regions: ["calves" as const],
      status: index === 0 ? ("booked" as const) : ("done" as const),
    })),
  });
  await db().sweatRateTest.create({
    data: { userId: runner.id, date: dateColumn(addDaysIso(today, -30)), massBeforeKg: 64.6, massAfterKg: 63.8, fluidMl: 300, urineMl: 0, durationSec: 3600 },
  });
  return runner;
}

describe("dashboard loader", () => {
  it("reads the same plan input as loadPlanInput, once, and the charts from it", async () => {
    const runner = await runnerWithHistory(200);
    const dashboard = await loadDashboard(runner, today);
    expect(dashboard.planInput).toEqual(await loadPlanInput(runner, today));
    expect(dashboard.plan?.today).toBe(today);
    expect(dashboard.hasRuns).toBe(true);
    expect(dashboard.weeklyDistance).toHaveLength(16);
    expect(dashboard.load.at(-1)!.acute).toBeCloseTo(dashboard.plan!.metrics.acuteLoad, 6);
    expect(dashboard.soreness.dates).toHaveLength(42);
    expect(dashboard.sorenessNow.length).toBeGreaterThan(0);
  });

  it("costs the same few queries for 2 years of daily history as for 1 week (≤ 8 with the session check)", async () => {
    const veteran = await runnerWithHistory(730);
    const newcomer = await runnerWithHistory(7);
    const measure = async (runner: Runner) =>
      countQueries(async () => {
        // Everything Today reads: the session, the dashboard and the massage follow-up (issue 16).
        const session = await findRunnerForSession(runner.id, runner.sessionVersion);
        const dashboard = await loadDashboard(session!, today);
        await loadMassageFollowUp(runner.id, today, dashboard.planInput.soreness);
        return dashboard;
      });
    await measure(newcomer); // warm the pool, so connection set-up is not counted
    const big = await measure(veteran);
    const small = await measure(newcomer);
    expect(big.queries.length).toBe(small.queries.length);
    expect(big.queries.length).toBeLessThanOrEqual(8);
    expect(big.queries.length).toBeGreaterThanOrEqual(6); // the session and the five windows really went to the database
    expect(big.result.weeklyDistance.reduce((sum, week) => sum + week.runs, 0)).toBeGreaterThan(100);
    expect(small.result.weeklyDistance.reduce((sum, week) => sum + week.runs, 0)).toBe(7);
  });

  it("writes the plan's distances in the runner's units: miles for a runner in miles, km numbers unchanged", async () => {
    const created = await createRunner({ email: `dash-${randomUUID()}@example.com`, password: "dashboard test pass" });
    const runner = await updateSettings(created.id, { units: "mi", timeZone: "Europe/Berlin" });
    await db().run.createMany({
      data: [
        { userId: runner.id, startedAt: new Date(`${addDaysIso(today, -20)}T06:30:00Z`), localDate: dateColumn(addDaysIso(today, -20)), distanceM: 17000, durationSec: 6000, kind: "long" },
        // Three short runs more: four in the 30 days before, so the spike guard has its baseline.
        ...[-15, -10, -5].map((offset) => ({
          userId: runner.id,
          startedAt: new Date(`${addDaysIso(today, offset)}T06:30:00Z`),
          localDate: dateColumn(addDaysIso(today, offset)),
          distanceM: 5000,
          durationSec: 1800,
          kind: "easy" as const,
        })),
        { userId: runner.id, startedAt: new Date(`${today}T06:30:00Z`), localDate: dateColumn(today), distanceM: 24000, durationSec: 8400, kind: "long" },
      ],
    });
    await db().race.create({ data: { userId: runner.id, name: "Old 10K", date: dateColumn(addDaysIso(today, -2)), distanceM: 10000, priority: "C" } });

    const inMiles = await loadDashboard(runner, today);
    expect(inMiles.units).toBe("mi");
    const spike = inMiles.plan!.suggestions.find((s) => s.id === "load/spike")!;
    // Dates in sentences as a runner says them ("Sun 22 Nov"), never ISO.
    expect(spike.because[0]).toMatch(
      /^Your 14\.9 mi long run \(today, \w{3} \d{1,2} \w{3}\) is 41 % longer than your longest run of the previous 30 days \(10\.6 mi on \w{3} \d{1,2} \w{3}( \d{4})?, 20 days ago\)\.$/,
    );
    expect(inMiles.plan!.suggestions.find((s) => s.rules.includes("rest/after-race"))!.because).toContainEqual(
      expect.stringMatching(/^You raced Old 10K \(6\.2 mi\) on \w{3} \d{1,2} \w{3}( \d{4})?, 2 days ago\.$/),
    );
    expect(JSON.stringify(inMiles.plan)).not.toMatch(/\d km\b/);
    expect(inMiles.plan!.metrics.longestRunLast30DaysKm).toBe(17);

    const inKm = await loadDashboard(await updateSettings(runner.id, { units: "km", timeZone: "Europe/Berlin" }), today);
    expect(inKm.plan!.suggestions.find((s) => s.id === "load/spike")!.because[0]).toContain("Your 24.0 km long run");
    expect(inKm.plan!.metrics).toEqual(inMiles.plan!.metrics);
  });

  it("counts down to the next race and massage, even beyond the plan's window, and only the runner's own", async () => {
    const created = await createRunner({ email: `dash-${randomUUID()}@example.com`, password: "dashboard test pass" });
    const runner = await updateSettings(created.id, { units: "mi", timeZone: "America/New_York" });
    const other = await createRunner({ email: `dash-${randomUUID()}@example.com`, password: "dashboard test pass" });

    let dashboard = await loadDashboard(runner, today);
    expect(dashboard.nextRace).toBeNull();
    expect(dashboard.nextMassage).toBeNull();
    expect(dashboard.hasRuns).toBe(false);

    await db().race.createMany({
      data: [
        { userId: runner.id, name: "Autumn Marathon", date: dateColumn(addDaysIso(today, 200)), distanceM: 42195, priority: "A" },
        { userId: runner.id, name: "Old 10K", date: dateColumn(addDaysIso(today, -3)), distanceM: 10000, priority: "C" },
        { userId: other.id, name: "Someone else's race", date: dateColumn(addDaysIso(today, 5)), distanceM: 5000, priority: "A" },
      ],
    });
    await db().massageSession.createMany({
      data: [
        { userId: runner.id, date: dateColumn(addDaysIso(today, 2)), depth: "deep", regions: [], status: "dismissed" },
        { userId: other.id, date: dateColumn(addDaysIso(today, 1)), depth: "light", regions: [], status: "booked" },
        {
          userId: runner.id,
          date: dateColumn(addDaysIso(today, 12)),
          depth: "light",
          regions: ["calves", "it_band"],
          status: "booked",
          therapist: "Sam",
          startsAt: new Date(`${addDaysIso(today, 12)}T21:30:00Z`),
        },
      ],
    });
    dashboard = await loadDashboard(runner, today);
    expect(dashboard.nextRace).toEqual({ name: "Autumn Marathon", date: addDaysIso(today, 200), distanceM: 42195, priority: "A", daysAway: 200 });
    expect(dashboard.nextMassage).toMatchObject({ date: addDaysIso(today, 12), daysAway: 12, therapist: "Sam", regions: ["calves", "it-band"], time: "17:30" });
    // The marathon is beyond the plan's 27-week window (race plans reach 26 weeks); the past 10K is inside it.
    expect(dashboard.planInput.races.map((race) => race.name)).toEqual(["Old 10K"]);
    expect(dashboard.planInput.massages).toHaveLength(1);
  });
  it("never shows a stored proposal that names a region red-flagged since: the next proposal is today's plan's", async () => {
    const runner = await createRunner({ email: `dash-${randomUUID()}@example.com`, password: "dashboard test pass" });
    // A deep-tissue proposal stored before the calf hurt (the calendar re-syncs stored proposals only when opened).
    await db().massageSession.create({
      data: { userId: runner.id, date: dateColumn(addDaysIso(today, 3)), depth: "deep", regions: ["calves", "hamstrings"], status: "proposed", proposalKey: `test|${randomUUID()}` },
    });
    await db().sorenessEntry.create({ data: { userId: runner.id, date: dateColumn(today), region: "calves", side: "right", level: 6, sharp: true } });
    const dashboard = await loadDashboard(runner, today);
    expect(dashboard.plan?.suggestions[0]?.kind).toBe("see-professional");
    expect(dashboard.nextProposedMassage?.regions ?? []).not.toContain("calves");
  });
});
