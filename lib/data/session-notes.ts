import "server-only";
import { db } from "@/lib/db";
import { addDaysIso, isoDateOfColumn } from "@/lib/format/dates";
import type { MassageDepth, Region } from "@/lib/rules";
import type { FeedbackAnswer } from "@/lib/rules/personal-evidence";
import { DomainValidationError } from "@/lib/validation/domain-error";
import type { MassageFeedbackInput, SessionNoteInput } from "@/lib/validation/share";
import { isId } from "./races";
import { regionFromDb, regionToDb } from "./regions";

export interface SessionNote {
  massageId: string;
  regionsWorked: Region[];
  depthWorked: MassageDepth | null;
  findings: string | null;
  author: "runner" | "therapist";
  updatedAt: string;
}

export interface FeedbackAnswerView {
  region: Region;
  answer: FeedbackAnswer;
}

/** Feedback is asked the morning after, and taken up to 3 days after (the DOMS peak, Cheung 2003). */
export const FEEDBACK_LATEST_DAYS_AFTER = 3;

const noteSelect = { massageId: true, regionsWorked: true, depthWorked: true, findings: true, author: true, updatedAt: true } as const;
type NoteRow = { massageId: string; regionsWorked: Parameters<typeof regionFromDb>[0][]; depthWorked: MassageDepth | null; findings: string | null; author: "runner" | "therapist"; updatedAt: Date };
const toNote = (row: NoteRow): SessionNote => ({
  massageId: row.massageId,
  regionsWorked: row.regionsWorked.map(regionFromDb),
  depthWorked: row.depthWorked,
  findings: row.findings,
  author: row.author,
  updatedAt: row.updatedAt.toISOString(),
});

/** The notes of one of the runner's sessions; null when there are none (or it is not theirs). */
export async function getSessionNote(userId: string, massageId: string): Promise<SessionNote | null> {
  if (!isId(massageId)) return null;
  const row = await db().massageSessionNote.findFirst({ where: { massageId, userId }, select: noteSelect });
  return row ? toNote(row) : null;
}

async function upsertNote(userId: string, massageId: string, input: SessionNoteInput, author: "runner" | "therapist"): Promise<SessionNote> {
  const data = { regionsWorked: input.regionsWorked.map(regionToDb), depthWorked: input.depthWorked, findings: input.findings, author };
  const row = await db().massageSessionNote.upsert({
    where: { massageId },
    create: { userId, massageId, ...data },
    update: data,
    select: noteSelect,
  });
  return toNote(row);
}

/**
 * The runner records what a session worked on and found. null: no such session of theirs.
 * DomainValidationError (422) unless the session is marked done.
 */
export async function saveSessionNote(userId: string, massageId: string, input: SessionNoteInput): Promise<SessionNote | null> {
  if (!isId(massageId)) return null;
  const massage = await db().massageSession.findFirst({ where: { id: massageId, userId }, select: { status: true } });
  if (!massage) return null;
  if (massage.status !== "done") throw new DomainValidationError("status", "Mark the massage done first; notes are for a session that took place.");
  return upsertNote(userId, massageId, input, "runner");
}

/** Why a therapist link may not write notes now (null: it may). */
export type TherapistNoteRefusal = "not-allowed" | "no-session" | "not-yet";

/**
 * What the therapist may write through a link: the notes of the link's own session only, once
 * the session's day has come (booked, accepted or done), and only when the runner allowed it.
 */
export async function therapistNoteTarget(
  share: { userId: string; massageId: string | null; allowNotes: boolean },
  today: string,
): Promise<{ ok: true; massage: { id: string; date: string; depth: MassageDepth; regions: Region[] }; note: SessionNote | null } | { ok: false; reason: TherapistNoteRefusal }> {
  if (!share.allowNotes) return { ok: false, reason: "not-allowed" };
  if (!share.massageId) return { ok: false, reason: "no-session" };
  const massage = await db().massageSession.findFirst({
    where: { id: share.massageId, userId: share.userId, status: { in: ["booked", "accepted", "done"] } },
    select: { id: true, date: true, depth: true, regions: true, sessionNote: { select: noteSelect } },
  });
  if (!massage) return { ok: false, reason: "no-session" };
  const date = isoDateOfColumn(massage.date);
  if (date > today) return { ok: false, reason: "not-yet" };
  return {
    ok: true,
    massage: { id: massage.id, date, depth: massage.depth, regions: massage.regions.map(regionFromDb) },
    note: massage.sessionNote ? toNote(massage.sessionNote) : null,
  };
}

