/**
 * The recovery rules engine: from a runner's history and "today" to today's plan. Pure and
 * deterministic — it reads nothing but its arguments (no clock, environment or I/O), and the
 * same input always gives a deep-equal plan.
 */
import { isoDateOf } from "./dates";
import { buildHistory } from "./history";
import { planHydration } from "./hydration";
import { computeLoadMetrics, loadSuggestions } from "./load";
import { massageSuggestions, type MassageContext } from "./massage";
import { proposeMassageDays as proposeFromContext } from "./massage-days";
import { mergeByKindAndDay, redFlagAlternative } from "./coherence";
import { assessReadiness } from "./readiness";
import { assessSoreness } from "./soreness";
import { stretchSuggestion } from "./stretch";
import { REST_AFTER_RACE_DAYS, SOURCES, type MassageTiming } from "./thresholds";
import type { DistanceUnits, FluidUnits, PlanInput, ProposedMassage, RecoveryPlan, RoutineMassage, Suggestion, SuggestionDraft, SuggestionPriority, TemperatureUnits } from "./types";
import { parsePlanInput, parsePlanOptions } from "../validation/plan-input";
import { distanceInWords, onDay, type Voice } from "./wording";
import type { History, RaceOnDay } from "./history";
import { adviceFromLoad, todaysTraining } from "./todays-training";

export * from "./types";
export { PlanInputError, formatFieldPath } from "./errors";
export { DEFAULT_MASSAGE_TIMING, type MassageTiming } from "./thresholds";
export { addDays, daysBetween, isIsoDate, parseIsoDate, isoDateOf } from "./dates";
export { STATIC_STRETCHES, STRETCHES_BY_REGION, STRETCH_FIGURES, STRETCHING_NOTE, stretchById, stretchesForRegion } from "./stretches";
export type { StaticStretch, StretchFigure } from "./stretches";
export { WARM_UP_DRILLS, type WarmUpDrill } from "./warm-up-drills";
export { KM_PER_MILE, KG_PER_LB, ML_PER_US_FL_OZ, dateOf, dayInWords, distanceInWords, fluid, temperature, weekdayOf, type Voice } from "./wording";
export { proposalReasonInWords, type ProposalSituation } from "./proposal-reasons";

export interface PlanOptions {
  /** Overrides of the race massage-timing defaults (whole days, 1–28). */
  massageTiming?: Partial<MassageTiming>;
  /**
   * The units distances are written in in the plan's text (titles, details, because, proposal
   * reasons): the runner's setting, default "km". Numbers in the plan (metrics) stay km.
   */
  units?: DistanceUnits;
  /** Fluids in the text: "ml" or "floz" (default: floz with miles, ml with km). */
  fluidUnits?: FluidUnits;
  /** Temperatures in the text: "c" or "f" (default: f with miles, c with km). */
  temperatureUnits?: TemperatureUnits;
  /** Routine massage sessions every 2, 3 or 4 weeks on a weekday (everyWeeks 0: none). */
  routineMassage?: RoutineMassage | { everyWeeks: 0; weekday: number };
}

const PRIORITY_RANK: Readonly<Record<SuggestionPriority, number>> = { high: 0, medium: 1, low: 2 };

