import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { conflictsOf } from "@/lib/data/conflicts";
import { createMassage, getMassage, listMassages, MassageTransitionError, StaleMassageError, syncProposals, updateMassage } from "@/lib/data/massages";
import { createRace, deleteRace } from "@/lib/data/races";
import { addDaysIso, dateColumn } from "@/lib/format/dates";
import { DEFAULT_MASSAGE_TIMING } from "@/lib/rules";
import { redFlagRegionsOf } from "@/lib/rules/conflicts";
import { newRunner } from "../support/api";

const TODAY = "2026-06-01";
const day = (offset: number) => addDaysIso(TODAY, offset);
const RACE_DAY = day(10);

async function runnerWithRace(timeZone = "UTC") {
  const { runner } = await newRunner({ timeZone });
  const race = await createRace(runner.id, { name: "Lakeside Half", date: RACE_DAY, distanceM: 21097, priority: "A" });
  return { runner, race };
}

async function conflictKinds(runner: Awaited<ReturnType<typeof runnerWithRace>>["runner"]) {
  const { plan } = await syncProposals(runner, TODAY);
  const massages = await listMassages(runner);
  return (await conflictsOf(runner.id, TODAY, massages, redFlagRegionsOf(plan))).map((c) => ({ date: c.date, kind: c.kind, message: c.message }));
}

describe("proposals synced from the plan", () => {
  it("stores the planner's massage days as proposals, once, with their reasons", async () => {
    const { runner } = await runnerWithRace();
    const first = await syncProposals(runner, TODAY);
    expect(first.plan.massageDays.length).toBeGreaterThan(0);
    const stored = await listMassages(runner);
    // The reason is stored as data (worded when shown, relative to the day it is read).
    expect(stored.map((m) => ({ date: m.date, depth: m.depth, regions: m.regions, reasonData: m.reasonData, status: m.status }))).toEqual(
      first.plan.massageDays.map((p) => ({ date: p.date, depth: p.depth, regions: p.regions, reasonData: p.why, status: "proposed" })),
    );
    for (const massage of stored) expect(massage.reason).toContain("Lakeside Half");
    // Deep 5–7 days before the race, a light flush 2 days before, 1 day after, deep again 3 days after (the engine's defaults).
    expect(stored.map((m) => [m.date, m.depth])).toEqual([
      [addDaysIso(RACE_DAY, -DEFAULT_MASSAGE_TIMING.deepEarliestDaysBeforeRace), "deep"],
      [addDaysIso(RACE_DAY, -DEFAULT_MASSAGE_TIMING.lightDaysBeforeRace), "light"],
      [addDaysIso(RACE_DAY, DEFAULT_MASSAGE_TIMING.lightFirstDaysAfterRace), "light"],
      [addDaysIso(RACE_DAY, DEFAULT_MASSAGE_TIMING.deepFirstDaysAfterRace), "deep"],
    ]);

    const again = await syncProposals(runner, TODAY);
    expect(again.created).toBe(0);
    expect((await listMassages(runner)).map((m) => m.id)).toEqual(stored.map((m) => m.id));
  });

  it("two syncs at once store each proposal once", async () => {
    const { runner } = await runnerWithRace();
    await Promise.all([syncProposals(runner, TODAY), syncProposals(runner, TODAY)]);
    expect(await db().massageSession.count({ where: { userId: runner.id } })).toBe(4);
  });

  it("accepting one leaves it alone on the next sync; a dismissed one does not come back", async () => {
    const { runner } = await runnerWithRace();
    await syncProposals(runner, TODAY);
    const [deep, light, afterRace, deepAfterRace] = await listMassages(runner);
    const accepted = await updateMassage(runner, deep!.id, { status: "accepted" }, TODAY);
    expect(accepted).toMatchObject({ id: deep!.id, status: "accepted", date: deep!.date, proposed: true });
    await updateMassage(runner, light!.id, { status: "dismissed" }, TODAY);

    for (let i = 0; i < 2; i++) await syncProposals(runner, TODAY);
    const visible = await listMassages(runner);
    expect(visible.map((m) => [m.id, m.status])).toEqual([
      [deep!.id, "accepted"],
      [afterRace!.id, "proposed"],
      [deepAfterRace!.id, "proposed"],
    ]);
    const all = await listMassages(runner, { includeDismissed: true });
    expect(all.filter((m) => m.status === "dismissed").map((m) => m.id)).toEqual([light!.id]);
    expect(await db().massageSession.count({ where: { userId: runner.id } })).toBe(4);
  });

  it("a proposal the plan no longer makes is removed, unless the runner acted on it", async () => {
    const { runner, race } = await runnerWithRace();
    await syncProposals(runner, TODAY);
    const [deep] = await listMassages(runner);
    await updateMassage(runner, deep!.id, { status: "booked", therapist: "Sam", time: "18:00" }, TODAY);
    await deleteRace(runner.id, race.id);
    const result = await syncProposals(runner, TODAY);
    expect(result.removed).toBe(3);
    expect((await listMassages(runner)).map((m) => [m.id, m.status, m.therapist])).toEqual([[deep!.id, "booked", "Sam"]]);
  });

  it("proposes a light session the day after a long run", async () => {
    const { runner } = await newRunner();
    await db().run.create({
      data: { userId: runner.id, startedAt: new Date(`${day(0)}T07:00:00Z`), localDate: dateColumn(day(0)), distanceM: 30000, durationSec: 10200, kind: "long", rpe: 6 },
    });
    await syncProposals(runner, TODAY);
    const [proposal] = await listMassages(runner);
    expect(proposal).toMatchObject({ date: day(1), status: "proposed" });
    expect(["light", "self"]).toContain(proposal!.depth);
    expect(proposal!.regions).toEqual(expect.arrayContaining(["calves", "quadriceps"]));
  });
});