/** The therapist's notes through an allowed link: the link's session, nothing else. */
export async function saveTherapistNote(
  share: { userId: string; massageId: string | null; allowNotes: boolean },
  input: SessionNoteInput,
  today: string,
): Promise<{ ok: true; note: SessionNote } | { ok: false; reason: TherapistNoteRefusal }> {
  const target = await therapistNoteTarget(share, today);
  if (!target.ok) return target;
  return { ok: true, note: await upsertNote(share.userId, target.massage.id, input, "therapist") };
}

/** The runner's answers for one session, in body-map order of storage. */
export async function getFeedback(userId: string, massageId: string): Promise<FeedbackAnswerView[]> {
  if (!isId(massageId)) return [];
  const rows = await db().massageFeedback.findMany({ where: { userId, massageId }, select: { region: true, answer: true }, orderBy: { region: "asc" } });
  return rows.map((row) => ({ region: regionFromDb(row.region), answer: row.answer }));
}

/**
 * "Did yesterday's massage help?": stores one answer per region (answering again replaces it).
 * null: no such session of the runner's. DomainValidationError unless the session is done and
 * 1–3 days ago in the runner's calendar.
 */
export async function saveFeedback(userId: string, massageId: string, input: MassageFeedbackInput, today: string): Promise<FeedbackAnswerView[] | null> {
  if (!isId(massageId)) return null;
  const massage = await db().massageSession.findFirst({ where: { id: massageId, userId }, select: { status: true, date: true } });
  if (!massage) return null;
  if (massage.status !== "done") throw new DomainValidationError("answers", "Mark the massage done first; this asks how you felt after it.");
  const date = isoDateOfColumn(massage.date);
  if (date >= today || date < addDaysIso(today, -FEEDBACK_LATEST_DAYS_AFTER)) {
    throw new DomainValidationError("answers", `This is asked the morning after a massage, up to ${FEEDBACK_LATEST_DAYS_AFTER} days after it.`);
  }
  await db().$transaction(
    input.answers.map(({ region, answer }) =>
      db().massageFeedback.upsert({
        where: { massageId_region: { massageId, region: regionToDb(region) } },
        create: { userId, massageId, region: regionToDb(region), answer },
        update: { answer },
      }),
    ),
  );
  return getFeedback(userId, massageId);
}

export interface DoneMassageRecord {
  id: string;
  date: string;
  depth: MassageDepth;
  /** The session's regions: the worked regions from its notes when there are any. */
  regions: Region[];
  note: SessionNote | null;
  feedback: FeedbackAnswerView[];
}

interface DoneMassageSqlRow {
  id: string;
  date: Date;
  depth: MassageDepth;
  regions: string[] | null;
  regions_worked: string[] | null;
  depth_worked: MassageDepth | null;
  findings: string | null;
  author: "runner" | "therapist" | null;
  note_updated_at: Date | null;
  feedback: { region: string; answer: FeedbackAnswer }[];
}

/**
 * Done sessions of today − days … today, newest first (at most 200), with their notes and
 * answers — in one statement (Prisma's include would send three), so Today stays within its
 * query budget whatever the history. Regions come back in the runner's words (the enum's
 * database values), as everywhere else.
 */
export async function doneMassagesWithNotes(userId: string, today: string, days = 180): Promise<DoneMassageRecord[]> {
  const rows = await db().$queryRaw<DoneMassageSqlRow[]>`
    SELECT m.id::text AS id, m.date, m.depth::text AS depth, m.regions::text[] AS regions,
           n.regions_worked::text[] AS regions_worked, n.depth_worked::text AS depth_worked, n.findings,
           n.author::text AS author, n.updated_at AS note_updated_at,
           COALESCE(json_agg(json_build_object('region', f.region, 'answer', f.answer) ORDER BY f.region)
                    FILTER (WHERE f.id IS NOT NULL), '[]'::json) AS feedback
    FROM massage_sessions m
    LEFT JOIN massage_session_notes n ON n.massage_id = m.id
    LEFT JOIN massage_feedback f ON f.massage_id = m.id
    WHERE m.user_id = ${userId}::uuid AND m.status = 'done'
      AND m.date >= ${addDaysIso(today, -days)}::date AND m.date <= ${today}::date
    GROUP BY m.id, n.id
    ORDER BY m.date DESC, m.id ASC
    LIMIT 200`;
  return rows.map((row) => {
    const note: SessionNote | null =
      row.author === null
        ? null
        : {
            massageId: row.id,
            regionsWorked: (row.regions_worked ?? []) as Region[],
            depthWorked: row.depth_worked,
            findings: row.findings,
            author: row.author,
            updatedAt: row.note_updated_at!.toISOString(),
          };
    return {
      id: row.id,
      date: isoDateOfColumn(row.date),
      depth: row.depth,
      regions: note && note.regionsWorked.length > 0 ? note.regionsWorked : ((row.regions ?? []) as Region[]),
      note,
      feedback: row.feedback.map((f) => ({ region: f.region as Region, answer: f.answer })),
    };
  });
}
