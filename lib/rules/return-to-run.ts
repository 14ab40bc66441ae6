/**
 * Return to running after a red flag: walk–run phases, and the pain-monitoring model that decides
 * after each session whether to move on, repeat, step back or stop. Pure: the programme and its
 * logged sessions come in as data.
 *
 * Progression: the walk–run shape of clinical return-to-run programmes (Warden, Davis &
 * Fredericson 2014, JOSPT 44:749 — run intervals grow and walk intervals shrink over ~30-minute
 * sessions on alternate days, until 30 minutes of continuous running). The exact minutes per
 * phase are our choice within that shape. Decisions: Silbernagel et al. 2007, Am J Sports Med
 * 35:897 — pain during activity up to 5/10 is allowed, pain must settle by the next morning, and
 * must not rise from week to week.
 */
import { addDays, daysBetween } from "./dates";
import { RED_FLAG_PAIN_ABOVE, SOURCES } from "./thresholds";
import type { ISODate, Region, Side } from "./types";
import { REGION_WORDS } from "./wording";

export const RETURN_TO_RUN_SOURCES = {
  warden2014: "Warden, Davis & Fredericson 2014, JOSPT 44:749 (walk–run return-to-run progression)",
  silbernagel2007: SOURCES.silbernagel2007,
} as const;

export interface WalkRunPhase {
  phase: number;
  runMin: number;
  walkMin: number;
  rounds: number;
}

/** Six phases of about 30 minutes each, 1 min run / 4 min walk up to 30 min continuous. */
export const WALK_RUN_PHASES: readonly WalkRunPhase[] = [
  { phase: 1, runMin: 1, walkMin: 4, rounds: 6 },
  { phase: 2, runMin: 2, walkMin: 3, rounds: 6 },
  { phase: 3, runMin: 3, walkMin: 2, rounds: 6 },
  { phase: 4, runMin: 4, walkMin: 1, rounds: 6 },
  { phase: 5, runMin: 9, walkMin: 1, rounds: 3 },
  { phase: 6, runMin: 30, walkMin: 0, rounds: 1 },
];
/** Good sessions in a phase before the next (clinical programmes repeat each stage 2–3 times). */
export const GOOD_SESSIONS_TO_ADVANCE = 2;
/** At least one day between sessions (Warden 2014: alternate days). */
export const DAYS_BETWEEN_SESSIONS = 2;
/** Silbernagel 2007: pain during a session up to 5/10 is acceptable; above it stops. */
export const PAIN_DURING_MAX = RED_FLAG_PAIN_ABOVE;
/** Silbernagel 2007: week-to-week comparison over 7-day blocks. */
export const WEEK_DAYS = 7;

export function phaseInWords(phase: number): string {
  const p = WALK_RUN_PHASES[phase - 1];
  if (p === undefined) return `phase ${phase}`;
  if (p.walkMin === 0) return `Phase ${p.phase}: ${p.runMin} minutes of continuous easy running`;
  return `Phase ${p.phase}: run ${p.runMin} min, walk ${p.walkMin} min, ${p.rounds} times (${(p.runMin + p.walkMin) * p.rounds} min)`;
}

/** The single-leg test for the next-morning check: heel raises for calf and Achilles, hops otherwise. */
export function singleLegTest(region: Region): "heel raise" | "hop" {
  return region === "calves" || region === "achilles" ? "heel raise" : "hop";
}

/** Cross-training that spares the region, for the days between sessions ("may help" keep fitness). */
export function crossTrainingFor(region: Region): string[] {
  switch (region) {
    case "calves":
    case "achilles":
    case "feet":
    case "shins":
      return ["swimming (pull buoy if kicking hurts)", "deep-water running", "easy cycling with the pedal under the heel"];
    case "knees":
    case "quadriceps":
    case "it-band":
      return ["swimming (pull buoy if kicking hurts)", "deep-water running", "upper-body and core strength work"];
    case "hamstrings":
    case "glutes":
    case "hips":
      return ["swimming", "deep-water running", "upper-body and core strength work"];
    case "lower-back":
      return ["walking", "swimming", "deep-water running"];
  }
}

export interface ProgrammeSessionLog {
  date: ISODate;
  phase: number;
  /** 0–10 during the session; null until logged. */
  painDuring: number | null;
  sharp: boolean;
  /** Next morning, 0–10 at rest and on the single-leg test; null until logged. */
  restPain: number | null;
  testPain: number | null;
  /** The decision taken after this session, once decided. */
  decision?: ProgrammeDecision | null;
}

export type ProgrammeDecision = "advance" | "continue" | "repeat" | "step-back" | "stop" | "completed";

export interface Decision {
  decision: ProgrammeDecision;
  /** The phase of the next session (unchanged for stop). */
  nextPhase: number;
  /** Why, with the runner's numbers. */
  reason: string;
}