describe("the massage life cycle", () => {
  it("proposed → accepted → booked → done, moving keeps the booked local time", async () => {
    const { runner } = await runnerWithRace("Europe/Berlin");
    await syncProposals(runner, TODAY);
    const [deep] = await listMassages(runner);
    await updateMassage(runner, deep!.id, { status: "accepted" }, TODAY);
    const booked = await updateMassage(runner, deep!.id, { status: "booked", therapist: "Sam", time: "17:30", place: "Studio 4" }, TODAY);
    expect(booked).toMatchObject({ status: "booked", time: "17:30", startsAt: `${deep!.date}T15:30:00.000Z`, place: "Studio 4" });
    const moved = await updateMassage(runner, deep!.id, { status: "booked", date: day(2) }, TODAY);
    expect(moved).toMatchObject({ date: day(2), time: "17:30", startsAt: `${day(2)}T15:30:00.000Z`, therapist: "Sam" });
    const done = await updateMassage(runner, deep!.id, { status: "done", notes: "Calves tight" }, TODAY);
    expect(done).toMatchObject({ status: "done", notes: "Calves tight", version: 5 });
  });

  it("moving a proposal accepts it in one call", async () => {
    const { runner } = await runnerWithRace();
    await syncProposals(runner, TODAY);
    const [deep] = await listMassages(runner);
    expect(await updateMassage(runner, deep!.id, { status: "accepted", date: day(1) }, TODAY)).toMatchObject({ status: "accepted", date: day(1) });
  });

  it.each([
    ["done", "proposed"],
    ["done", "booked"],
    ["dismissed", "accepted"],
    ["accepted", "proposed"],
  ] as const)("refuses %s → %s and changes nothing", async (from, to) => {
    const { runner } = await newRunner();
    const created = await createMassage(runner, { date: day(3), depth: "light", regions: [], status: from === "dismissed" ? "accepted" : from });
    if (from === "dismissed") await updateMassage(runner, created.id, { status: "dismissed" }, TODAY);
    const before = await getMassage(runner, created.id);
    await expect(updateMassage(runner, created.id, { status: to, date: day(4) }, TODAY)).rejects.toBeInstanceOf(MassageTransitionError);
    expect(await getMassage(runner, created.id)).toEqual(before);
  });

  it("refuses a stale version with StaleMassageError", async () => {
    const { runner } = await newRunner();
    const created = await createMassage(runner, { date: day(3), depth: "light", regions: [], status: "accepted" });
    await updateMassage(runner, created.id, { status: "booked", version: created.version }, TODAY);
    await expect(updateMassage(runner, created.id, { status: "done", version: created.version }, TODAY)).rejects.toBeInstanceOf(StaleMassageError);
  });

  it("another runner's session is not found, and stays as it was", async () => {
    const { runner: owner } = await newRunner();
    const { runner: other } = await newRunner();
    const created = await createMassage(owner, { date: day(3), depth: "deep", regions: ["calves"], status: "booked" });
    expect(await getMassage(other, created.id)).toBeNull();
    expect(await updateMassage(other, created.id, { status: "dismissed" }, TODAY)).toBeNull();
    expect((await getMassage(owner, created.id))?.status).toBe("booked");
  });
});

