/** Small builders for rules tests: dates are offsets in days from TODAY. */
import { addDays, planRecovery, type PlanInput, type RecoveryPlan, type Region, type RunKind, type Side, type Suggestion } from "@/lib/rules";

export const TODAY = "2026-11-22";

/** The date `offset` days from TODAY (negative = before). */
export function day(offset: number): string {
  return addDays(TODAY, offset);
}

export function run(
  offset: number,
  distanceKm: number,
  durationMin: number,
  extra: { rpe?: number; kind?: RunKind; temperatureC?: number } = {},
): PlanInput["runs"][number] {
  return { date: day(offset), distanceKm, durationMin, ...extra };
}

export function sore(
  offset: number,
  region: Region,
  side: Side,
  level: number,
  sharp?: boolean,
): PlanInput["soreness"][number] {
  return { date: day(offset), region, side, level, ...(sharp === undefined ? {} : { sharp }) };
}

export function input(parts: Partial<PlanInput> = {}): PlanInput {
  return { today: TODAY, runs: [], soreness: [], races: [], massages: [], profile: {}, ...parts };
}

/** Easy runs every day from `from` to `to` (offsets, inclusive). */
export function dailyRuns(from: number, to: number, distanceKm = 8, durationMin = 45): PlanInput["runs"] {
  const runs: PlanInput["runs"] = [];
  for (let offset = from; offset <= to; offset++) runs.push(run(offset, distanceKm, durationMin, { kind: "easy", rpe: 3 }));
  return runs;
}

export function plan(parts: Partial<PlanInput> = {}): RecoveryPlan {
  return planRecovery(input(parts));
}

/** Every rule that spoke in the plan: a card merged from several rules (one per kind and day) lists them all. */
export function ids(result: RecoveryPlan): string[] {
  return result.suggestions.flatMap((suggestion) => suggestion.rules);
}

/** The card a rule's advice is on (its own, or the card of its kind and day it was merged into). */
export function find(result: RecoveryPlan, id: string): Suggestion | undefined {
  return result.suggestions.find((suggestion) => suggestion.id === id) ?? result.suggestions.find((suggestion) => suggestion.rules.includes(id));
}

export function fires(parts: Partial<PlanInput>, id: string): boolean {
  return ids(plan(parts)).includes(id);
}

/** Every string in the plan, for wording checks. */
export function allText(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(allText);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(allText);
  return [];
}

/** Every sentence the plan shows a runner (not its machine fields: ids, ISO days, proposal data). */
export function sentencesOf(result: RecoveryPlan): string[] {
  return [
    ...result.suggestions.flatMap((suggestion) => [suggestion.title, suggestion.detail, ...suggestion.because]),
    ...result.massageDays.map((proposal) => proposal.reason),
    ...result.hydration.notes,
  ];
}
