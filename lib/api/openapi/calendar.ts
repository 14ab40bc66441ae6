import { z } from "zod";
import { MASSAGE_DEPTHS, RACE_PRIORITIES, REGIONS } from "@/lib/rules/types";
import { calendarDownloadQuerySchema, planQuerySchema } from "@/lib/validation/calendar";
import { MASSAGE_LIFE_CYCLE, massageCreateSchema, massageListQuerySchema, massagePatchSchema } from "@/lib/validation/massage";
import { raceListQuerySchema, racePatchSchema, raceSchema } from "@/lib/validation/race";
import type { ApiOperation } from "./types";
import { readinessSchema } from "./wellness";

const race = z.object({
  id: z.uuid(),
  name: z.string(),
  date: z.iso.date().describe("The runner's local day"),
  distanceM: z.int(),
  priority: z.enum(RACE_PRIORITIES),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

const conflict = z.object({
  kind: z.enum(["deep-in-race-window", "massage-on-race-day", "deep-on-red-flag", "two-on-one-day"]),
  message: z.string(),
});

const massage = z.object({
  id: z.uuid(),
  date: z.iso.date(),
  depth: z.enum(MASSAGE_DEPTHS),
  regions: z.array(z.enum(REGIONS)).describe("Empty: the whole body"),
  status: z.enum(MASSAGE_LIFE_CYCLE),
  reason: z.string().nullable().describe("Why the planner proposed it, distances in your units"),
  therapist: z.string().nullable(),
  time: z.string().nullable().describe("Local start time HH:MM in the runner's time zone"),
  startsAt: z.iso.datetime().nullable(),
  place: z.string().nullable(),
  notes: z.string().nullable(),
  proposed: z.boolean().describe("Proposed by the planner (even when since accepted or moved)"),
  version: z.int().describe("Send it back with PATCH to refuse a change made meanwhile (409)"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
const massageWithConflicts = massage.extend({ conflicts: z.array(conflict) });

const suggestion = z.object({
  id: z.string(),
  kind: z.enum(["see-professional", "load", "rest", "massage", "stretch", "hydration"]),
  priority: z.enum(["high", "medium", "low"]),
  title: z.string(),
  detail: z.string(),
  regions: z.array(z.enum(REGIONS)),
  because: z.array(z.string()),
  evidence: z.array(z.string()),
});
const range = z.object({ min: z.number(), max: z.number() });
const plan = z.object({
  today: z.iso.date(),
  suggestions: z.array(suggestion).describe("Highest priority first; see-professional first within a priority"),
  massageDays: z.array(z.object({ date: z.iso.date(), depth: z.enum(MASSAGE_DEPTHS), regions: z.array(z.enum(REGIONS)), reason: z.string() })),
  hydration: z.object({ preRunMl: range.optional(), duringMlPerHour: range.optional(), postRunMl: z.number().optional(), notes: z.array(z.string()) }),
  metrics: z.object({
    dailyLoad: z.number(),
    acuteLoad: z.number(),
    chronicLoad: z.number(),
    acwr: z.number().nullable(),
    calibrating: z.boolean(),
    monotony: z.number().nullable(),
    strain: z.number().nullable(),
    weekDistanceKm: z.number().describe("Always km, whatever your units"),
    longestRunLast30DaysKm: z.number().describe("Always km, whatever your units"),
  }),
  readiness: readinessSchema,
});
const feedUrl = z.object({ url: z.url().describe("Private: anyone with it can read your races and massage days") });

export const calendarOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/races",
    tag: "Races",
    summary: "List your races (optionally from … to, both included)",
    query: raceListQuerySchema,
    responses: { 200: { description: "OK", schema: z.object({ races: z.array(race) }) } },
  },
  {
    method: "post",
    path: "/races",
    tag: "Races",
    summary: "Add a race (distance in metres; priority A unless given)",
    body: raceSchema,
    idempotent: true,
    responses: { 201: { description: "Created", schema: race } },
  },
  { method: "get", path: "/races/{id}", tag: "Races", summary: "One race", pathParams: ["id"], responses: { 200: { description: "OK", schema: race } } },
  {
    method: "patch",
    path: "/races/{id}",
    tag: "Races",
    summary: "Change a race",
    pathParams: ["id"],
    body: racePatchSchema,
    responses: { 200: { description: "OK", schema: race } },
  },
  { method: "delete", path: "/races/{id}", tag: "Races", summary: "Delete a race", pathParams: ["id"], responses: { 204: { description: "Deleted" } } },
  {
    method: "get",
    path: "/massages",
    tag: "Massage days",
    summary: "Your massage days (dismissed hidden), with the planner's proposals brought up to date and each day's conflicts",
    query: massageListQuerySchema,
    responses: { 200: { description: "OK", schema: z.object({ massages: z.array(massageWithConflicts) }) } },
  },
  {
    method: "post",
    path: "/massages",
    tag: "Massage days",
    summary: "Book (or log) a massage directly; time is local HH:MM",
    body: massageCreateSchema,
    idempotent: true,
    responses: { 201: { description: "Created", schema: massage } },
  },
  {
    method: "get",
    path: "/massages/{id}",
    tag: "Massage days",
    summary: "One massage day with its conflicts",
    pathParams: ["id"],
    responses: { 200: { description: "OK", schema: massageWithConflicts } },
  },
  {
    method: "patch",
    path: "/massages/{id}",
    tag: "Massage days",
    summary:
      "Accept, move (date), book, mark done or dismiss a massage day in one call. Life cycle: proposed → accepted → booked → done, or dismissed; nothing goes back to proposed; done and dismissed are final (422)",
    pathParams: ["id"],
    body: massagePatchSchema,
    responses: { 200: { description: "OK, with the conflicts the change leaves", schema: massageWithConflicts }, 409: { description: "Changed meanwhile (version)" } },
  },
  {
    method: "get",
    path: "/plan",
    tag: "Plan",
    summary:
      "The recovery plan for a day (default: your local today). Its text (titles, details, because, massage reasons, hydration notes) writes distances in your units (settings: km or mi); its numeric fields stay km and mL (weekDistanceKm, longestRunLast30DaysKm)",
    query: planQuerySchema,
    responses: { 200: { description: "OK", schema: plan } },
  },
  {
    method: "get",
    path: "/calendar-feed",
    tag: "Calendar feed",
    summary: "Your private iCalendar subscription URL (created on first use)",
    responses: { 200: { description: "OK", schema: feedUrl } },
  },
  {
    method: "post",
    path: "/calendar-feed/rotate",
    tag: "Calendar feed",
    summary: "A new subscription URL; the old one answers 404 at once",
    responses: { 200: { description: "OK", schema: feedUrl } },
  },
  {
    method: "get",
    path: "/calendar.ics",
    tag: "Calendar feed",
    summary: "A one-off iCalendar file of the next eight weeks (text/calendar)",
    query: calendarDownloadQuerySchema,
    responses: { 200: { description: "text/calendar; races and accepted, booked and done massage days" } },
  },
];
