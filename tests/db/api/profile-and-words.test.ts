import { describe, expect, it } from "vitest";
import * as download from "@/app/api/v1/calendar.ics/route";
import * as exportRoute from "@/app/api/v1/export/route";
import * as massage from "@/app/api/v1/massages/[id]/route";
import * as massages from "@/app/api/v1/massages/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import * as plan from "@/app/api/v1/plan/route";
import * as profile from "@/app/api/v1/profile/route";
import * as race from "@/app/api/v1/races/[id]/route";
import * as races from "@/app/api/v1/races/route";
import * as runs from "@/app/api/v1/runs/route";
import { todayFor } from "@/lib/data/plan";
import { addDaysIso } from "@/lib/format/dates";
import { call, newRunner } from "../../support/api";

const marathon = (date: string) => ({ name: "Harbour Marathon", date, distanceM: 42195, priority: "A" });
const patchProfile = (token: string, body: unknown) => call(profile.PATCH, { method: "PATCH", token, path: "/api/v1/profile", body });
const ISO_IN_TEXT = /\d{4}-\d{2}-\d{2}/;
/** iCalendar folds long lines (CRLF + space); unfold and unescape before reading the text. */
const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, "").replace(/\\,/g, ",").replace(/\\;/g, ";");

describe("GET/PATCH /api/v1/profile", () => {
  it("reads the settings, with what the texts use now", async () => {
    const { token } = await newRunner();
    const res = await call(profile.GET, { token, path: "/api/v1/profile" });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      units: "km",
      fluidUnits: null,
      temperatureUnits: null,
      massageEveryWeeks: 0,
      massageWeekday: null,
      maxHeartRate: null,
      effective: { units: "km", fluidUnits: "ml", temperatureUnits: "c" },
    });
  });

  it("changes settings with the settings page's schema; miles bring fl oz and °F unless set otherwise", async () => {
    const { token } = await newRunner();
    const miles = await patchProfile(token, { units: "mi", bodyMassKg: 70, maxHeartRate: 188 });
    expect(miles.status).toBe(200);
    expect(miles.json).toMatchObject({ units: "mi", bodyMassKg: 70, maxHeartRate: 188, effective: { fluidUnits: "floz", temperatureUnits: "f" } });
    const ml = await patchProfile(token, { fluidUnits: "ml" });
    expect(ml.json).toMatchObject({ units: "mi", fluidUnits: "ml", bodyMassKg: 70, effective: { fluidUnits: "ml", temperatureUnits: "f" } });
    expect((await call(profile.GET, { token, path: "/api/v1/profile" })).json).toMatchObject({ units: "mi", fluidUnits: "ml", maxHeartRate: 188 });
  });

  it.each([
    [{ massageEveryWeeks: 2 }, "massageWeekday"],
    [{ massageEveryWeeks: 5, massageWeekday: 1 }, "massageEveryWeeks"],
    [{ units: "yards" }, "units"],
    [{ fluidUnits: "gallons" }, "fluidUnits"],
    [{ timeZone: "Mars/Olympus" }, "timeZone"],
    [{ maxHeartRate: 400 }, "maxHeartRate"],
  ])("refuses %j with 422 naming %s, and changes nothing", async (body, field) => {
    const { token } = await newRunner();
    const before = (await call(profile.GET, { token, path: "/api/v1/profile" })).json;
    const res = await patchProfile(token, body);
    expect(res.status).toBe(422);
    expect(Object.keys(res.json.error.fields)).toContain(field);
    expect((await call(profile.GET, { token, path: "/api/v1/profile" })).json).toEqual(before);
  });

  it("refuses fields the settings do not have (the email, an id)", async () => {
    const { token } = await newRunner();
    expect((await patchProfile(token, { email: "someone@example.com" })).status).toBe(422);
  });

  it("is in the OpenAPI description", async () => {
    const doc = (await call(openapi.GET as never, { path: "/api/v1/openapi.json" })).json;
    expect(Object.keys(doc.paths["/profile"])).toEqual(["get", "patch"]);
    expect(Object.keys(doc.paths["/profile"].patch.requestBody.content["application/json"].schema.properties)).toEqual(
      expect.arrayContaining(["name", "units", "fluidUnits", "temperatureUnits", "timeZone", "bodyMassKg", "maxHeartRate", "massageEveryWeeks", "massageWeekday"]),
    );
  });
});

