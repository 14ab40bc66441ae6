/**
 * Personal evidence: what followed this runner's own massages, beside the published evidence
 * (Dupuy 2018: massage may ease DOMS). "Light work on your calves was followed by less soreness
 * the next day 4 of the last 5 times." It counts what followed — never that the massage caused
 * it — and says nothing below a minimum count.
 */
import { addDays } from "./dates";
import { REGIONS, type ISODate, type MassageDepth, type Region, type SorenessEntry, type Suggestion } from "./types";
import { REGION_WORDS } from "./wording";

/** Fewer sessions with a known outcome than this and nothing is said (two could be chance). */
export const PERSONAL_EVIDENCE_MIN_SESSIONS = 3;
/** The line counts the latest sessions only: what helps can change over a season. */
export const PERSONAL_EVIDENCE_LAST_SESSIONS = 5;

export type FeedbackAnswer = "better" | "same" | "worse";
export type Outcome = "less" | "same" | "more";

export interface DoneMassage {
  id: string;
  date: ISODate;
  depth: MassageDepth;
  /** Regions worked (from the session notes when there are any); empty = not said, not counted. */
  regions: readonly Region[];
}

export interface MassageFeedbackEntry {
  massageId: string;
  region: Region;
  answer: FeedbackAnswer;
}

export interface PersonalEvidence {
  depth: MassageDepth;
  region: Region;
  /** Sessions counted (the latest with a known outcome, at most PERSONAL_EVIDENCE_LAST_SESSIONS). */
  sessions: number;
  /** Of those, followed by less soreness the next day. */
  less: number;
  same: number;
  more: number;
  /** The sentence with its counts. */
  line: string;
}

const ANSWER_OUTCOME: Readonly<Record<FeedbackAnswer, Outcome>> = { better: "less", same: "same", worse: "more" };

const DEPTH_WORDS: Readonly<Record<MassageDepth, string>> = { light: "Light work", deep: "Deep tissue work", self: "Self-massage" };

/** The region's level on a day (the higher side; the later entry per side wins), or undefined. */
function levelsByRegionDay(entries: readonly SorenessEntry[]): Map<string, number> {
  const perSide = new Map<string, number>();
  for (const entry of entries) perSide.set(`${entry.region}|${entry.date}|${entry.side}`, entry.level);
  const out = new Map<string, number>();
  for (const [key, level] of perSide) {
    const [region, date] = key.split("|");
    const regionDay = `${region}|${date}`;
    out.set(regionDay, Math.max(out.get(regionDay) ?? 0, level));
  }
  return out;
}

/**
 * What followed one session for one region: the runner's answer the next morning when there is
 * one; else the soreness log — the level on the massage day (or the day before when that day was
 * not logged) against the day after. undefined when neither says.
 */
function outcomeOf(massage: DoneMassage, region: Region, feedback: ReadonlyMap<string, FeedbackAnswer>, levels: ReadonlyMap<string, number>): Outcome | undefined {
  const answer = feedback.get(`${massage.id}|${region}`);
  if (answer !== undefined) return ANSWER_OUTCOME[answer];
  const before = levels.get(`${region}|${massage.date}`) ?? levels.get(`${region}|${addDays(massage.date, -1)}`);
  const after = levels.get(`${region}|${addDays(massage.date, 1)}`);
  if (before === undefined || after === undefined) return undefined;
  return after < before ? "less" : after === before ? "same" : "more";
}

/**
 * Per depth and region worked, what followed the latest sessions (at most 5), only where at
 * least 3 have a known outcome. Sessions after `today − 1` are not counted (no next day yet).
 * Ordered by depth (light, deep, self), then region in body-map order. Pure.
 */
export function personalMassageEvidence(
  massages: readonly DoneMassage[],
  soreness: readonly SorenessEntry[],
  feedback: readonly MassageFeedbackEntry[],
  today: ISODate,
): PersonalEvidence[] {
  const answers = new Map(feedback.map((entry) => [`${entry.massageId}|${entry.region}`, entry.answer] as const));
  const levels = levelsByRegionDay(soreness);
  const outcomes = new Map<string, { date: ISODate; id: string; outcome: Outcome }[]>();
  for (const massage of massages) {
    if (massage.date >= today) continue;
    for (const region of new Set(massage.regions)) {
      const outcome = outcomeOf(massage, region, answers, levels);
      if (outcome === undefined) continue;
      const key = `${massage.depth}|${region}`;
      const list = outcomes.get(key) ?? [];
      outcomes.set(key, list);
      list.push({ date: massage.date, id: massage.id, outcome });
    }
  }
  const out: PersonalEvidence[] = [];
  for (const depth of ["light", "deep", "self"] as const) {
    for (const region of REGIONS) {
      const list = outcomes.get(`${depth}|${region}`);
      if (!list || list.length < PERSONAL_EVIDENCE_MIN_SESSIONS) continue;
      const latest = [...list].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id)).slice(0, PERSONAL_EVIDENCE_LAST_SESSIONS);
      const count = (outcome: Outcome) => latest.filter((entry) => entry.outcome === outcome).length;
      const less = count("less");
      out.push({
        depth,
        region,
        sessions: latest.length,
        less,
        same: count("same"),
        more: count("more"),
        line: `${DEPTH_WORDS[depth]} on your ${REGION_WORDS[region].all} was followed by less soreness the next day ${less} of the last ${latest.length} times.`,
      });
    }
  }
  return out;
}

/**
 * The plan's massage suggestions with the runner's own record added to their evidence, beside
 * the published sources: for each region the suggestion names, the lines about that region.
 * Other suggestions are returned unchanged. Pure; the input is not modified.
 */
export function withPersonalEvidence(suggestions: readonly Suggestion[], evidence: readonly PersonalEvidence[]): Suggestion[] {
  if (evidence.length === 0) return [...suggestions];
  return suggestions.map((suggestion) => {
    if (suggestion.kind !== "massage") return suggestion;
    const lines = evidence.filter((entry) => suggestion.regions.includes(entry.region)).map((entry) => `Your own record: ${entry.line}`);
    return lines.length === 0 ? suggestion : { ...suggestion, evidence: [...suggestion.evidence, ...lines] };
  });
}
