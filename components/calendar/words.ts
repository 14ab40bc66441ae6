import type { MassageDepth, Region, RunKind } from "@/lib/rules/types";
import type { CalendarConflict, CalendarMassageStatus } from "./types";
import { regionName } from "@/lib/rules/wording";

export const DEPTH_WORDS: Readonly<Record<MassageDepth, string>> = {
  light: "Light massage",
  deep: "Deep tissue massage",
  self: "Self-massage",
};

export const STATUS_WORDS: Readonly<Record<CalendarMassageStatus, string>> = {
  proposed: "Proposed",
  accepted: "Accepted",
  booked: "Booked",
  done: "Done",
  dismissed: "Dismissed",
};

export const CONFLICT_WORDS: Readonly<Record<CalendarConflict["kind"], string>> = {
  "deep-in-race-window": "deep tissue too close to a race",
  "massage-on-race-day": "massage on race day",
  "deep-on-red-flag": "deep work on a red-flag region",
  "two-on-one-day": "two sessions on one day",
};


export const regionWords = (regions: readonly Region[]) =>
  regions.length === 0 ? "whole body" : regions.map(regionName).join(", ");

export const regionLabel = (region: Region) => regionName(region).replace(/^./, (c) => c.toUpperCase());

export const RUN_KIND_WORDS: Readonly<Record<RunKind, string>> = {
  easy: "Easy run",
  long: "Long run",
  tempo: "Tempo run",
  intervals: "Intervals",
  race: "Race run",
  recovery: "Recovery run",
};
