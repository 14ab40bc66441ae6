import { describe, expect, it } from "vitest";
import * as feedRoute from "@/app/api/calendar/[token]/route";
import * as download from "@/app/api/v1/calendar.ics/route";
import * as feed from "@/app/api/v1/calendar-feed/route";
import * as rotate from "@/app/api/v1/calendar-feed/rotate/route";
import * as massage from "@/app/api/v1/massages/[id]/route";
import * as massages from "@/app/api/v1/massages/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as plan from "@/app/api/v1/plan/route";
import * as race from "@/app/api/v1/races/[id]/route";
import * as races from "@/app/api/v1/races/route";
import * as runs from "@/app/api/v1/runs/route";
import { loadPlanInput, todayFor } from "@/lib/data/plan";
import { updateSettings } from "@/lib/data/users";
import { addDaysIso } from "@/lib/format/dates";
import { planRecovery } from "@/lib/rules";
import { call, newRunner, ORIGIN } from "../../support/api";

const marathon = (date: string) => ({ name: "Harbour Marathon", date, distanceM: 42195, priority: "A" });

describe("races API", () => {
  it("adds, lists, reads, changes and deletes a race", async () => {
    const { token } = await newRunner();
    const created = await call(races.POST, { token, body: marathon("2026-10-04") });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), ...marathon("2026-10-04"), createdAt: expect.any(String), updatedAt: expect.any(String) });
    const id = created.json.id;

    expect((await call(races.GET, { token })).json.races.map((r: { id: string }) => r.id)).toEqual([id]);
    expect((await call(races.GET, { token, path: "/api/v1/races?from=2026-10-05" })).json.races).toEqual([]);
    expect((await call(race.GET, { token, params: { id } })).json.name).toBe("Harbour Marathon");

    const patched = await call(race.PATCH, { method: "PATCH", token, params: { id }, body: { priority: "B", date: "2026-10-11" } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ id, priority: "B", date: "2026-10-11", distanceM: 42195 });

    expect((await call(race.DELETE, { method: "DELETE", token, params: { id } })).status).toBe(204);
    expect((await call(race.GET, { token, params: { id } })).status).toBe(404);
  });

  it("honours Idempotency-Key: the same create twice stores one race", async () => {
    const { token } = await newRunner();
    const headers = { "Idempotency-Key": "race-create-1" };
    const first = await call(races.POST, { token, headers, body: marathon("2026-10-04") });
    const second = await call(races.POST, { token, headers, body: marathon("2026-10-04") });
    expect(second.status).toBe(201);
    expect(second.json.id).toBe(first.json.id);
    expect(second.headers.get("idempotent-replayed")).toBe("true");
    expect((await call(races.GET, { token })).json.races).toHaveLength(1);
    const different = await call(races.POST, { token, headers, body: marathon("2026-10-05") });
    expect(different.status).toBe(422);
  });

  it.each([
    ["an unknown field (userId)", { ...marathon("2026-10-04"), userId: "00000000-0000-0000-0000-000000000000" }, 422],
    ["a bad date", marathon("2026-02-30"), 422],
    ["a negative distance", { ...marathon("2026-10-04"), distanceM: -5 }, 422],
  ])("refuses %s and stores nothing", async (_, body, status) => {
    const { token } = await newRunner();
    const res = await call(races.POST, { token, body });
    expect(res.status).toBe(status);
    expect(res.json.error).toMatchObject({ code: "validation_failed", fields: expect.any(Object) });
    expect((await call(races.GET, { token })).json.races).toEqual([]);
  });

  it("another runner's race id answers 404 on every method and changes nothing", async () => {
    const owner = await newRunner();
    const other = await newRunner();
    const id = (await call(races.POST, { token: owner.token, body: marathon("2026-10-04") })).json.id;
    expect((await call(race.GET, { token: other.token, params: { id } })).status).toBe(404);
    expect((await call(race.PATCH, { method: "PATCH", token: other.token, params: { id }, body: { name: "Mine now" } })).status).toBe(404);
    expect((await call(race.DELETE, { method: "DELETE", token: other.token, params: { id } })).status).toBe(404);
    expect((await call(race.GET, { token: owner.token, params: { id } })).json.name).toBe("Harbour Marathon");
    expect((await call(race.GET, { token: owner.token, params: { id: "nope" } })).status).toBe(404);
  });

  it("needs sign-in, and a cookie write from another site is refused", async () => {
    expect((await call(races.GET)).status).toBe(401);
    const { cookie } = await newRunner();
    const res = await call(races.POST, { cookie, body: marathon("2026-10-04"), headers: { origin: "https://evil.example" } });
    expect(res.status).toBe(403);
    expect((await call(races.POST, { cookie, body: marathon("2026-10-04"), headers: { origin: ORIGIN } })).status).toBe(201);
  });
});

