import { describe, expect, it } from "vitest";
import * as soreness from "@/app/api/v1/soreness/route";
import * as sorenessEntry from "@/app/api/v1/soreness/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { addDaysIso, localDateOf } from "@/lib/format/dates";
import { call, newRunner, ORIGIN } from "../../support/api";

const today = () => localDateOf(new Date(), "UTC");
const list = (token: string, query = "") => call(soreness.GET, { token, path: `/api/v1/soreness${query}` });
const post = (token: string, body: unknown, headers?: Record<string, string>) =>
  call(soreness.POST, { token, body, headers, path: "/api/v1/soreness" });

describe("/api/v1/soreness", () => {
  it("logs an entry (201), lists it, replaces it on the same day and spot (200), and deletes it (204)", async () => {
    const { token } = await newRunner();
    const day = addDaysIso(today(), -1);
    const created = await post(token, { date: day, region: "it-band", side: "left", level: 4 });
    expect(created.status).toBe(201);
    expect(created.json).toEqual({ id: expect.any(String), date: day, region: "it-band", side: "left", level: 4, sharp: false });

    const replaced = await post(token, { date: day, region: "it-band", side: "left", level: 7, sharp: true });
    expect(replaced.status).toBe(200);
    expect(replaced.json).toEqual({ ...created.json, level: 7, sharp: true });

    const listed = await list(token);
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({ entries: [replaced.json] });

    const deleted = await call(sorenessEntry.DELETE, { method: "DELETE", token, params: { id: created.json.id } });
    expect(deleted.status).toBe(204);
    expect((await list(token)).json).toEqual({ entries: [] });
  });

  it("lists only the asked days, and refuses a bad range with 400", async () => {
    const { token } = await newRunner();
    const t = today();
    for (const offset of [-50, -10, 0]) await post(token, { date: addDaysIso(t, offset), region: "calves", side: "both", level: 2 });
    expect((await list(token)).json.entries.map((e: { date: string }) => e.date)).toEqual([addDaysIso(t, -10), t]);
    const ranged = await list(token, `?from=${addDaysIso(t, -60)}&to=${addDaysIso(t, -10)}`);
    expect(ranged.json.entries.map((e: { date: string }) => e.date)).toEqual([addDaysIso(t, -50), addDaysIso(t, -10)]);
    expect((await list(token, `?from=${addDaysIso(t, -50)}`)).json.entries).toHaveLength(3);

    for (const query of ["?from=2026-02-30", "?to=yesterday", `?from=${t}&to=${addDaysIso(t, -1)}`, `?from=2020-01-01&to=2026-01-01`]) {
      const res = await list(token, query);
      expect(res.status, query).toBe(400);
      expect(res.json.error.code, query).toBe("bad_request");
      expect(res.json.error.fields.from ?? res.json.error.fields.to, query).toBeTruthy();
    }
  });

  it("replays the first answer for the same Idempotency-Key and stores nothing new", async () => {
    const { token } = await newRunner();
    const body = { date: today(), region: "shins", side: "right", level: 3 };
    const first = await post(token, body, { "idempotency-key": "sore-1" });
    const again = await post(token, body, { "idempotency-key": "sore-1" });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect((await post(token, { ...body, level: 9 }, { "idempotency-key": "sore-1" })).status).toBe(422);
    expect((await list(token)).json.entries).toEqual([first.json]);
  });

  it.each([
    ["an unknown field", { level: 3, mood: "fine" }, "mood"],
    ["a userId", { level: 3, userId: "00000000-0000-4000-8000-000000000000" }, "userId"],
    ["an unknown region", { region: "elbow" }, "region"],
    ["a level above 10", { level: 11 }, "level"],
    ["a level that is not whole", { level: 2.5 }, "level"],
    ["a level as text", { level: "4" }, "level"],
    ["a side that does not exist", { side: "middle" }, "side"],
    ["a date that does not exist", { date: "2026-02-30" }, "date"],
    ["a date two days ahead", { date: addDaysIso(today(), 2) }, "date"],
    ["a date more than a year ago", { date: addDaysIso(today(), -400) }, "date"],
    ["sharp as text", { sharp: "yes" }, "sharp"],
  ])("refuses %s with 422 naming the field, and stores nothing", async (_, change, field) => {
    const { token } = await newRunner();
    const res = await post(token, { date: today(), region: "calves", side: "left", level: 3, ...change });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation_failed");
    expect(Object.keys(res.json.error.fields)).toContain(field);
    expect((await list(token)).json.entries).toEqual([]);
  });

  it("keeps runners apart: another runner's entry is 404 to delete and never listed", async () => {
    const a = await newRunner();
    const b = await newRunner();
    const entry = (await post(a.token, { date: today(), region: "glutes", side: "both", level: 5 })).json;
    const res = await call(sorenessEntry.DELETE, { method: "DELETE", token: b.token, params: { id: entry.id } });
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe("not_found");
    expect((await call(sorenessEntry.DELETE, { method: "DELETE", token: b.token, params: { id: "not-a-uuid" } })).status).toBe(404);
    expect((await list(b.token)).json.entries).toEqual([]);
    expect((await list(a.token)).json.entries).toEqual([entry]);
  });

  it("needs a token or a same-origin cookie", async () => {
    const { cookie } = await newRunner();
    expect((await call(soreness.GET, { path: "/api/v1/soreness" })).status).toBe(401);
    const body = { date: today(), region: "calves", side: "left", level: 3 };
    const crossSite = await call(soreness.POST, { cookie, body, headers: { origin: "https://evil.example" }, path: "/api/v1/soreness" });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await call(soreness.POST, { cookie, body, headers: { origin: ORIGIN }, path: "/api/v1/soreness" });
    expect(sameOrigin.status).toBe(201);
  });

  it("is described in the OpenAPI document", async () => {
    const doc = (await call(openapi.GET as never, { path: "/api/v1/openapi.json" })).json;
    expect(Object.keys(doc.paths["/soreness"]).sort()).toEqual(["get", "post"]);
    expect(doc.paths["/soreness/{id}"].delete).toBeTruthy();
    const schema = doc.paths["/soreness"].post.requestBody.content["application/json"].schema;
    expect(schema.properties.region.enum).toContain("lower-back");
    expect(schema.additionalProperties).toBe(false);
  });
});
