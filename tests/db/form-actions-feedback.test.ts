// The calendar's and the run form's server actions, signed in, as the forms call them: what the
// runner is told about a day that cannot be, and that nothing changed.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).nextHeaders(jar));
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).nextCache);

const { massageIntentAction } = await import("@/app/(app)/calendar/actions");
const { createRunAction } = await import("@/app/(app)/runs/actions");
const { logSorenessAction } = await import("@/app/(app)/soreness/actions");
const { createMassage, getMassage } = await import("@/lib/data/massages");
const { countRuns } = await import("@/lib/data/runs");
const { todayFor } = await import("@/lib/data/plan");
const { addDaysIso } = await import("@/lib/format/dates");
const { newRunner } = await import("../support/api");

async function signedIn() {
  const runner = await newRunner({ timeZone: "Europe/Berlin" });
  jar.cookie = runner.cookie;
  return { ...runner, today: todayFor(runner.runner) };
}

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

/** The redirect a server action ended with (Next throws it), or null. */
const redirectOf = (error: unknown) => /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(String((error as { digest?: string })?.digest ?? ""))?.[1] ?? null;

describe("moving or dismissing a massage day from the calendar", () => {
  it("asks for a day when the date was emptied, refuses a day already past, and names the new day in words", async () => {
    const { runner, today } = await signedIn();
    const massage = await createMassage(runner, { date: addDaysIso(today, 3), depth: "light", regions: [], status: "accepted" });
    const move = (date: string) =>
      massageIntentAction({}, form({ id: massage.id, intent: "move", status: "accepted", version: massage.version, date, back: "/calendar" }));

    const empty = await move("");
    expect(empty.ok).toBeFalsy();
    expect(empty.fieldErrors?.date).toEqual(["Choose the day to move it to."]);

    const past = await move(addDaysIso(today, -400));
    expect(past.ok).toBeFalsy();
    expect(past.fieldErrors?.date?.[0]).toMatch(/^Choose today or a later day\./);
    expect((await getMassage(runner, massage.id))?.date).toBe(massage.date);

    const moved = await move("2099-03-04");
    expect(moved).toMatchObject({ ok: true, message: "Moved to Wednesday 4 March 2099." });
    expect((await getMassage(runner, massage.id))?.date).toBe("2099-03-04");
  });

  it("dismissing sends the runner back to the calendar they were on, which then says it was dismissed", async () => {
    const { runner, today } = await signedIn();
    const massage = await createMassage(runner, { date: addDaysIso(today, 2), depth: "light", regions: [], status: "accepted" });
    const back = `/calendar?view=week&date=${today}`;
    const outcome = await massageIntentAction({}, form({ id: massage.id, intent: "dismiss", status: "accepted", version: massage.version, back })).then(
      () => null,
      (error: unknown) => error,
    );
    expect(redirectOf(outcome)).toBe(`${back}&done=dismissed`);
    expect((await getMassage(runner, massage.id))?.status).toBe("dismissed");
  });
});

describe("logging a run by hand", () => {
  it("refuses a day still to come, on the date field, and stores nothing", async () => {
    const { runner, today } = await signedIn();
    const state = await createRunAction(
      {},
      form({ nonce: crypto.randomUUID(), date: addDaysIso(today, 1), time: "07:30", distance: "10", duration: "50:00", rpe: "4", kind: "easy" }),
    );
    expect(state.fieldErrors?.date).toEqual(["That day is still to come. Log a run on the day you ran it, or later."]);
    expect(state.values?.distance).toBe("10");
    expect(await countRuns(runner.id)).toBe(0);

    const saved = await createRunAction({}, form({ nonce: crypto.randomUUID(), date: today, time: "00:01", distance: "10", duration: "50:00", rpe: "4" })).then(
      () => null,
      (error: unknown) => error,
    );
    expect(redirectOf(saved)).toMatch(/^\/runs\?saved=/);
    expect(await countRuns(runner.id)).toBe(1);
  });
});

describe("logging soreness on the body map", () => {
  it("says a red flag right where it was saved: sharp, or above 5/10 → see a physiotherapist or doctor; a dull 5 saves quietly", async () => {
    const { today } = await signedIn();
    const quiet = await logSorenessAction({}, form({ date: today, "level.calves.left": "5" }));
    expect(quiet).toEqual({ ok: true, message: "Saved 1 spot." });

    const sharp = await logSorenessAction({}, form({ date: today, "level.calves.left": "3", "sharp.calves.left": "on" }));
    expect(sharp.ok).toBe(true);
    expect(sharp.warning).toMatch(/^Sharp pain, or pain above 5\/10, is a red flag: see a physiotherapist or doctor before you run on it\./);

    const severe = await logSorenessAction({}, form({ date: today, "level.knees.right": "10" }));
    expect(severe.warning).toMatch(/see a physiotherapist or doctor/);
  });
});