const maxMorningPain = (s: ProgrammeSessionLog) => Math.max(s.restPain ?? 0, s.testPain ?? 0);

/**
 * What the pain-monitoring model says after a session whose pain during is logged (and, for any
 * decision but stop, whose next morning is logged too). `earlier` are the programme's previous
 * sessions, oldest first; `usual` the runner's pain at rest and on the test before the programme.
 *
 * - sharp pain, or pain during or next morning above 5/10 → stop ("see a professional" first);
 * - next-morning pain above the usual → repeat the phase;
 * - next-morning pain of the last 7 days above that of the 7 days before → step back a phase;
 * - otherwise a good session: after 2 good sessions in the phase, advance (after the last phase:
 *   completed), else continue.
 */
export function decideAfterSession(
  session: ProgrammeSessionLog,
  earlier: readonly ProgrammeSessionLog[],
  usual: { restPain: number; testPain: number },
  test: "heel raise" | "hop",
): Decision {
  const phase = session.phase;
  const painDuring = session.painDuring ?? 0;
  if (session.sharp) return { decision: "stop", nextPhase: phase, reason: "Sharp pain during the session is a red flag: the programme stops. See a physiotherapist or doctor before running again." };
  if (painDuring > PAIN_DURING_MAX) {
    return { decision: "stop", nextPhase: phase, reason: `Pain of ${painDuring}/10 during the session is above ${PAIN_DURING_MAX}/10: the programme stops. See a physiotherapist or doctor before running again.` };
  }
  const rest = session.restPain ?? 0;
  const testPain = session.testPain ?? 0;
  if (Math.max(rest, testPain) > PAIN_DURING_MAX) {
    return { decision: "stop", nextPhase: phase, reason: `Next-morning pain of ${Math.max(rest, testPain)}/10 is above ${PAIN_DURING_MAX}/10: the programme stops. See a physiotherapist or doctor before running again.` };
  }
  if (rest > usual.restPain || testPain > usual.testPain) {
    return {
      decision: "repeat",
      nextPhase: phase,
      reason: `The next morning your pain was ${rest}/10 at rest and ${testPain}/10 on the single-leg ${test}, above your usual ${usual.restPain}/10 and ${usual.testPain}/10: repeat this phase once the pain is back to its usual.`,
    };
  }
  const day = session.date;
  const lastWeek = [...earlier, session].filter((s) => s.restPain !== null && daysBetween(s.date, day) < WEEK_DAYS);
  const weekBefore = earlier.filter((s) => s.restPain !== null && daysBetween(s.date, day) >= WEEK_DAYS && daysBetween(s.date, day) < 2 * WEEK_DAYS);
  if (weekBefore.length > 0) {
    const now = Math.max(...lastWeek.map(maxMorningPain));
    const before = Math.max(...weekBefore.map(maxMorningPain));
    if (now > before) {
      const back = Math.max(1, phase - 1);
      return {
        decision: "step-back",
        nextPhase: back,
        reason: `Your next-morning pain rose from ${before}/10 in the week before to ${now}/10 this week: ${back < phase ? `step back to phase ${back}` : "stay at phase 1"} until it settles.`,
      };
    }
  }
  const streak = goodStreakInPhase(earlier, phase) + 1;
  const numbers = `Pain during ${painDuring}/10 (at most ${PAIN_DURING_MAX}), next morning ${rest}/10 at rest and ${testPain}/10 on the ${test}, back to your usual`;
  if (streak >= GOOD_SESSIONS_TO_ADVANCE) {
    if (phase >= WALK_RUN_PHASES.length) return { decision: "completed", nextPhase: phase, reason: `${numbers}. You have finished the last phase: 30 minutes of continuous running.` };
    return { decision: "advance", nextPhase: phase + 1, reason: `${numbers}, ${streak} good sessions in this phase: move on to phase ${phase + 1}.` };
  }
  return { decision: "continue", nextPhase: phase, reason: `${numbers}: one more session at this phase, then move on if it goes as well.` };
}

/** The good sessions ("continue") at `phase` just before this one; anything else ends the run. */
function goodStreakInPhase(earlier: readonly ProgrammeSessionLog[], phase: number): number {
  let streak = 0;
  for (let i = earlier.length - 1; i >= 0; i--) {
    const s = earlier[i];
    if (s === undefined || s.phase !== phase || s.decision !== "continue") break;
    streak++;
  }
  return streak;
}

/** The day of the next session: at least DAYS_BETWEEN_SESSIONS after the last one, and not before `today`. */
export function nextSessionDate(lastSessionDate: ISODate | null, today: ISODate): ISODate {
  if (lastSessionDate === null) return today;
  const earliest = addDays(lastSessionDate, DAYS_BETWEEN_SESSIONS);
  return earliest > today ? earliest : today;
}

export function regionSideInWords(region: Region, side: Side): string {
  const words = REGION_WORDS[region];
  return side === "both" ? words.all : `${side} ${words.one}`;
}
