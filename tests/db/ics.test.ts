import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import * as feedRoute from "@/app/api/calendar/[token]/route";
import { feedTokenFor } from "@/lib/data/calendar-feed";
import { createMassage, listMassages, syncProposals, updateMassage } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import { createRace } from "@/lib/data/races";
import { addDaysIso, instantOfLocal } from "@/lib/format/dates";
import { call, newRunner } from "../support/api";

// Parsed with ical.js, a parser independent of the library that writes the feed.
async function fetchFeed(userId: string) {
  const token = await feedTokenFor(userId);
  const res = await call(feedRoute.GET, { params: { token: `${token}.ics` } });
  expect(res.status).toBe(200);
  return res.text;
}

function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents("vevent").map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
}

async function runnerWithSchedule() {
  const { runner } = await newRunner({ timeZone: "Europe/Berlin" });
  const today = todayFor(runner);
  const raceDay = addDaysIso(today, 10);
  const race = await createRace(runner.id, { name: "Run, Jump; Swim\nRelay", date: raceDay, distanceM: 42195, priority: "A" });
  await syncProposals(runner, today);
  const proposals = await listMassages(runner);
  const deep = proposals.find((m) => m.depth === "deep")!;
  const flush = proposals.find((m) => m.date === addDaysIso(raceDay, -2))!;
  const dismissed = proposals.find((m) => m.date > raceDay)!;
  await updateMassage(runner, deep.id, { status: "accepted" });
  await updateMassage(runner, dismissed.id, { status: "dismissed" });
  const notes =
    "Bring shorts, towel; pay in cash.\nLine two — with ümlauts and an emoji 🏃 to make sure folding never splits a character, and long enough to need folding twice over.";
  const booked = await createMassage(runner, {
    date: addDaysIso(today, 4),
    depth: "light",
    regions: ["calves", "it-band"],
    status: "booked",
    therapist: "Dana, Sports; Massage",
    time: "08:15",
    place: "Clinic, Room 2",
    notes,
  });
  return { runner, today, race, deep, flush, dismissed, booked, notes };
}

describe("the iCalendar feed, read back by ical.js", () => {
  it("has exactly the races and accepted/booked massage days, with stable UIDs across generations", async () => {
    const s = await runnerWithSchedule();
    const first = eventsOf(await fetchFeed(s.runner.id));
    const second = eventsOf(await fetchFeed(s.runner.id));
    const uids = first.map(({ event }) => event.uid).sort();
    expect(uids).toEqual(
      [`race-${s.race.id}@recovery-planner`, `massage-${s.deep.id}@recovery-planner`, `massage-${s.booked.id}@recovery-planner`].sort(),
    );
    expect(second.map(({ event }) => event.uid).sort()).toEqual(uids);
    // Proposed and dismissed days are not in the feed.
    expect(uids.join()).not.toContain(s.flush.id);
    expect(uids.join()).not.toContain(s.dismissed.id);
  });

  it("an edited event keeps its UID and gets a higher SEQUENCE", async () => {
    const s = await runnerWithSchedule();
    const before = eventsOf(await fetchFeed(s.runner.id)).find(({ event }) => event.uid === `massage-${s.deep.id}@recovery-planner`)!;
    await updateMassage(s.runner, s.deep.id, { status: "accepted", date: addDaysIso(s.deep.date, -1) });
    const after = eventsOf(await fetchFeed(s.runner.id)).find(({ event }) => event.uid === `massage-${s.deep.id}@recovery-planner`)!;
    expect(after.event.sequence).toBeGreaterThan(before.event.sequence);
    expect(after.event.startDate.toString()).toBe(addDaysIso(s.deep.date, -1));
  });

  it("all-day events are DATE values; a booked time is a UTC DATE-TIME", async () => {
    const s = await runnerWithSchedule();
    const events = eventsOf(await fetchFeed(s.runner.id));
    for (const { event, vevent } of events) {
      const isBooked = event.uid === `massage-${s.booked.id}@recovery-planner`;
      expect(event.startDate.isDate, event.uid).toBe(!isBooked);
      expect(vevent.getFirstProperty("dtstart")!.type).toBe(isBooked ? "date-time" : "date");
      if (isBooked) {
        expect(event.startDate.zone.tzid).toBe("UTC");
        expect(event.startDate.toJSDate().toISOString()).toBe(instantOfLocal(s.booked.date, "08:15", "Europe/Berlin").toISOString());
        expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(60 * 60_000);
      } else {
        expect(event.endDate.isDate).toBe(true);
        expect(event.endDate.toString()).toBe(addDaysIso(event.startDate.toString(), 1));
      }
    }
    const race = events.find(({ event }) => event.uid.startsWith("race-"))!;
    expect(race.event.startDate.toString()).toBe(s.race.date);
  });

  it("massage days carry a display alarm at 19:00 the evening before", async () => {
    const s = await runnerWithSchedule();
    const events = eventsOf(await fetchFeed(s.runner.id));
    for (const { event, vevent } of events) {
      const alarms = vevent.getAllSubcomponents("valarm");
      if (event.uid.startsWith("race-")) {
        expect(alarms).toHaveLength(0);
        continue;
      }
      expect(alarms, event.uid).toHaveLength(1);
      const alarm = alarms[0]!;
      expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
      expect(String(alarm.getFirstPropertyValue("description"))).toMatch(/^Tomorrow: /);
      const trigger = alarm.getFirstPropertyValue("trigger") as ICAL.Duration;
      expect(trigger).toBeInstanceOf(ICAL.Duration);
      if (event.startDate.isDate) {
        // Relative to local midnight of the day: −5 h is 19:00 the evening before.
        expect(trigger.toString()).toBe("-PT5H");
      } else {
        const fireAt = event.startDate.toJSDate().getTime() + trigger.toSeconds() * 1000;
        expect(new Date(fireAt).toISOString()).toBe(instantOfLocal(addDaysIso(s.booked.date, -1), "19:00", "Europe/Berlin").toISOString());
      }
    }
  });

  it("escapes commas, semicolons and newlines, so names and notes read back exactly", async () => {
    const s = await runnerWithSchedule();
    const text = await fetchFeed(s.runner.id);
    const events = eventsOf(text);
    const race = events.find(({ event }) => event.uid.startsWith("race-"))!.event;
    expect(race.summary).toBe("Race: Run, Jump; Swim\nRelay (42.2 km)");
    const booked = events.find(({ event }) => event.uid === `massage-${s.booked.id}@recovery-planner`)!.event;
    expect(booked.summary).toBe("Light massage with Dana, Sports; Massage: calves, IT bands");
    expect(booked.location).toBe("Clinic, Room 2");
    expect(booked.description).toContain(`Notes: ${s.notes}`);
    expect(text).toContain("Run\\, Jump\\; Swim\\nRelay");
  });

  it("is RFC 5545 framing: CRLF line endings, lines of at most 75 octets, folded without splitting characters", async () => {
    const s = await runnerWithSchedule();
    const text = await fetchFeed(s.runner.id);
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true); // the long notes were folded
    expect(text).not.toContain("\uFFFD");
    expect(lines.filter((line) => /^(VERSION|PRODID|METHOD):/.test(line))).toEqual([
      "VERSION:2.0",
      expect.stringMatching(/^PRODID:-\/\/Recovery Planner\/\/Calendar feed\/\/EN$/),
      "METHOD:PUBLISH",
    ]);
  });
});