describe("massages API", () => {
  it("lists the planner's proposals; accept in one call; moving deep work into the race window shows the conflict", async () => {
    const { runner, token } = await newRunner();
    const today = todayFor(runner);
    const raceDay = addDaysIso(today, 10);
    await call(races.POST, { token, body: marathon(raceDay) });

    const listed = await call(massages.GET, { token });
    expect(listed.status).toBe(200);
    const proposals = listed.json.massages;
    expect(proposals.map((m: { status: string }) => m.status)).toEqual(["proposed", "proposed", "proposed", "proposed"]);
    expect(proposals.every((m: { conflicts: unknown[] }) => m.conflicts.length === 0)).toBe(true);
    const deep = proposals.find((m: { depth: string }) => m.depth === "deep");
    expect(deep.reason).toContain("Harbour Marathon");

    const accepted = await call(massage.PATCH, { method: "PATCH", token, params: { id: deep.id }, body: { status: "accepted" } });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toMatchObject({ id: deep.id, status: "accepted", conflicts: [] });

    const moved = await call(massage.PATCH, {
      method: "PATCH",
      token,
      params: { id: deep.id },
      body: { status: "accepted", date: addDaysIso(raceDay, -2) },
    });
    expect(moved.status).toBe(200);
    expect(moved.json.conflicts).toEqual([{ kind: "deep-in-race-window", message: expect.stringContaining("2 days before Harbour Marathon") }]);

    const again = await call(massages.GET, { token });
    const shown = again.json.massages.find((m: { id: string }) => m.id === deep.id);
    expect(shown.conflicts.map((c: { kind: string }) => c.kind)).toEqual(["deep-in-race-window"]);
  });

  it("refuses moving a session into the past (422 on date), but a massage already had can be marked done on its day", async () => {
    const { runner, token } = await newRunner();
    const today = todayFor(runner);
    await call(races.POST, { token, body: marathon(addDaysIso(today, 10)) });
    const [first] = (await call(massages.GET, { token })).json.massages;
    const back = await call(massage.PATCH, { method: "PATCH", token, params: { id: first.id }, body: { status: "accepted", date: addDaysIso(today, -3) } });
    expect(back.status).toBe(422);
    expect(back.json.error.fields.date[0]).toMatch(/Mark done/);
    const unchanged = (await call(massage.GET, { token, params: { id: first.id } })).json;
    expect(unchanged).toMatchObject({ status: "proposed", date: first.date });
    const done = await call(massage.PATCH, { method: "PATCH", token, params: { id: first.id }, body: { status: "done", date: addDaysIso(today, -1) } });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({ status: "done", date: addDaysIso(today, -1) });
  });

  it("dismissing hides a proposal and it does not come back", async () => {
    const { runner, token } = await newRunner();
    await call(races.POST, { token, body: marathon(addDaysIso(todayFor(runner), 10)) });
    const [first] = (await call(massages.GET, { token })).json.massages;
    expect((await call(massage.PATCH, { method: "PATCH", token, params: { id: first.id }, body: { status: "dismissed" } })).status).toBe(200);
    const after = (await call(massages.GET, { token })).json.massages;
    expect(after.map((m: { id: string }) => m.id)).not.toContain(first.id);
    expect(after.some((m: { date: string; depth: string }) => m.date === first.date && m.depth === first.depth)).toBe(false);
    expect(after).toHaveLength(3);
  });

  it("illegal transitions answer 422 and change nothing; other runners' ids 404", async () => {
    const owner = await newRunner();
    const other = await newRunner();
    const date = addDaysIso(todayFor(owner.runner), 3);
    const done = await call(massages.POST, { token: owner.token, body: { date, depth: "light", status: "done" } });
    expect(done.status).toBe(201);
    const id = done.json.id;
    const back = await call(massage.PATCH, { method: "PATCH", token: owner.token, params: { id }, body: { status: "proposed" } });
    expect(back.status).toBe(422);
    expect(back.json.error.message).toContain("Only the planner proposes");
    expect((await call(massage.PATCH, { method: "PATCH", token: owner.token, params: { id }, body: { status: "booked" } })).status).toBe(422);
    expect((await call(massage.PATCH, { method: "PATCH", token: other.token, params: { id }, body: { status: "dismissed" } })).status).toBe(404);
    expect((await call(massage.GET, { token: other.token, params: { id } })).status).toBe(404);
    const unknown = await call(massage.PATCH, { method: "PATCH", token: owner.token, params: { id }, body: { status: "done", userId: other.runner.id } });
    expect(unknown.status).toBe(422);
    expect((await call(massage.GET, { token: owner.token, params: { id } })).json).toMatchObject({ status: "done", version: 1 });
  });

  it("books a session directly with a local time, idempotently; a stale version answers 409", async () => {
    const { runner, token } = await newRunner({ timeZone: "America/New_York" });
    const date = addDaysIso(todayFor(runner), 5);
    const body = { date, depth: "deep", regions: ["hamstrings", "calves"], therapist: "Dana; Sports, Massage", time: "08:15", place: "Clinic" };
    const headers = { "Idempotency-Key": "book-1" };
    const first = await call(massages.POST, { token, headers, body });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ status: "booked", regions: ["calves", "hamstrings"], time: "08:15", therapist: "Dana; Sports, Massage" });
    const second = await call(massages.POST, { token, headers, body });
    expect(second.json.id).toBe(first.json.id);
    expect((await call(massages.GET, { token })).json.massages.filter((m: { status: string }) => m.status === "booked")).toHaveLength(1);

    const stale = await call(massage.PATCH, { method: "PATCH", token, params: { id: first.json.id }, body: { status: "done", version: 99 } });
    expect(stale.status).toBe(409);
  });

  it("checks the list range", async () => {
    const { token } = await newRunner();
    expect((await call(massages.GET, { token, path: "/api/v1/massages?from=2026-05-02&to=2026-05-01" })).status).toBe(400);
    expect((await call(massages.GET, { token, path: "/api/v1/massages?from=yesterday" })).status).toBe(400);
  });
});

