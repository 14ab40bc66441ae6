import { describe, expect, it } from "vitest";
import { loadPlanInput } from "@/lib/data/plan";
import { createRace, deleteRace, getRace, listRaces, updateRace } from "@/lib/data/races";
import { newRunner } from "../support/api";

describe("races", () => {
  it("adds, lists by date, edits and deletes a race; the plan sees it", async () => {
    const { runner } = await newRunner();
    const later = await createRace(runner.id, { name: "Autumn Marathon", date: "2026-10-04", distanceM: 42195, priority: "A" });
    const sooner = await createRace(runner.id, { name: "Tune-up 10K", date: "2026-09-06", distanceM: 10000, priority: "C" });
    expect((await listRaces(runner.id)).map((r) => r.name)).toEqual(["Tune-up 10K", "Autumn Marathon"]);
    expect((await listRaces(runner.id, { from: "2026-09-07" })).map((r) => r.id)).toEqual([later.id]);

    const edited = await updateRace(runner.id, sooner.id, { name: "Tune-up half", distanceM: 21097, priority: "B" });
    expect(edited).toMatchObject({ id: sooner.id, name: "Tune-up half", date: "2026-09-06", distanceM: 21097, priority: "B" });

    const input = await loadPlanInput({ id: runner.id, bodyMassKg: null }, "2026-09-01");
    expect(input.races).toEqual([
      // The race's id rides along, so proposal reasons follow a renamed race.
      { date: "2026-09-06", distanceKm: 21.097, name: "Tune-up half", priority: "B", id: sooner.id },
      { date: "2026-10-04", distanceKm: 42.195, name: "Autumn Marathon", priority: "A", id: later.id },
    ]);

    expect(await deleteRace(runner.id, sooner.id)).toBe(true);
    expect(await getRace(runner.id, sooner.id)).toBeNull();
    expect(await deleteRace(runner.id, sooner.id)).toBe(false);
  });

  it("another runner's race is not found, not changed and not deleted", async () => {
    const { runner: owner } = await newRunner();
    const { runner: other } = await newRunner();
    const race = await createRace(owner.id, { name: "Mine", date: "2026-09-06", distanceM: 5000, priority: "A" });
    expect(await getRace(other.id, race.id)).toBeNull();
    expect(await updateRace(other.id, race.id, { name: "Theirs" })).toBeNull();
    expect(await deleteRace(other.id, race.id)).toBe(false);
    expect(await listRaces(other.id)).toEqual([]);
    expect(await getRace(owner.id, race.id)).toMatchObject({ name: "Mine" });
  });

  it("an id that is not a uuid is simply not found", async () => {
    const { runner } = await newRunner();
    expect(await getRace(runner.id, "not-an-id")).toBeNull();
    expect(await updateRace(runner.id, "1; drop table races", { name: "x" })).toBeNull();
  });
});
