import type { MassageDepth, RacePriority, Region, RunKind } from "@/lib/rules/types";

// What the calendar components show, passed in by the pages (components never load data).

export type CalendarMassageStatus = "proposed" | "accepted" | "booked" | "done" | "dismissed";

export interface CalendarMassage {
  id: string;
  date: string;
  depth: MassageDepth;
  regions: Region[];
  status: CalendarMassageStatus;
  reason: string | null;
  therapist: string | null;
  time: string | null;
  place: string | null;
  notes: string | null;
  version: number;
}

export interface CalendarRace {
  id: string;
  name: string;
  date: string;
  distanceM: number;
  priority: RacePriority;
}

export interface CalendarRunItem {
  id: string;
  date: string;
  distanceM: number;
  durationSec: number;
  kind: RunKind | null;
}

export interface CalendarCrossTrainingItem {
  id: string;
  date: string;
  /** Lower-case words: "cycling", "swimming", … */
  sport: string;
  durationSec: number;
}

export interface CalendarConflict {
  massageId: string;
  date: string;
  kind: "deep-in-race-window" | "massage-on-race-day" | "deep-on-red-flag" | "two-on-one-day";
  message: string;
}

export interface CalendarContent {
  today: string;
  units: "km" | "mi";
  runs: CalendarRunItem[];
  /** Missing = none. */
  crossTraining?: CalendarCrossTrainingItem[];
  races: CalendarRace[];
  massages: CalendarMassage[];
  conflicts: CalendarConflict[];
}