describe("plan API", () => {
  it("answers planRecovery's result for the runner's local today by default, or the given date", async () => {
    const { runner, token } = await newRunner({ timeZone: "Pacific/Auckland" });
    const today = todayFor(runner);
    await call(races.POST, { token, body: marathon(addDaysIso(today, 10)) });
    const res = await call(plan.GET, { token });
    expect(res.status).toBe(200);
    expect(res.json.today).toBe(today);
    expect(res.json).toEqual(JSON.parse(JSON.stringify(planRecovery(await loadPlanInput(runner, today)))));
    expect(res.json.massageDays.length).toBeGreaterThan(0);

    const other = await call(plan.GET, { token, path: "/api/v1/plan?date=2026-01-15" });
    expect(other.json.today).toBe("2026-01-15");
  });

  it("words distances in the runner's units (miles here) while the numbers stay km", async () => {
    const { runner, token } = await newRunner();
    await updateSettings(runner.id, { units: "mi", timeZone: "UTC" });
    const day = "2026-03-10";
    const longRun = (date: string, distanceM: number) => ({ startedAt: `${date}T07:00:00Z`, distanceM, durationSec: 8400, kind: "long" });
    expect((await call(runs.POST, { token, path: "/api/v1/runs", body: longRun("2026-02-18", 17000) })).status).toBe(201);
    // Three short runs: four runs in the 30 days before, the spike guard's baseline.
    for (const date of ["2026-02-22", "2026-02-26", "2026-03-02"]) {
      expect((await call(runs.POST, { token, path: "/api/v1/runs", body: { startedAt: `${date}T07:00:00Z`, distanceM: 5000, durationSec: 1800, kind: "easy" } })).status).toBe(201);
    }
    expect((await call(runs.POST, { token, path: "/api/v1/runs", body: longRun(day, 24000) })).status).toBe(201);
    await call(races.POST, { token, body: marathon("2026-03-20") });

    const res = await call(plan.GET, { token, path: `/api/v1/plan?date=${day}` });
    expect(res.status).toBe(200);
    const spike = res.json.suggestions.find((s: { id: string }) => s.id === "load/spike");
    expect(spike.because[0]).toEqual(
      "Your 14.9 mi long run (today, Tue 10 Mar) is 41 % longer than your longest run of the previous 30 days (10.6 mi on Wed 18 Feb, 20 days ago).",
    );
    expect(spike.detail).toContain("no longer than 10.6 mi");
    const reasons = res.json.massageDays.map((p: { reason: string }) => p.reason).join(" ");
    expect(reasons).toContain("Harbour Marathon (26.2 mi)");
    expect(JSON.stringify(res.json)).not.toMatch(/\d km\b|\bmL\b|°C/);
    expect(res.json.metrics).toMatchObject({ weekDistanceKm: 24, longestRunLast30DaysKm: 17 });
  });

  it("a change of units rewords the stored proposals in place: same rows, same keys", async () => {
    const { runner, token } = await newRunner();
    await updateSettings(runner.id, { units: "mi", timeZone: "UTC" });
    await call(races.POST, { token, body: marathon(addDaysIso(todayFor(runner), 10)) });
    const inMiles = (await call(massages.GET, { token })).json.massages as { id: string; reason: string; proposed: boolean }[];
    expect(inMiles.length).toBeGreaterThan(0);
    for (const m of inMiles) expect(m.reason).toContain("Harbour Marathon (26.2 mi)");

    await updateSettings(runner.id, { units: "km", timeZone: "UTC" });
    const inKm = (await call(massages.GET, { token })).json.massages as { id: string; reason: string }[];
    expect(inKm.map((m) => m.id)).toEqual(inMiles.map((m) => m.id));
    for (const m of inKm) expect(m.reason).toContain("Harbour Marathon (42.2 km)");
  });

  it.each(["2026-02-30", "tomorrow", ""])("refuses date=%s with 400", async (date) => {
    const { token } = await newRunner();
    const res = await call(plan.GET, { token, path: `/api/v1/plan?date=${date}` });
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe("bad_request");
  });
});