describe("conflicts", () => {
  it("deep tissue moved into the pre-race window is flagged, with where to move it", async () => {
    const { runner } = await runnerWithRace();
    await syncProposals(runner, TODAY);
    const [deep] = await listMassages(runner);
    expect(await conflictKinds(runner)).toEqual([]);
    await updateMassage(runner, deep!.id, { status: "accepted", date: addDaysIso(RACE_DAY, -3) }, TODAY);
    const conflicts = await conflictKinds(runner);
    expect(conflicts).toEqual([
      {
        date: addDaysIso(RACE_DAY, -3),
        kind: "deep-in-race-window",
        // Dates in the message as a runner says them: race − 5 is Sat 6 Jun.
        message: expect.stringContaining("Move it to Sat 6 Jun or earlier"),
      },
    ]);
    // The moved session keeps its reason: the planner does not propose the same deep session again.
    expect((await listMassages(runner)).filter((m) => m.depth === "deep" && m.date < RACE_DAY).map((m) => m.id)).toEqual([deep!.id]);
  });

  it("a massage on race day", async () => {
    const { runner } = await runnerWithRace();
    await createMassage(runner, { date: RACE_DAY, depth: "light", regions: [], status: "booked" });
    expect((await conflictKinds(runner)).map((c) => [c.date, c.kind])).toEqual([[RACE_DAY, "massage-on-race-day"]]);
  });

  it("two sessions on one day", async () => {
    const { runner } = await newRunner();
    await createMassage(runner, { date: day(3), depth: "light", regions: [], status: "booked" });
    await createMassage(runner, { date: day(3), depth: "self", regions: ["calves"], status: "accepted" });
    expect((await conflictKinds(runner)).map((c) => c.kind)).toEqual(["two-on-one-day", "two-on-one-day"]);
  });

  it("deep work on a region with a red flag (sharp pain)", async () => {
    const { runner } = await newRunner();
    await db().sorenessEntry.create({ data: { userId: runner.id, date: dateColumn(TODAY), region: "calves", side: "left", level: 4, sharp: true } });
    await createMassage(runner, { date: day(2), depth: "deep", regions: ["calves", "hamstrings"], status: "booked" });
    await createMassage(runner, { date: day(4), depth: "deep", regions: ["hamstrings"], status: "booked" });
    const conflicts = await conflictKinds(runner);
    expect(conflicts.map((c) => [c.date, c.kind])).toEqual([[day(2), "deep-on-red-flag"]]);
    expect(conflicts[0]!.message).toContain("see a physiotherapist or doctor");
  });
});
