/**
 * Stable keys for the planner's massage proposals. A proposal carries its reasons as data
 * (ProposedMassage.why); a key is "date|depth|rule[+rule…]", so the same reason on the same date
 * is the same key, whatever the runner's units, the race's name or the wording. The rule names
 * are the kinds the earlier sentence-matching keys used, so rows stored before keep their keys.
 */
import type { MassageDepth, ProposedMassage } from "../rules/types";

export function proposalKeyOf(proposal: Pick<ProposedMassage, "date" | "depth" | "why">): string {
  return `${proposal.date}|${proposal.depth}|${proposal.why.map((reason) => reason.rule).join("+")}`;
}

/** "date|depth|kind" for each kind in a key: a dismissed one blocks each of its reasons on that day. */
export function reasonAtomsOfKey(key: string): string[] {
  const [date, depth, kinds] = key.split("|");
  if (date === undefined || depth === undefined || kinds === undefined) return [key];
  return kinds.split("+").map((kind) => `${date}|${depth as MassageDepth}|${kind}`);
}
