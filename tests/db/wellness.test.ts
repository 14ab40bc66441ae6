import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GET as planGet } from "@/app/api/v1/plan/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { POST as importPost } from "@/app/api/v1/wellness/import/route";
import { GET as wellnessGet, POST as wellnessPost } from "@/app/api/v1/wellness/route";
import { loadDashboard } from "@/lib/data/dashboard";
import { todayFor } from "@/lib/data/plan";
import { addDaysIso } from "@/lib/format/dates";
import { call, newRunner, type TestRunner } from "../support/api";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/wellness/${name}`, import.meta.url), "utf8");

async function checkIn(t: TestRunner, body: Record<string, unknown>) {
  return call(wellnessPost, { token: t.token, body });
}

describe("the morning check-in API", () => {
  it("40 days of check-ins with resting HR rising 7 bpm → the plan says consider an easy day, with the numbers", async () => {
    const t = await newRunner();
    const today = todayFor(t.runner);
    for (let back = 40; back >= 1; back--) {
      expect((await checkIn(t, { date: addDaysIso(today, -back), restingHrBpm: 48 + (back % 2) * 2, sleepHours: 7.5 })).status).toBe(200);
    }
    expect((await checkIn(t, { date: today, restingHrBpm: 56, sleepHours: 7, sleep: 3, stress: 3, fatigue: 4, soreness: 3 })).status).toBe(200);
    const plan = await call(planGet, { token: t.token, path: `/api/v1/plan?date=${today}` });
    expect(plan.status).toBe(200);
    expect(plan.json.readiness.status).toBe("below-usual");
    const easy = plan.json.suggestions.find((s: { id: string }) => s.id === "readiness/resting-hr");
    expect(easy.title).toBe("Your resting heart rate is up: consider an easy day");
    expect(easy.because[0]).toContain("56 bpm this morning; your 30-day mean is 49.0 bpm (30 readings): 7.0 bpm above it");

    // The dashboard shows the same readiness.
    const dashboard = await loadDashboard(t.runner, today);
    expect(dashboard.plan?.readiness.status).toBe("below-usual");
  });

  it("too few readings → calibrating, never a score", async () => {
    const t = await newRunner();
    const today = todayFor(t.runner);
    for (let back = 5; back >= 1; back--) await checkIn(t, { date: addDaysIso(today, -back), restingHrBpm: 50 });
    await checkIn(t, { date: today, restingHrBpm: 70 });
    const plan = await call(planGet, { token: t.token, path: `/api/v1/plan?date=${today}` });
    expect(plan.json.readiness.status).toBe("calibrating");
    expect(plan.json.readiness.factors[0].detail).toContain("Calibrating: 5 of the 10 readings");
    expect(plan.json.suggestions.map((s: { id: string }) => s.id)).not.toContain("readiness/resting-hr");
  });

  it("today's entry is editable: saving again replaces it, and history lists it", async () => {
    const t = await newRunner();
    const today = todayFor(t.runner);
    await checkIn(t, { date: today, restingHrBpm: 50, hrvRmssdMs: 60, sleep: 2 });
    const edited = await checkIn(t, { date: today, restingHrBpm: 52, sleepHours: 6.5 });
    expect(edited.json).toEqual({ date: today, restingHrBpm: 52, hrvRmssdMs: null, sleepHours: 6.5, sleep: null, stress: null, fatigue: null, soreness: null });
    const listed = await call(wellnessGet, { token: t.token, path: `/api/v1/wellness?from=${addDaysIso(today, -3)}&to=${today}` });
    expect(listed.json.entries).toEqual([edited.json]);
  });

  it("refuses bad input with the reason and stores nothing", async () => {
    const t = await newRunner();
    const today = todayFor(t.runner);
    const bad = [
      { date: today },
      { date: today, restingHrBpm: 300 },
      { date: today, restingHrBpm: 50.5 },
      { date: today, hrvRmssdMs: 0 },
      { date: today, sleepHours: 30 },
      { date: today, sleep: 8 },
      { date: today, stress: "high" },
      { date: addDaysIso(today, 5), restingHrBpm: 50 },
      { date: "2026-02-30", restingHrBpm: 50 },
      { date: today, restingHrBpm: 50, userId: "someone" },
    ];
    for (const body of bad) {
      const response = await checkIn(t, body);
      expect(response.status, JSON.stringify(body)).toBe(422);
      expect(response.json.error.message).toBeTruthy();
    }
    expect((await call(wellnessGet, { token: t.token })).json.entries).toEqual([]);
    expect((await call(wellnessGet, { token: t.token, path: "/api/v1/wellness?from=2026-05-01&to=2026-04-01" })).status).toBe(400);
  });

  it("imports an Elite HRV export by header name and keeps the runner's own values", async () => {
    const t = await newRunner();
    // The fixture's mornings are in March 2019: more than a year back is refused by row, so shift them to this week.
    const today = todayFor(t.runner);
    const text = fixture("elite-hrv.csv")
      .replaceAll("2019-03-05", addDaysIso(today, -3))
      .replaceAll("2019-03-06", addDaysIso(today, -2))
      .replaceAll("2019-03-07", addDaysIso(today, -1));
    await checkIn(t, { date: addDaysIso(today, -2), restingHrBpm: 47, sleep: 2, stress: 2, fatigue: 2, soreness: 2 });
    const result = await call(importPost, { token: t.token, rawBody: text, headers: { "content-type": "text/csv" } });
    expect(result.status).toBe(200);
    expect(result.json).toMatchObject({ format: "Elite HRV", imported: 2, keptYours: 1 });
    expect(result.json.skipped.map((s: { row: number }) => s.row)).toEqual([3, 5]);
    const entries = (await call(wellnessGet, { token: t.token })).json.entries;
    expect(entries).toEqual([
      expect.objectContaining({ date: addDaysIso(today, -3), restingHrBpm: 48, hrvRmssdMs: 64.1 }),
      // The runner's 47 bpm and Hooper answers stay; the missing rMSSD is filled in.
      expect.objectContaining({ date: addDaysIso(today, -2), restingHrBpm: 47, hrvRmssdMs: 53, sleep: 2 }),
    ]);
  });

  it("refuses a file that is neither export, and a non-CSV body", async () => {
    const t = await newRunner();
    const other = await call(importPost, { token: t.token, rawBody: "a,b\n1,2\n", headers: { "content-type": "text/csv" } });
    expect(other.status).toBe(422);
    expect(other.json.error.message).toContain("not an HRV4Training or Elite HRV export");
    expect((await call(importPost, { token: t.token, rawBody: "{}", headers: { "content-type": "application/json" } })).status).toBe(415);
    expect((await call(wellnessGet, { token: t.token })).json.entries).toEqual([]);
  });
});

describe("the OpenAPI description", () => {
  it("covers the check-in, the import and the programme routes, from the same schemas", async () => {
    const doc = (await call(openapi.GET as never, { path: "/api/v1/openapi.json" })).json;
    expect(Object.keys(doc.paths["/wellness"]).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/wellness/import"].post.requestBody.content["text/csv"]).toBeTruthy();
    expect(Object.keys(doc.paths["/return-to-run"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(doc.paths["/return-to-run/{id}"]).sort()).toEqual(["get", "patch"]);
    expect(doc.paths["/return-to-run/sessions/{id}"].patch).toBeTruthy();
    const body = doc.paths["/wellness"].post.requestBody.content["application/json"].schema;
    expect(Object.keys(body.properties)).toEqual(expect.arrayContaining(["restingHrBpm", "hrvRmssdMs", "sleepHours", "sleep", "stress", "fatigue", "soreness"]));
  });
});
