/**
 * Stable keys for the planner's massage proposals. planRecovery says why it proposes a day only
 * in words, so the reason is sorted into the kinds of trigger the engine has (a test runs the
 * engine over scenarios and fails if a reason is not recognised). A key is
 * "date|depth|kind[+kind…]": the same reason on the same date gives the same key. A key never
 * depends on the runner's units (reasons say "24.0 km" or "14.9 mi"): the patterns stop before any
 * distance, and the fallback fingerprint reads a distance in miles as one in km.
 */
import type { MassageDepth, ProposedMassage } from "../rules/types";

const REASON_KINDS: ReadonlyArray<readonly [kind: string, pattern: RegExp]> = [
  ["after-race-light", /Light flush \d+–\d+ days after /],
  ["before-race-light", /Light flush \d+ days? before /],
  ["after-long-run", /Light or self-massage the day after your /],
  ["before-race-deep", /Deep tissue \d+–\d+ days before /],
  ["after-race-deep", /Deep tissue from \d+ days? after /],
];

/** A short, stable fingerprint of a reason we do not recognise (digits dropped: dates move; units too). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (const char of text.replace(/\d+/g, "#").replace(/# mi\b/g, "# km")) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `other-${hash.toString(16).padStart(8, "0")}`;
}

/** The trigger kinds of a proposal's reason, in a fixed order. */
export function reasonKindsOf(reason: string): string[] {
  const kinds = REASON_KINDS.filter(([, pattern]) => pattern.test(reason)).map(([kind]) => kind);
  return kinds.length > 0 ? kinds : [fingerprint(reason)];
}

export function proposalKeyOf(proposal: Pick<ProposedMassage, "date" | "depth" | "reason">): string {
  return `${proposal.date}|${proposal.depth}|${reasonKindsOf(proposal.reason).join("+")}`;
}

/** "date|depth|kind" for each kind in a key: a dismissed one blocks each of its reasons on that day. */
export function reasonAtomsOfKey(key: string): string[] {
  const [date, depth, kinds] = key.split("|");
  if (date === undefined || depth === undefined || kinds === undefined) return [key];
  return kinds.split("+").map((kind) => `${date}|${depth as MassageDepth}|${kind}`);
}
