import "server-only";
import { addDaysIso } from "@/lib/format/dates";
import { sortedRegions } from "@/lib/rules/wording";
import type { ISODate, Region, SorenessEntry } from "@/lib/rules";
import { compareSides, type SideComparison } from "@/lib/rules/imbalance";
import { personalMassageEvidence, type PersonalEvidence } from "@/lib/rules/personal-evidence";
import { doneMassagesWithNotes, FEEDBACK_LATEST_DAYS_AFTER, type DoneMassageRecord } from "./session-notes";

export interface FeedbackPrompt {
  massageId: string;
  date: ISODate;
  /** "yesterday's massage" or "your massage of 2026-11-26". */
  yesterday: boolean;
  regions: Region[];
}

export interface MassageFollowUp {
  /** The latest done massage of the last 3 days not yet answered for, when there is one. */
  feedbackPrompt: FeedbackPrompt | null;
  personalEvidence: PersonalEvidence[];
  /** Left against right per region over the last 4 weeks. */
  sides: SideComparison[];
}

/** The regions to ask about: those worked; for a whole-body session, those sore in the 3 days before it. */
function regionsToAsk(massage: DoneMassageRecord, soreness: readonly SorenessEntry[]): Region[] {
  if (massage.regions.length > 0) return massage.regions;
  const from = addDaysIso(massage.date, -3);
  return sortedRegions(soreness.filter((s) => s.level > 0 && s.date >= from && s.date <= massage.date).map((s) => s.region));
}

/**
 * What Today adds after a massage (issue 16): the next-morning question, the runner's own
 * record beside the published evidence, and the left–right comparison. `soreness` is the
 * window the dashboard already read (60 days), so this adds one query (done sessions with their
 * notes and answers).
 */
export async function loadMassageFollowUp(userId: string, today: ISODate, soreness: readonly SorenessEntry[]): Promise<MassageFollowUp> {
  const done = await doneMassagesWithNotes(userId, today);
  const recent = done.find((m) => m.date < today && m.date >= addDaysIso(today, -FEEDBACK_LATEST_DAYS_AFTER) && m.feedback.length === 0);
  const regions = recent ? regionsToAsk(recent, soreness) : [];
  return {
    feedbackPrompt: recent && regions.length > 0 ? { massageId: recent.id, date: recent.date, yesterday: recent.date === addDaysIso(today, -1), regions } : null,
    personalEvidence: personalMassageEvidence(done, soreness, done.flatMap((m) => m.feedback.map((f) => ({ massageId: m.id, ...f }))), today),
    sides: compareSides(soreness, today),
  };
}