describe("calendar feed API", () => {
  const feedPath = (url: string) => new URL(url).pathname;
  const tokenOf = (url: string) => feedPath(url).split("/").pop()!;

  it("creates the private URL on first use, serves the feed there, and a rotated URL answers 404 at once", async () => {
    const { runner, token } = await newRunner();
    await call(races.POST, { token, body: marathon(addDaysIso(todayFor(runner), 20)) });
    const first = await call(feed.GET, { token });
    expect(first.status).toBe(200);
    expect(first.json.url).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await call(feed.GET, { token })).json.url).toBe(first.json.url);

    const served = await call(feedRoute.GET, { path: feedPath(first.json.url), params: { token: tokenOf(first.json.url) } });
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(served.headers.get("cache-control")).toContain("private");
    expect(served.text).toContain("SUMMARY:Race: Harbour Marathon (42.2 km)");

    const rotated = await call(rotate.POST, { method: "POST", token });
    expect(rotated.status).toBe(200);
    expect(rotated.json.url).not.toBe(first.json.url);
    const old = await call(feedRoute.GET, { path: feedPath(first.json.url), params: { token: tokenOf(first.json.url) } });
    expect(old.status).toBe(404);
    expect(old.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(old.text).not.toContain("Harbour");
    expect((await call(feedRoute.GET, { params: { token: tokenOf(rotated.json.url) } })).status).toBe(200);
    expect((await call(feed.GET, { token })).json.url).toBe(rotated.json.url);
  });

  it("uses NEXTAUTH_URL for the URL when it is set", async () => {
    const { token } = await newRunner();
    const saved = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = "https://recovery.example.org";
    try {
      expect((await call(feed.GET, { token })).json.url).toMatch(/^https:\/\/recovery\.example\.org\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    } finally {
      if (saved === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = saved;
    }
  });

  it.each(["nope.ics", `${"A".repeat(43)}.ics`, "", "../../etc/passwd"])("an unknown token %j answers a plain 404", async (param) => {
    const res = await call(feedRoute.GET, { params: { token: param } });
    expect(res.status).toBe(404);
    expect(res.text).toBe("Not found\n");
  });

  it("rotating needs sign-in, and a cookie from another site cannot rotate", async () => {
    expect((await call(rotate.POST, { method: "POST" })).status).toBe(401);
    const { cookie, token } = await newRunner();
    const before = (await call(feed.GET, { token })).json.url;
    expect((await call(rotate.POST, { method: "POST", cookie, headers: { origin: "https://evil.example" } })).status).toBe(403);
    expect((await call(feed.GET, { token })).json.url).toBe(before);
  });

  it("downloads the next eight weeks as a file", async () => {
    const { runner, token } = await newRunner();
    const today = todayFor(runner);
    await call(races.POST, { token, body: { ...marathon(addDaysIso(today, 20)), name: "Inside" } });
    await call(races.POST, { token, body: { ...marathon(addDaysIso(today, 56)), name: "Outside" } });
    const res = await call(download.GET, { token });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="recovery-planner-${today}.ics"`);
    expect(res.text).toContain("Race: Inside");
    expect(res.text).not.toContain("Race: Outside");
    expect((await call(download.GET)).status).toBe(401);
    expect((await call(download.GET, { token, path: "/api/v1/calendar.ics?from=soon" })).status).toBe(400);
  });
});

describe("OpenAPI", () => {
  it("describes the races, massages, plan and calendar feed operations", async () => {
    const doc = (await call(openapi.GET as never)).json;
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/races", "/races/{id}", "/massages", "/massages/{id}", "/plan", "/calendar-feed", "/calendar-feed/rotate", "/calendar.ics"]),
    );
    expect(Object.keys(doc.paths["/races/{id}"]).sort()).toEqual(["delete", "get", "patch"]);
    expect(doc.paths["/massages/{id}"].patch.requestBody.content["application/json"].schema.required).toEqual(["status"]);
  });
});
