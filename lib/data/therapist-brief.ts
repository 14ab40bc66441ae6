import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, isoDateOfColumn, localTimeOf } from "@/lib/format/dates";
import { sorenessNow } from "@/lib/charts/soreness";
import { weeklyDistance } from "@/lib/charts/weekly-distance";
import { daysBetween, planRecovery, REGIONS, PlanInputError, type Region, type RunKind } from "@/lib/rules";
import { compareSides } from "@/lib/rules/imbalance";
import { personalMassageEvidence } from "@/lib/rules/personal-evidence";
import { redFlagForTherapist, type RedFlagForTherapist } from "@/lib/rules/therapist-words";
import { LONG_RUN_MIN_MINUTES } from "@/lib/rules/thresholds";
import { planInputFrom, readHistoryWindows, todayFor } from "./plan";
import { regionFromDb } from "./regions";
import { doneMassagesWithNotes, therapistNoteTarget } from "./session-notes";
import type { OpenShare } from "./shares";
import type { BriefRun, TherapistBrief } from "@/lib/share/brief";

/** Training is summed over the last 6 weeks; soreness is drawn over the last 4 (issue 16). */
export const BRIEF_TRAINING_WEEKS = 6;
export const BRIEF_SORENESS_DAYS = 28;
const LOOKAHEAD_DAYS = 366;
/** At most this many of each list, so the page stays one printed page. */
const BRIEF_LIST_MAX = 4;

const HARD_KINDS: ReadonlySet<RunKind> = new Set(["tempo", "intervals", "race"]);
/** RPE 7+ on the CR-10 scale is "very hard" (Foster 2001). */
const HARD_RPE = 7;

/**
 * Everything the therapist's page shows — and nothing else: no email, no run or massage notes,
 * no tokens; the runner's name only when the link says so. Reads the same windows as the plan
 * (five queries), the user row, and the done sessions with their notes and answers.
 */
export async function loadTherapistBrief(share: OpenShare, now = new Date()): Promise<TherapistBrief> {
  const runner = await db().user.findUniqueOrThrow({ where: { id: share.userId }, select: { name: true, units: true, timeZone: true, bodyMassKg: true } });
  const today = todayFor(runner, now);
  const [windows, done, notesTarget] = await Promise.all([
    readHistoryWindows(share.userId, today, LOOKAHEAD_DAYS),
    doneMassagesWithNotes(share.userId, today),
    therapistNoteTarget(share, today),
  ]);
  const input = planInputFrom(windows, runner, today);
  let redFlags: RedFlagForTherapist[] = [];
  try {
    const plan = planRecovery(input, { units: runner.units });
    redFlags = plan.suggestions.filter((s) => s.kind === "see-professional").map((s) => redFlagForTherapist(s, today));
  } catch (error) {
    if (!(error instanceof PlanInputError)) throw error;
  }

  const trainingFrom = addDaysIso(today, -(BRIEF_TRAINING_WEEKS * 7 - 1));
  const runs: BriefRun[] = windows.runs
    .map((r) => ({ date: isoDateOfColumn(r.localDate), distanceM: r.distanceM, durationSec: r.durationSec, rpe: r.rpe, kind: r.kind }))
    .filter((r) => r.date >= trainingFrom && r.date <= today);
  const newestFirst = [...runs].reverse();
  const longRuns = newestFirst.filter((r) => r.kind === "long" || r.durationSec >= LONG_RUN_MIN_MINUTES * 60).slice(0, BRIEF_LIST_MAX);
  const hardSessions = newestFirst.filter((r) => (r.kind !== null && HARD_KINDS.has(r.kind)) || (r.rpe ?? 0) >= HARD_RPE).slice(0, BRIEF_LIST_MAX);
  const raceRun = newestFirst.find((r) => r.kind === "race");
  const races = windows.races.map((r) => ({ name: r.name, date: isoDateOfColumn(r.date), distanceM: r.distanceM, priority: r.priority }));

  const sorenessFrom = addDaysIso(today, -(BRIEF_SORENESS_DAYS - 1));
  const recentSoreness = input.soreness.filter((s) => s.date >= sorenessFrom);
  const timeline = new Map<Region, Map<"left" | "right" | "both", { date: string; level: number; sharp: boolean }[]>>();
  for (const s of recentSoreness) {
    const sides = timeline.get(s.region) ?? new Map();
    timeline.set(s.region, sides);
    const list = sides.get(s.side) ?? [];
    sides.set(s.side, list);
    list.push({ date: s.date, level: s.level, sharp: s.sharp ?? false });
  }

  return {
    today,
    units: runner.units,
    runnerName: share.showName ? runner.name : null,
    label: share.label,
    expiresAt: share.expiresAt.toISOString(),
    redFlags,
    noteToTherapist: share.noteToTherapist,
    goalRaces: races
      .filter((r) => r.date >= today)
      .slice(0, BRIEF_LIST_MAX)
      .map((r) => ({ ...r, daysAway: daysBetween(today, r.date) })),
    nextSessions: windows.massages
      .filter((m) => (m.status === "booked" || m.status === "accepted") && isoDateOfColumn(m.date) >= today)
      .slice(0, BRIEF_LIST_MAX)
      .map((m) => ({
        date: isoDateOfColumn(m.date),
        time: m.startsAt ? localTimeOf(m.startsAt, runner.timeZone) : null,
        depth: m.depth,
        regions: m.regions.map(regionFromDb),
      })),
    weeks: weeklyDistance(runs.map((r) => ({ date: r.date, distanceKm: r.distanceM / 1000 })), today, BRIEF_TRAINING_WEEKS),
    longRuns,
    hardSessions,
    latestRace: raceRun ? { ...raceRun, name: races.find((r) => r.date === raceRun.date)?.name ?? null } : null,
    sorenessNow: sorenessNow(input.soreness, today),
    timeline: [...timeline.entries()].sort(([a], [b]) => REGIONS.indexOf(a) - REGIONS.indexOf(b)).map(([region, sides]) => ({
      region,
      sides: (["left", "right", "both"] as const).filter((side) => sides.has(side)).map((side) => ({ side, days: sides.get(side)! })),
    })),
    timelineFrom: sorenessFrom,
    sides: compareSides(input.soreness, today),
    earlierSessions: done.filter((m) => m.note !== null || m.feedback.length > 0).slice(0, BRIEF_LIST_MAX),
    personalEvidence: personalMassageEvidence(done, input.soreness, done.flatMap((m) => m.feedback.map((f) => ({ massageId: m.id, ...f }))), today),
    notesFor: notesTarget.ok ? { massageId: notesTarget.massage.id, date: notesTarget.massage.date, depth: notesTarget.massage.depth, regions: notesTarget.massage.regions, note: notesTarget.note } : null,
  };
}
