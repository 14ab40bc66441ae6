/**
 * What the therapist's page shows (issue 16), as plain data: built by lib/data/therapist-brief.ts,
 * drawn by components/share. Nothing here can hold an email, a token or a run note.
 */
import type { SorenessNow } from "@/lib/charts/soreness";
import type { WeekDistance } from "@/lib/charts/weekly-distance";
import type { Units } from "@/lib/format/units";
import type { ISODate, MassageDepth, RacePriority, Region, RunKind } from "@/lib/rules";
import type { SideComparison } from "@/lib/rules/imbalance";
import type { PersonalEvidence } from "@/lib/rules/personal-evidence";
import type { RedFlagForTherapist } from "@/lib/rules/therapist-words";

export interface BriefSessionNote {
  regionsWorked: Region[];
  depthWorked: MassageDepth | null;
  findings: string | null;
  author: "runner" | "therapist";
}

export interface BriefSession {
  id: string;
  date: ISODate;
  depth: MassageDepth;
  regions: Region[];
  note: BriefSessionNote | null;
  feedback: { region: Region; answer: "better" | "same" | "worse" }[];
}

export interface BriefRun {
  date: ISODate;
  distanceM: number;
  durationSec: number;
  rpe: number | null;
  kind: RunKind | null;
}

export interface TherapistBrief {
  today: ISODate;
  units: Units;
  /** Only when the runner chose to show it on this link. */
  runnerName: string | null;
  label: string;
  expiresAt: string;
  redFlags: RedFlagForTherapist[];
  noteToTherapist: string | null;
  goalRaces: { name: string; date: ISODate; distanceM: number; priority: RacePriority; daysAway: number }[];
  nextSessions: { date: ISODate; time: string | null; depth: MassageDepth; regions: Region[] }[];
  weeks: WeekDistance[];
  longRuns: BriefRun[];
  hardSessions: BriefRun[];
  latestRace: (BriefRun & { name: string | null }) | null;
  sorenessNow: SorenessNow[];
  timeline: { region: Region; sides: { side: "left" | "right" | "both"; days: { date: string; level: number; sharp: boolean }[] }[] }[];
  timelineFrom: ISODate;
  sides: SideComparison[];
  earlierSessions: BriefSession[];
  personalEvidence: PersonalEvidence[];
  /** The session the therapist may write notes for through this link, when allowed and its day has come. */
  notesFor: { massageId: string; date: ISODate; depth: MassageDepth; regions: Region[]; note: BriefSessionNote | null } | null;
}
