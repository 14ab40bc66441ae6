import { describe, expect, it } from "vitest";
import { calendarQuerySchema, calendarQueryWasBad, planQuerySchema } from "@/lib/validation/calendar";
import { canMoveMassage, massageCreateSchema, massageFormObject, massageListQuerySchema, massagePatchSchema } from "@/lib/validation/massage";
import { raceFormSchema, racePatchSchema, raceSchema } from "@/lib/validation/race";

describe("race schemas", () => {
  it("takes a race with the distance in metres and priority A by default", () => {
    expect(raceSchema.parse({ name: " Berlin Marathon ", date: "2026-09-27", distanceM: 42195 })).toEqual({
      name: "Berlin Marathon",
      date: "2026-09-27",
      distanceM: 42195,
      priority: "A",
    });
  });

  it.each([
    ["an empty name", { name: " ", date: "2026-09-27", distanceM: 1 }, "name"],
    ["a name over 100 characters", { name: "x".repeat(101), date: "2026-09-27", distanceM: 1 }, "name"],
    ["a date that does not exist", { name: "R", date: "2026-02-30", distanceM: 1 }, "date"],
    ["a date in another format", { name: "R", date: "27/09/2026", distanceM: 1 }, "date"],
    ["a zero distance", { name: "R", date: "2026-09-27", distanceM: 0 }, "distanceM"],
    ["a fractional distance", { name: "R", date: "2026-09-27", distanceM: 1.5 }, "distanceM"],
    ["a distance over 1,000 km", { name: "R", date: "2026-09-27", distanceM: 1_000_001 }, "distanceM"],
    ["priority D", { name: "R", date: "2026-09-27", distanceM: 5000, priority: "D" }, "priority"],
    ["an unknown field", { name: "R", date: "2026-09-27", distanceM: 5000, userId: "x" }, ""],
  ])("refuses %s", (_, body, field) => {
    const result = raceSchema.safeParse(body);
    expect(result.success).toBe(false);
    if (field) expect(result.error?.issues.map((i) => i.path.join("."))).toContain(field);
  });

  it("the form converts the runner's unit to metres once", () => {
    expect(raceFormSchema("mi").parse({ name: "Half", date: "2026-05-01", distance: "13.1", priority: "B" }).distanceM).toBe(21082);
    expect(raceFormSchema("km").parse({ name: "10K", date: "2026-05-01", distance: "10,5", priority: "C" }).distanceM).toBe(10500);
    expect(raceFormSchema("km").safeParse({ name: "10K", date: "2026-05-01", distance: "ten", priority: "C" }).success).toBe(false);
    expect(raceFormSchema("km").safeParse({ name: "Far", date: "2026-05-01", distance: "1000.1", priority: "A" }).success).toBe(false);
  });

  it("a patch needs at least one known field", () => {
    expect(racePatchSchema.safeParse({}).success).toBe(false);
    expect(racePatchSchema.safeParse({ userId: "x" }).success).toBe(false);
    expect(racePatchSchema.parse({ priority: "C" })).toEqual({ priority: "C" });
  });
});

describe("massage schemas", () => {
  it("books a session directly: booked by default, regions deduplicated in body order, empty details dropped", () => {
    expect(
      massageCreateSchema.parse({ date: "2026-05-01", depth: "deep", regions: ["glutes", "calves", "glutes"], therapist: "", time: "17:30" }),
    ).toEqual({ date: "2026-05-01", depth: "deep", regions: ["calves", "glutes"], status: "booked", time: "17:30" });
  });

  it.each([
    [{ date: "2026-05-01", depth: "hard" }],
    [{ date: "2026-05-01", depth: "light", regions: ["neck"] }],
    [{ date: "2026-05-01", depth: "light", status: "proposed" }],
    [{ date: "2026-05-01", depth: "light", status: "dismissed" }],
    [{ date: "2026-05-01", depth: "light", time: "25:00" }],
    [{ date: "2026-05-01", depth: "light", time: "5pm" }],
    [{ date: "2026-05-01", depth: "light", notes: "n".repeat(2001) }],
    [{ date: "2026-05-01", depth: "light", userId: "someone" }],
  ])("refuses %j", (body) => {
    expect(massageCreateSchema.safeParse(body).success).toBe(false);
  });

  it("asks for the day when the date picker was emptied, without talking about formats", () => {
    const empty = massageCreateSchema.safeParse({ date: " ", depth: "light" });
    expect(empty.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["date", "Choose the day of the massage."]]);
    expect(massageCreateSchema.safeParse({ date: "01/05/2026", depth: "light" }).error?.issues[0]?.message).toBe("Enter a real date as YYYY-MM-DD.");
  });

  it("a PATCH needs a status and allows clearing details", () => {
    expect(massagePatchSchema.safeParse({ date: "2026-05-02" }).success).toBe(false);
    expect(massagePatchSchema.parse({ status: "booked", time: "", place: null })).toEqual({ status: "booked", time: null, place: null });
    expect(massagePatchSchema.safeParse({ status: "accepted", extra: 1 }).success).toBe(false);
  });

  it("the life cycle: nothing goes back to proposed; done and dismissed are final", () => {
    expect(canMoveMassage("proposed", "accepted")).toBe(true);
    expect(canMoveMassage("proposed", "dismissed")).toBe(true);
    expect(canMoveMassage("accepted", "booked")).toBe(true);
    expect(canMoveMassage("booked", "done")).toBe(true);
    expect(canMoveMassage("accepted", "accepted")).toBe(true);
    expect(canMoveMassage("done", "proposed")).toBe(false);
    expect(canMoveMassage("accepted", "proposed")).toBe(false);
    expect(canMoveMassage("done", "booked")).toBe(false);
    expect(canMoveMassage("dismissed", "accepted")).toBe(false);
  });

  it("list query: from must not be after to", () => {
    expect(massageListQuerySchema.safeParse({ from: "2026-05-02", to: "2026-05-01" }).success).toBe(false);
    expect(massageListQuerySchema.safeParse({ from: "2026-05-01", to: "2026-05-01" }).success).toBe(true);
  });

  it("reads the booking form, regions from checkboxes", () => {
    const form = new FormData();
    form.set("date", "2026-05-01");
    form.set("depth", "light");
    form.append("regions", "calves");
    form.append("regions", "hips");
    form.set("therapist", "Sam");
    expect(massageCreateSchema.parse(massageFormObject(form))).toMatchObject({ regions: ["calves", "hips"], therapist: "Sam", status: "booked" });
  });
});

describe("calendar query", () => {
  it("falls back to this month for anything it cannot show, and says so", () => {
    expect(calendarQuerySchema.parse({ view: "year", date: "2026-13-01" })).toEqual({ view: "month", date: undefined });
    expect(calendarQuerySchema.parse({ view: "week", date: "2026-03-04" })).toEqual({ view: "week", date: "2026-03-04" });
    expect(calendarQueryWasBad({ view: "year" })).toBe(true);
    expect(calendarQueryWasBad({ date: "soon" })).toBe(true);
    expect(calendarQueryWasBad({ view: "week", date: "2026-03-04" })).toBe(false);
    expect(calendarQueryWasBad({})).toBe(false);
  });

  it("plan query takes only a real date", () => {
    expect(planQuerySchema.safeParse({ date: "2026-02-29" }).success).toBe(false);
    expect(planQuerySchema.safeParse({ date: "2028-02-29" }).success).toBe(true);
    expect(planQuerySchema.safeParse({ day: "2028-02-29" }).success).toBe(false);
  });
});
