// A runner with a history a therapist would read: a goal race, a booked session, runs with
// private notes, a one-sided right calf, a sharp right knee, a done massage with notes.
import { db } from "@/lib/db";
import { addDaysIso, dateColumn, localDateOf } from "@/lib/format/dates";
import { createShare } from "@/lib/data/shares";
import { newRunner, type TestRunner } from "./api";

export const RUN_NOTE = "private run note: argued with my coach";
export const MASSAGE_NOTE = "private massage note: door code 4711";
export const RUNNER_NAME = "Pat Example";

export interface SharedHistory extends TestRunner {
  today: string;
  bookedId: string;
  doneId: string;
  futureId: string;
}

export async function runnerWithHistory(): Promise<SharedHistory> {
  const r = await newRunner();
  const userId = r.runner.id;
  await db().user.update({ where: { id: userId }, data: { name: RUNNER_NAME } });
  const today = localDateOf(new Date(), "UTC");
  const day = (offset: number) => dateColumn(addDaysIso(today, offset));
  const at = (offset: number) => new Date(`${addDaysIso(today, offset)}T07:00:00Z`);
  await db().race.create({ data: { userId, name: "Harbour Marathon", date: day(40), distanceM: 42_195, priority: "A" } });
  await db().race.create({ data: { userId, name: "Park 10K", date: day(-12), distanceM: 10_000, priority: "C" } });
  await db().run.createMany({
    data: [
      { userId, startedAt: at(-20), localDate: day(-20), distanceM: 28_000, durationSec: 9_600, rpe: 5, kind: "long", notes: RUN_NOTE },
      { userId, startedAt: at(-12), localDate: day(-12), distanceM: 10_000, durationSec: 2_700, rpe: 9, kind: "race" },
      { userId, startedAt: at(-6), localDate: day(-6), distanceM: 12_000, durationSec: 3_300, rpe: 8, kind: "intervals" },
      { userId, startedAt: at(-2), localDate: day(-2), distanceM: 8_000, durationSec: 2_700, rpe: 3, kind: "easy" },
    ],
  });
  await db().sorenessEntry.createMany({
    data: [
      { userId, date: day(-10), region: "calves", side: "right", level: 5 },
      { userId, date: day(-7), region: "calves", side: "right", level: 4 },
      { userId, date: day(-7), region: "calves", side: "left", level: 1 },
      { userId, date: day(-4), region: "calves", side: "right", level: 4 },
      { userId, date: day(-1), region: "knees", side: "right", level: 6, sharp: true },
    ],
  });
  const booked = await db().massageSession.create({
    data: { userId, date: day(3), depth: "light", regions: ["calves"], status: "booked", therapist: "Clinic", notes: MASSAGE_NOTE, startsAt: new Date(`${addDaysIso(today, 3)}T17:30:00Z`) },
  });
  const done = await db().massageSession.create({ data: { userId, date: day(-5), depth: "light", regions: ["calves"], status: "done", notes: MASSAGE_NOTE } });
  await db().massageSessionNote.create({ data: { userId, massageId: done.id, regionsWorked: ["calves"], depthWorked: "light", findings: "Right soleus much tighter than left", author: "runner" } });
  await db().massageFeedback.create({ data: { userId, massageId: done.id, region: "calves", answer: "better" } });
  const future = await db().massageSession.create({ data: { userId, date: day(10), depth: "deep", regions: ["hamstrings"], status: "booked" } });
  await db().calendarFeed.create({ data: { userId, token: `feedtoken${userId.replaceAll("-", "")}` } });
  return { ...r, today, bookedId: booked.id, doneId: done.id, futureId: future.id };
}

/** A link of this runner's with the defaults (14 days), or the options given. */
export async function shareOf(userId: string, options: Partial<Parameters<typeof createShare>[1]> = {}, now?: Date) {
  return createShare(userId, { label: "Clinic North", expiresInDays: 14, allowNotes: false, showName: false, ...options }, undefined, now);
}
