/**
 * Load and readiness agree: today's training advice from the load rules and the morning
 * check-in together. A below-usual morning only ever turns the advice down (as planned → easy
 * → rest), never up; on a hard-session day it says so first.
 */
import type { DayNumber } from "./dates";
import type { History } from "./history";
import { HARD_SESSION_KINDS, HARD_SESSION_MIN_RPE, READINESS_SOURCES } from "./thresholds";
import type { ReadinessStatus, SuggestionDraft as Suggestion, TodaysTraining } from "./types";

const ORDER: readonly TodaysTraining[] = ["rest", "easy", "as-planned"];

/** The more cautious of two pieces of advice. */
export function moreCautious(a: TodaysTraining, b: TodaysTraining): TodaysTraining {
  return ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b;
}

/** One step down: as planned → easy → rest. */
export function stepDown(advice: TodaysTraining): TodaysTraining {
  return ORDER[Math.max(0, ORDER.indexOf(advice) - 1)] ?? "rest";
}

/** What the load rules already say about today, from their suggestion ids. */
export function adviceFromLoad(suggestions: readonly Pick<Suggestion, "id">[]): TodaysTraining {
  let advice: TodaysTraining = "as-planned";
  for (const { id } of suggestions) {
    if (id === "rest/after-race" || id === "rest/red-flag") advice = moreCautious(advice, "rest");
    else if (id === "load/spike" || id === "load/monotony" || id === "load/acwr-high") advice = moreCautious(advice, "easy");
  }
  return advice;
}

/** Today's logged run that is a hard session (tempo, intervals, race, or RPE 7+), if any. */
export function hardSessionToday(history: History, today: DayNumber) {
  return history.recentRuns.find(
    (run) => run.day === today && ((run.kind !== undefined && HARD_SESSION_KINDS.includes(run.kind)) || run.rpe >= HARD_SESSION_MIN_RPE),
  );
}

/**
 * Today's advice and, on a below-usual morning with a hard session logged for today, a high
 * priority suggestion to swap it for an easy run or rest.
 */
export function todaysTraining(history: History, loadAdvice: TodaysTraining, readiness: ReadinessStatus): { advice: TodaysTraining; suggestion: Suggestion | null } {
  if (readiness !== "below-usual") return { advice: loadAdvice, suggestion: null };
  const advice = stepDown(loadAdvice);
  const hard = hardSessionToday(history, history.today);
  if (hard === undefined) return { advice, suggestion: null };
  const what = hard.kind === "tempo" || hard.kind === "intervals" || hard.kind === "race" ? `${hard.kind} session` : `hard run (RPE ${hard.rpe})`;
  return {
    advice,
    suggestion: {
      id: "readiness/hard-session",
      kind: "load",
      priority: "high",
      title: `Below your usual this morning: swap today's ${what} for ${advice === "rest" ? "rest" : "an easy run"}`,
      detail:
        `Your morning check-in is below your usual, and today has a ${what} logged. ` +
        (advice === "rest"
          ? "Rest today and move the hard session to a day when your check-in is back to usual."
          : "Run easy (RPE 2–3) or rest today, and move the hard session to a day when your check-in is back to usual."),
      regions: [],
      because: ["See the readiness factors below your usual on this morning's check-in."],
      evidence: [READINESS_SOURCES.buchheit2014, READINESS_SOURCES.plews2013],
    },
  };
}