describe("every text the API writes follows the settings", () => {
  it("a miles runner's plan: miles, fl oz and °F; no ISO date in a sentence", async () => {
    const { runner, token } = await newRunner();
    await patchProfile(token, { units: "mi", bodyMassKg: 70 });
    const today = todayFor(runner);
    for (const offset of [-20, -14, -9, -4]) {
      const date = addDaysIso(today, offset);
      await call(runs.POST, { token, path: "/api/v1/runs", body: { startedAt: `${date}T07:00:00Z`, distanceM: 8000, durationSec: 2700, kind: "easy" } });
    }
    await call(runs.POST, { token, path: "/api/v1/runs", body: { startedAt: `${today}T07:00:00Z`, distanceM: 21000, durationSec: 7200, kind: "long", temperatureC: 29 } });
    await call(races.POST, { token, body: marathon(addDaysIso(today, 35)) });
    const res = await call(plan.GET, { token, path: "/api/v1/plan" });
    expect(res.status).toBe(200);
    const sentences: string[] = [
      ...res.json.suggestions.flatMap((s: { title: string; detail: string; because: string[] }) => [s.title, s.detail, ...s.because]),
      ...res.json.massageDays.map((p: { reason: string }) => p.reason),
      ...res.json.hydration.notes,
    ];
    const text = sentences.join("\n");
    expect(text).toMatch(/\d mi\b/);
    expect(text).toMatch(/\d+ fl oz/);
    expect(text).toMatch(/\d+ °F/);
    expect(text).not.toMatch(/\d km\b|\bmL\b|°C|\d kg\b/);
    expect(text).not.toMatch(ISO_IN_TEXT);
    // The race 5 weeks out has its whole plan.
    expect(res.json.massageDays.filter((p: { reason: string }) => p.reason.includes("Harbour Marathon"))).toHaveLength(4);
  });
});

describe("a stored proposal's reason stays true", () => {
  it("after a move, a rename and a change of units: page API, feed and export all say the same, with when and from which day", async () => {
    const { runner, token } = await newRunner();
    const today = todayFor(runner);
    const raceDay = addDaysIso(today, 12);
    const created = await call(races.POST, { token, body: marathon(raceDay) });
    const proposals = (await call(massages.GET, { token })).json.massages as { id: string; depth: string; date: string; reason: string }[];
    const deep = proposals.find((m) => m.depth === "deep" && m.date < raceDay)!;
    expect(deep.reason).toContain("5–7 days before Harbour Marathon (42.2 km)");
    expect(deep.reason).not.toMatch(ISO_IN_TEXT);

    // Moved to 20 days after the race: the reason says so, and no longer claims "5–7 days before" as the truth.
    const target = addDaysIso(raceDay, 20);
    const moved = await call(massage.PATCH, { method: "PATCH", token, params: { id: deep.id }, body: { status: "accepted", date: target } });
    expect(moved.status).toBe(200);
    expect(moved.json.movedFrom).toBe(deep.date);
    expect(moved.json.reason).toMatch(/^Planned as: Deep tissue 5–7 days before Harbour Marathon/);
    expect(moved.json.reason).toMatch(/You moved it today, \w{3} \d{1,2} \w{3} from \w{3} \d{1,2} \w{3}( \d{4})? to \w{3} \d{1,2} \w{3}( \d{4})?: it is now 20 days after Harbour Marathon \(42\.2 km\)\./);

    // The race is renamed and the runner switches to miles: worded afresh everywhere.
    expect((await call(race.PATCH, { method: "PATCH", token, params: { id: created.json.id }, body: { name: "Harbour City Marathon" } })).status).toBe(200);
    await patchProfile(token, { units: "mi" });
    const shown = (await call(massage.GET, { token, params: { id: deep.id } })).json.reason as string;
    expect(shown).toContain("Harbour City Marathon (26.2 mi)");
    expect(shown).toContain("it is now 20 days after");
    expect(shown).not.toMatch(ISO_IN_TEXT);
    expect(shown).not.toMatch(/\d km\b/);

    const listed = (await call(massages.GET, { token })).json.massages.find((m: { id: string }) => m.id === deep.id);
    expect(listed.reason).toBe(shown);

    const ics = unfold(await (await download.GET(new Request(`http://localhost:3000/api/v1/calendar.ics?from=${today}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) })).text());
    expect(ics).toContain("Harbour City Marathon (26.2 mi)");
    expect(ics).toContain("it is now 20 days after");

    const exported = (await call(exportRoute.GET, { token, path: "/api/v1/export" })).json;
    const row = exported.massages.find((m: { id: string }) => m.id === deep.id);
    expect(row.reason).toBe(shown);
    expect(row.movedFrom).toBe(deep.date);
    expect(JSON.parse(row.reasonData)[0]).toMatchObject({ rule: "before-race-deep", race: { id: created.json.id, date: raceDay } });
    expect(exported.races[0]).toMatchObject({ distanceM: 42195, distance: "26.2 mi" });
  });
});