/** Highest priority first; within a priority, see-professional first; otherwise the order the rules ran in. */
export function sortSuggestions<T extends Pick<Suggestion, "priority" | "kind">>(suggestions: readonly T[]): T[] {
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

function restAfterRace(history: History, voice: Voice): SuggestionDraft | null {
  const recent = history.races.filter((race) => race.day >= history.today - REST_AFTER_RACE_DAYS && race.day <= history.today);
  const race = recent[recent.length - 1];
  if (race === undefined) return null;
  const label = (r: RaceOnDay) => (r.name === undefined ? `your ${distanceInWords(r.distanceKm, voice.units)} race` : `${r.name} (${distanceInWords(r.distanceKm, voice.units)})`);
  return {
    id: "rest/after-race",
    kind: "rest",
    priority: "high",
    title: race.day === history.today ? "Race day: rest afterwards" : "Rest after your race",
    detail:
      "Rest, walk or do an easy spin today. If you run in the next few days, keep it short and very easy (RPE 2–3) and skip hard sessions " +
      "until the soreness has gone; it usually peaks 1–3 days after a race.",
    regions: [],
    because: recent.map((r) => `You raced ${label(r)} ${onDay(r.day, history.today)}.`),
    evidence: [SOURCES.cheung2003],
  };
}

function massageContext(input: PlanInput, options: PlanOptions | undefined) {
  const parsed = parsePlanOptions(options);
  const history = buildHistory(input);
  const soreness = assessSoreness(history);
  const voice: Voice = {
    today: history.today,
    units: parsed.units,
    fluidUnits: parsed.fluidUnits,
    temperatureUnits: parsed.temperatureUnits,
  };
  const context: MassageContext = {
    history,
    timing: parsed.massageTiming,
    voice,
    routine: parsed.routineMassage,
    redFlagRegions: soreness.redFlagRegions,
    soreNow: soreness.soreNow,
  };
  return { history, soreness, context, voice };
}

/**
 * Today's recovery plan. The input is parsed with the shared zod schema (lib/validation); input
 * that breaks the PlanInput contract throws PlanInputError with `field` naming the first bad
 * path, e.g. "runs[3].rpe". `options` sets the massage timing, the runner's units (distance,
 * fluid, temperature) and routine massage sessions.
 *
 * Coherence: while a red flag says stop running on a region, or after a race, nothing prepares
 * for a run (no warm-up drills, no pre-run drinking, nothing "before your next run"); the plan
 * offers rest and cross-training that spares the region instead. Suggestions of one kind for the
 * same day are one card (mergeByKindAndDay).
 */
export function planRecovery(unchecked: PlanInput, options?: PlanOptions): RecoveryPlan {
  const input = parsePlanInput(unchecked);
  const { history, soreness, context, voice } = massageContext(input, options);
  const metrics = computeLoadMetrics(history);
  const afterRace = restAfterRace(history, voice);
  const redFlag = soreness.redFlagRegions.size > 0;
  const noRunAhead = redFlag || afterRace !== null;
  const hydration = planHydration(history, input.profile, voice, noRunAhead);
  const redFlagRest = redFlagAlternative(history, soreness.redFlagRegions);
  const load = loadSuggestions(history, metrics, voice);
  // Load and readiness agree: a below-usual morning only turns today's advice down.
  const readiness = assessReadiness(input.wellness, history.today);
  const loadAdvice = adviceFromLoad([...(afterRace ? [afterRace] : []), ...(redFlagRest ? [redFlagRest] : []), ...load]);
  const training = todaysTraining(history, loadAdvice, readiness.status);
  const drafts = [
    ...soreness.suggestions.filter((suggestion) => suggestion.kind === "see-professional"),
    redFlagRest,
    afterRace,
    training.suggestion,
    ...load,
    ...readiness.suggestions,
    ...massageSuggestions(context),
    ...soreness.suggestions.filter((suggestion) => suggestion.kind !== "see-professional"),
    stretchSuggestion(history, soreness.soreNow, soreness.redFlagRegions, noRunAhead, voice.units),
    ...hydration.suggestions,
  ].filter((suggestion): suggestion is SuggestionDraft => suggestion !== null);
  const merged = mergeByKindAndDay(sortSuggestions(drafts.map((d) => ({ ...d, day: d.day ?? isoDateOf(history.today), rules: d.rules ?? [d.id] }))), history.today);
  return {
    today: isoDateOf(history.today),
    suggestions: sortSuggestions(merged),
    massageDays: proposeFromContext(context),
    hydration: hydration.plan,
    metrics,
    readiness: { status: readiness.status, factors: readiness.factors, todaysTraining: training.advice },
  };
}

/** Only the proposed massage days (see RecoveryPlan.massageDays) for the same input. */
export function proposeMassageDays(unchecked: PlanInput, options?: PlanOptions): ProposedMassage[] {
  return proposeFromContext(massageContext(parsePlanInput(unchecked), options).context);
}
