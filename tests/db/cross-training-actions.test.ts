// The cross-training form, the one-tap effort and the load settings, as the pages call them.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).nextHeaders(jar));
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).nextCache);

const { createCrossTrainingAction, rateSessionAction } = await import("@/app/(app)/runs/cross-training/actions");
const { updateLoadExclusionsAction } = await import("@/app/(app)/settings/actions");
const { db } = await import("@/lib/db");
const { todayFor } = await import("@/lib/data/plan");
const { localDateOf, localTimeOf } = await import("@/lib/format/dates");
const { newRunner } = await import("../support/api");
const { zoneWhereStillToday } = await import("../support/zones");

async function signedIn(timeZone = "Europe/Berlin") {
  const runner = await newRunner({ timeZone });
  jar.cookie = runner.cookie;
  return { ...runner, today: todayFor(runner.runner) };
}
const form = (fields: Record<string, string | string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
};
const redirectOf = (error: unknown) => /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(String((error as { digest?: string })?.digest ?? ""))?.[1] ?? null;
const count = (userId: string) => db().crossTraining.count({ where: { userId } });

describe("logging cross-training by hand", () => {
  it("stores the session with its sport, duration, effort and distance in metres", async () => {
    const { runner, today } = await signedIn();
    const saved = await createCrossTrainingAction({}, form({ sport: "rowing", date: today, time: "00:00", duration: "45", rpe: "6", distance: "9.5" })).then(
      () => null,
      (error: unknown) => error,
    );
    expect(redirectOf(saved)).toBe("/runs?crossTraining=saved");
    expect(await db().crossTraining.findFirstOrThrow({ where: { userId: runner.id } })).toMatchObject({ sport: "rowing", durationSec: 2700, rpe: 6, distanceM: 9500, source: "manual" });
  });

  it("names what is wrong and stores nothing: no sport, no duration, a start later today", async () => {
    const zone = zoneWhereStillToday(2 * 3600_000);
    const { runner, today } = await signedIn(zone);
    const missing = await createCrossTrainingAction({}, form({ sport: "", date: today, time: "00:00", duration: "" }));
    expect(missing.fieldErrors?.sport).toEqual(["Choose the sport."]);
    expect(missing.fieldErrors?.duration).toEqual(["Enter how long the session lasted."]);
    const later = new Date(Date.now() + 2 * 3600_000);
    const future = await createCrossTrainingAction({}, form({ sport: "cycling", date: localDateOf(later, zone), time: localTimeOf(later, zone), duration: "60" }));
    expect(future.fieldErrors?.time?.[0]).toMatch(/later than now/);
    expect(await count(runner.id)).toBe(0);
  });
});

describe("one tap for the effort of an imported session", () => {
  it("rates the runner's own session, and not another runner's", async () => {
    const a = await signedIn();
    const session = await db().crossTraining.create({
      data: { userId: a.runner.id, sport: "cycling", startedAt: new Date("2026-01-01T10:00:00Z"), localDate: new Date("2026-01-01"), durationSec: 3600, source: "fit" },
    });
    expect(await rateSessionAction("cross-training", session.id, 5)).toEqual({ ok: true, message: "Effort 5 saved." });
    expect((await db().crossTraining.findUniqueOrThrow({ where: { id: session.id } })).rpe).toBe(5);
    await signedIn();
    expect((await rateSessionAction("cross-training", session.id, 9)).ok).toBe(false);
    expect(await rateSessionAction("cross-training", session.id, 11)).toMatchObject({ ok: false });
    expect((await db().crossTraining.findUniqueOrThrow({ where: { id: session.id } })).rpe).toBe(5);
  });
});

describe("leaving a sport out of the load", () => {
  it("saves the checked sports, and refuses names that are not sports", async () => {
    const { runner } = await signedIn();
    const ok = await updateLoadExclusionsAction({}, form({ excluded: ["walking", "yoga"] }));
    expect(ok.ok).toBe(true);
    expect((await db().user.findUniqueOrThrow({ where: { id: runner.id } })).loadExcludedSports).toEqual(["walking", "yoga"]);
    const bad = await updateLoadExclusionsAction({}, form({ excluded: ["<script>"] }));
    expect(bad.fieldErrors?.excluded).toBeDefined();
    expect((await db().user.findUniqueOrThrow({ where: { id: runner.id } })).loadExcludedSports).toEqual(["walking", "yoga"]);
  });
});
