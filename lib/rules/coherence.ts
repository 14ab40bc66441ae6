/**
 * One coherent plan: when a red flag says stop running on a region, the plan offers what to do
 * instead (rest, cross-training that spares the region, a professional) and nothing that prepares
 * for a run; and suggestions of one kind for the same day become one card that lists every
 * region with its reason.
 */
import { isoDateOf } from "./dates";
import type { History } from "./history";
import { SOURCES } from "./thresholds";
import type { Region, Suggestion, SuggestionDraft, SuggestionPriority } from "./types";
import { regionsInWords, sortedRegions } from "./wording";

/** Cross-training that spares each region (our wording of common physiotherapy advice). */
const SPARING: Readonly<Record<Region, string>> = {
  calves: "swimming with a pull buoy or upper-body work",
  shins: "swimming, deep-water running or an easy spin on a bike if it is pain-free",
  achilles: "swimming with a pull buoy or upper-body work",
  feet: "swimming, deep-water running or an easy spin on a bike if it is pain-free",
  hamstrings: "swimming with a pull buoy or upper-body work",
  quadriceps: "swimming with a pull buoy or upper-body work",
  knees: "swimming without breaststroke kick, or upper-body work",
  "it-band": "swimming with a pull buoy or upper-body work",
  hips: "swimming with a pull buoy or upper-body work",
  glutes: "swimming with a pull buoy or upper-body work",
  "lower-back": "walking and gentle swimming",
};

/** The alternative to running while red flags stand (regions = the red-flag regions). */
export function redFlagAlternative(history: History, redFlagRegions: ReadonlySet<Region>): SuggestionDraft | null {
  const regions = sortedRegions(redFlagRegions);
  if (regions.length === 0) return null;
  const options = [...new Set(regions.map((region) => SPARING[region]))];
  return {
    id: "rest/red-flag",
    kind: "rest",
    priority: "high",
    title: `Rest your ${regionsInWords(regions)} from running until it has been checked`,
    detail:
      `Instead of running, keep fit with what spares your ${regionsInWords(regions)}: ${options.join("; or ")} — only what stays pain-free. ` +
      "Walk for daily life, and see a physiotherapist or doctor before you run on it again; they can tell you when and how to restart.",
    regions,
    because: regions.map((region) => `Your ${regionsInWords([region])} ${region === "lower-back" ? "has" : "have"} a red flag (see the first card).`),
    evidence: [SOURCES.silbernagel2007],
  };
}

const PRIORITY_RANK: Readonly<Record<SuggestionPriority, number>> = { high: 0, medium: 1, low: 2 };

function uniqueSentences(texts: readonly string[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      if (sentence === "" || seen.has(sentence)) continue;
      seen.add(sentence);
      out.push(sentence);
    }
  }
  return out.join(" ");
}

/**
 * Fills in each draft's day (today by default) and rules, then merges suggestions of the same kind
 * for the same day into one card: the first (highest priority, given sorted input) keeps its id and
 * title; details, reasons and evidence are joined without repeats; regions are the union.
 */
export function mergeByKindAndDay(drafts: readonly SuggestionDraft[], today: number): Suggestion[] {
  const cards = new Map<string, Suggestion>();
  for (const draft of drafts) {
    const suggestion: Suggestion = { ...draft, day: draft.day ?? isoDateOf(today), rules: draft.rules ?? [draft.id] };
    const key = `${suggestion.kind}|${suggestion.day}`;
    const card = cards.get(key);
    if (card === undefined) {
      cards.set(key, suggestion);
      continue;
    }
    cards.set(key, {
      ...card,
      priority: PRIORITY_RANK[suggestion.priority] < PRIORITY_RANK[card.priority] ? suggestion.priority : card.priority,
      detail: uniqueSentences([card.detail, suggestion.detail]),
      regions: sortedRegions([...card.regions, ...suggestion.regions]),
      because: [...new Set([...card.because, ...suggestion.because])],
      evidence: [...new Set([...card.evidence, ...suggestion.evidence])],
      rules: [...new Set([...card.rules, ...suggestion.rules])],
    });
  }
  return [...cards.values()];
}
