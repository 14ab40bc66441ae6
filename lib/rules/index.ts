/**
 * The recovery rules engine: from a runner's history and "today" to today's plan. Pure and
 * deterministic — it reads nothing but its arguments (no clock, environment or I/O), and the
 * same input always gives a deep-equal plan.
 */
import { isoDateOf } from "./dates";
import { buildHistory } from "./history";
import { planHydration } from "./hydration";
import { computeLoadMetrics, loadSuggestions } from "./load";
import { massageSuggestions, proposeMassageDays as proposeFromContext, type MassageContext } from "./massage";
import { assessReadiness } from "./readiness";
import { assessSoreness } from "./soreness";
import { stretchSuggestions, warmUpSuggestion } from "./stretch";
import { REST_AFTER_RACE_DAYS, SOURCES, type MassageTiming } from "./thresholds";
import type { DistanceUnits, PlanInput, ProposedMassage, RecoveryPlan, Suggestion, SuggestionPriority } from "./types";
import { parsePlanInput, parsePlanOptions } from "../validation/plan-input";
import { adviceFromLoad, todaysTraining } from "./todays-training";
import { dateOf, distanceInWords, relativeDay } from "./wording";
import type { History } from "./history";

export * from "./types";
export { PlanInputError, formatFieldPath } from "./errors";
export { DEFAULT_MASSAGE_TIMING, type MassageTiming } from "./thresholds";
export { addDays, daysBetween, isIsoDate, parseIsoDate, isoDateOf } from "./dates";
export { STATIC_STRETCHES, STRETCHES_BY_REGION, STRETCH_FIGURES, STRETCHING_NOTE, stretchById, stretchesForRegion } from "./stretches";
export type { StaticStretch, StretchFigure } from "./stretches";
export { WARM_UP_DRILLS, type WarmUpDrill } from "./warm-up-drills";
export { KM_PER_MILE, distanceInWords } from "./wording";

export interface PlanOptions {
  /** Overrides of the race massage-timing defaults (whole days, 1–28). */
  massageTiming?: Partial<MassageTiming>;
  /**
   * The units distances are written in in the plan's text (titles, details, because, proposal
   * reasons): the runner's setting, default "km". Numbers in the plan (metrics) stay km.
   */
  units?: DistanceUnits;
}

const PRIORITY_RANK: Readonly<Record<SuggestionPriority, number>> = { high: 0, medium: 1, low: 2 };

/** Highest priority first; within a priority, see-professional first; otherwise the order the rules ran in. */
export function sortSuggestions(suggestions: readonly Suggestion[]): Suggestion[] {
  return suggestions
    .map((suggestion, order) => ({ suggestion, order }))
    .sort(
      (a, b) =>
        PRIORITY_RANK[a.suggestion.priority] - PRIORITY_RANK[b.suggestion.priority] ||
        Number(a.suggestion.kind !== "see-professional") - Number(b.suggestion.kind !== "see-professional") ||
        a.order - b.order,
    )
    .map(({ suggestion }) => suggestion);
}

function restAfterRace(history: History, units: DistanceUnits): Suggestion | null {
  const recent = history.races.filter((race) => race.day >= history.today - REST_AFTER_RACE_DAYS && race.day <= history.today);
  const race = recent[recent.length - 1];
  if (race === undefined) return null;
  const name = race.name === undefined ? `your ${distanceInWords(race.distanceKm, units)} race` : `${race.name} (${distanceInWords(race.distanceKm, units)})`;
  return {
    id: "rest/after-race",
    kind: "rest",
    priority: "high",
    title: race.day === history.today ? "Race day: rest afterwards" : "Rest after your race",
    detail:
      "Rest, walk or do an easy spin today. If you run in the next few days, keep it short and very easy (RPE 2–3) and skip hard sessions " +
      "until the soreness has gone; it usually peaks 1–3 days after a race.",
    regions: [],
    because: recent.map((r) => {
      const label = r === race ? name : r.name ?? `a ${distanceInWords(r.distanceKm, units)} race`;
      return `You raced ${label} on ${dateOf(r.day)} (${relativeDay(r.day, history.today)}).`;
    }),
    evidence: [SOURCES.cheung2003],
  };
}

function massageContext(input: PlanInput, options: PlanOptions | undefined) {
  const { massageTiming, units } = parsePlanOptions(options);
  const history = buildHistory(input);
  const soreness = assessSoreness(history);
  const context: MassageContext = {
    history,
    timing: massageTiming,
    units,
    redFlagRegions: soreness.redFlagRegions,
    soreNow: soreness.soreNow,
  };
  return { history, soreness, context, units };
}

/**
 * Today's recovery plan. The input is parsed with the shared zod schema (lib/validation); input
 * that breaks the PlanInput contract throws PlanInputError with `field` naming the first bad
 * path, e.g. "runs[3].rpe". `options.massageTiming` overrides the race timing defaults;
 * `options.units` picks the units distances are written in (default km).
 */
export function planRecovery(unchecked: PlanInput, options?: PlanOptions): RecoveryPlan {
  const input = parsePlanInput(unchecked);
  const { history, soreness, context, units } = massageContext(input, options);
  const metrics = computeLoadMetrics(history);
  const hydration = planHydration(history, input.profile, units);
  const rest = restAfterRace(history, units);
  const load = loadSuggestions(history, metrics, units);
  // Load and readiness agree: a below-usual morning only turns today's advice down.
  const readiness = assessReadiness(input.wellness, history.today);
  const training = todaysTraining(history, adviceFromLoad([...(rest ? [rest] : []), ...load]), readiness.status);
  const suggestions = [
    ...soreness.suggestions.filter((suggestion) => suggestion.kind === "see-professional"),
    rest,
    training.suggestion,
    ...load,
    ...readiness.suggestions,
    ...massageSuggestions(context),
    ...soreness.suggestions.filter((suggestion) => suggestion.kind !== "see-professional"),
    ...stretchSuggestions(history, soreness.soreNow, soreness.redFlagRegions),
    ...hydration.suggestions,
    warmUpSuggestion(history),
  ].filter((suggestion): suggestion is Suggestion => suggestion !== null);
  return {
    today: isoDateOf(history.today),
    suggestions: sortSuggestions(suggestions),
    massageDays: proposeFromContext(context),
    hydration: hydration.plan,
    metrics,
    readiness: { status: readiness.status, factors: readiness.factors, todaysTraining: training.advice },
  };
}

/** Only the proposed massage days (today … today + 13) for the same input. */
export function proposeMassageDays(unchecked: PlanInput, options?: PlanOptions): ProposedMassage[] {
  return proposeFromContext(massageContext(parsePlanInput(unchecked), options).context);
}
