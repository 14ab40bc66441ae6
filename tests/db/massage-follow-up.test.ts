// What Today adds after a massage costs one query whatever the history: done sessions come with
// their notes and answers in one statement, and soreness is the window the dashboard already read.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { loadMassageFollowUp } from "@/lib/data/massage-follow-up";
import { createRunner } from "@/lib/data/users";
import { addDaysIso, dateColumn } from "@/lib/format/dates";

let counted: string[] | null = null;
const originalQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text;
  if (counted && text) counted.push(text);
  return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
} as typeof pg.Client.prototype.query;
afterEach(() => {
  counted = null;
});

const today = "2026-11-20";

async function runnerWithMassages(count: number): Promise<string> {
  const runner = await createRunner({ email: `follow-${randomUUID()}@example.com`, password: "follow up test pass" });
  for (let i = 0; i < count; i++) {
    const m = await db().massageSession.create({ data: { userId: runner.id, date: dateColumn(addDaysIso(today, -1 - i * 3)), depth: "light", regions: ["calves"], status: "done" } });
    await db().massageSessionNote.create({ data: { userId: runner.id, massageId: m.id, regionsWorked: ["calves"], findings: "tight", author: "runner" } });
    if (i > 0) await db().massageFeedback.create({ data: { userId: runner.id, massageId: m.id, region: "calves", answer: "better" } });
  }
  return runner.id;
}

describe("Today's massage follow-up", () => {
  it("asks about yesterday's massage, counts the runner's record, in the same few queries for 2 or 40 sessions", async () => {
    const few = await runnerWithMassages(2);
    const many = await runnerWithMassages(40);
    const measure = async (userId: string) => {
      counted = [];
      const result = await loadMassageFollowUp(userId, today, []);
      const queries = counted.filter((q) => !/^(BEGIN|COMMIT|DEALLOCATE)/i.test(q));
      counted = null;
      return { result, queries };
    };
    await measure(few);
    const small = await measure(few);
    const big = await measure(many);
    expect(big.queries.length).toBe(small.queries.length);
    expect(big.queries.length).toBeLessThanOrEqual(2);
    expect(big.result.feedbackPrompt).toMatchObject({ yesterday: true, regions: ["calves"], date: addDaysIso(today, -1) });
    expect(big.result.personalEvidence[0]!.line).toBe("Light work on your calves was followed by less soreness the next day 5 of the last 5 times.");
    expect(small.result.personalEvidence).toEqual([]);
  });
});
