import "server-only";
import { db, type Prisma } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { Region, Side } from "@/lib/rules";
import {
  decideAfterSession,
  nextSessionDate,
  singleLegTest,
  type ProgrammeDecision,
  type ProgrammeSessionLog,
} from "@/lib/rules/return-to-run";
import type { SessionPainInput, StartProgrammeInput } from "@/lib/validation/return-to-run";
import { todayFor } from "./plan";
import { regionFromDb, regionToDb } from "./regions";
import type { RunnerDay } from "./soreness";

// The return-to-run programme: storage only; every decision is lib/rules/return-to-run.ts.

export type ProgrammeStatus = "active" | "paused" | "stopped" | "ended" | "completed";

export interface ProgrammeSessionView {
  id: string;
  date: string;
  phase: number;
  painDuring: number | null;
  sharp: boolean;
  restPain: number | null;
  testPain: number | null;
  decision: ProgrammeDecision | null;
  reason: string | null;
}

export interface ProgrammeView {
  id: string;
  region: Region;
  side: Side;
  status: ProgrammeStatus;
  phase: number;
  usualRestPain: number;
  usualTestPain: number;
  startedOn: string;
  stoppedReason: string | null;
  test: "heel raise" | "hop";
  /** Oldest first; the last one may still be planned (no pain logged). */
  sessions: ProgrammeSessionView[];
}

/** A request the programme's state does not allow (409 in the API), with the reason. */
export class ProgrammeStateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgrammeStateError";
  }
}

const SESSION_SELECT = { id: true, date: true, phase: true, painDuring: true, sharp: true, restPain: true, testPain: true, decision: true, reason: true } as const;
const PROGRAMME_SELECT = {
  id: true,
  region: true,
  side: true,
  status: true,
  phase: true,
  usualRestPain: true,
  usualTestPain: true,
  startedOn: true,
  stoppedReason: true,
  sessions: { select: SESSION_SELECT, orderBy: { date: "asc" } },
} as const satisfies Prisma.ReturnToRunProgrammeSelect;
type ProgrammeRow = Prisma.ReturnToRunProgrammeGetPayload<{ select: typeof PROGRAMME_SELECT }>;

function view(row: ProgrammeRow): ProgrammeView {
  const region = regionFromDb(row.region);
  return {
    id: row.id,
    region,
    side: row.side,
    status: row.status,
    phase: row.phase,
    usualRestPain: row.usualRestPain,
    usualTestPain: row.usualTestPain,
    startedOn: isoDateOfColumn(row.startedOn),
    stoppedReason: row.stoppedReason,
    test: singleLegTest(region),
    sessions: row.sessions.map((s) => ({ ...s, date: isoDateOfColumn(s.date), decision: s.decision as ProgrammeDecision | null })),
  };
}

export async function listProgrammes(userId: string): Promise<ProgrammeView[]> {
  const rows = await db().returnToRunProgramme.findMany({ where: { userId }, select: PROGRAMME_SELECT, orderBy: [{ createdAt: "desc" }, { id: "asc" }] });
  return rows.map(view);
}

export async function getProgramme(userId: string, id: string): Promise<ProgrammeView | null> {
  const row = await db().returnToRunProgramme.findFirst({ where: { id, userId }, select: PROGRAMME_SELECT });
  return row ? view(row) : null;
}

/**
 * Starts a programme for one region and side, with its first session today (or on `startOn`).
 * Refused (ProgrammeStateError) while another programme for the same spot is active or paused.
 */
export async function startProgramme(runner: RunnerDay, input: StartProgrammeInput, options: { now?: Date } = {}): Promise<ProgrammeView> {
  const today = todayFor(runner, options.now);
  const first = input.startOn !== undefined && input.startOn > today ? input.startOn : today;
  return db().$transaction(async (tx) => {
    const open = await tx.returnToRunProgramme.findFirst({
      where: { userId: runner.id, region: regionToDb(input.region), side: input.side, status: { in: ["active", "paused"] } },
      select: { id: true },
    });
    if (open) throw new ProgrammeStateError("You already have a programme for this spot; pause, resume or end it instead.");
    const row = await tx.returnToRunProgramme.create({
      data: {
        userId: runner.id,
        region: regionToDb(input.region),
        side: input.side,
        usualRestPain: input.usualRestPain,
        usualTestPain: input.usualTestPain,
        startedOn: dateColumn(first),
        sessions: { create: { userId: runner.id, date: dateColumn(first), phase: 1 } },
      },
      select: PROGRAMME_SELECT,
    });
    return view(row);
  });
}

/** Pause (planned sessions removed), resume (the next session scheduled from today) or end. */
export async function changeProgramme(runner: RunnerDay, id: string, action: "pause" | "resume" | "end", options: { now?: Date } = {}): Promise<ProgrammeView | null> {
  const today = todayFor(runner, options.now);
  return db().$transaction(async (tx) => {
    const row = await tx.returnToRunProgramme.findFirst({ where: { id, userId: runner.id }, select: PROGRAMME_SELECT });
    if (!row) return null;
    const programme = view(row);
    if (programme.status === "stopped" || programme.status === "ended" || programme.status === "completed") {
      throw new ProgrammeStateError(`This programme has ${programme.status === "completed" ? "been completed" : programme.status === "ended" ? "ended" : "stopped"}; start a new one when you are ready.`);
    }
    const removePlanned = () => tx.returnToRunSession.deleteMany({ where: { programmeId: id, painDuring: null } });
    if (action === "pause" || action === "end") {
      if (action === "pause" && programme.status === "paused") throw new ProgrammeStateError("The programme is already paused.");
      await removePlanned();
      await tx.returnToRunProgramme.update({ where: { id }, data: { status: action === "pause" ? "paused" : "ended" } });
    } else {
      if (programme.status !== "paused") throw new ProgrammeStateError("Only a paused programme can be resumed.");
      const last = programme.sessions.at(-1)?.date ?? null;
      await tx.returnToRunSession.create({ data: { userId: runner.id, programmeId: id, date: dateColumn(nextSessionDate(last, today)), phase: programme.phase } });
      await tx.returnToRunProgramme.update({ where: { id }, data: { status: "active" } });
    }
    return view(await tx.returnToRunProgramme.findFirstOrThrow({ where: { id }, select: PROGRAMME_SELECT }));
  });
}

const logOf = (s: ProgrammeSessionView): ProgrammeSessionLog => ({
  date: s.date,
  phase: s.phase,
  painDuring: s.painDuring,
  sharp: s.sharp,
  restPain: s.restPain,
  testPain: s.testPain,
  decision: s.decision,
});

/**
 * Logs a session's pain: during (0–10, sharp) on the session day or later, then the next
 * morning's pain at rest and on the single-leg test, from the day after on. Sharp pain or pain
 * above 5 stops the programme at once and is logged as soreness of the spot, so the plan leads
 * with "see a professional" again. The morning log decides (Silbernagel 2007) and schedules the
 * next session. null when the session is not the runner's.
 */
export async function logSessionPain(runner: RunnerDay, sessionId: string, input: SessionPainInput, options: { now?: Date } = {}): Promise<ProgrammeView | null> {
  const today = todayFor(runner, options.now);
  return db().$transaction(async (tx) => {
    const session = await tx.returnToRunSession.findFirst({ where: { id: sessionId, userId: runner.id }, select: { programmeId: true } });
    if (!session) return null;
    const programme = view(await tx.returnToRunProgramme.findFirstOrThrow({ where: { id: session.programmeId }, select: PROGRAMME_SELECT }));
    const index = programme.sessions.findIndex((s) => s.id === sessionId);
    const current = programme.sessions[index];
    if (current === undefined) return null;
    if (programme.status !== "active") throw new ProgrammeStateError(`This programme is ${programme.status}; its sessions can no longer be logged.`);
    if (current.decision !== null) throw new ProgrammeStateError("This session has been decided already; log the next one.");
    if (current.date > today) throw new ProgrammeStateError(`This session is planned for ${current.date}; log it on the day.`);

    const stop = async (reason: string, level: number, sharp: boolean) => {
      await tx.returnToRunProgramme.update({ where: { id: programme.id }, data: { status: "stopped", stoppedReason: reason } });
      const spot = { userId_date_region_side: { userId: runner.id, date: dateColumn(today), region: regionToDb(programme.region), side: programme.side } };
      const old = await tx.sorenessEntry.findUnique({ where: spot, select: { level: true, sharp: true } });
      await tx.sorenessEntry.upsert({
        where: spot,
        create: { userId: runner.id, date: dateColumn(today), region: regionToDb(programme.region), side: programme.side, level, sharp },
        update: { level: Math.max(level, old?.level ?? 0), sharp: sharp || (old?.sharp ?? false) },
      });
    };

    if ("painDuring" in input) {
      if (current.restPain !== null) throw new ProgrammeStateError("The next morning is already logged for this session.");
      await tx.returnToRunSession.update({ where: { id: sessionId }, data: { painDuring: input.painDuring, sharp: input.sharp ?? false } });
      const logged = { ...logOf(current), painDuring: input.painDuring, sharp: input.sharp ?? false };
      const decision = decideAfterSession(logged, programme.sessions.slice(0, index).map(logOf), { restPain: programme.usualRestPain, testPain: programme.usualTestPain }, programme.test);
      if (decision.decision === "stop") {
        await tx.returnToRunSession.update({ where: { id: sessionId }, data: { decision: "stop", reason: decision.reason } });
        await stop(decision.reason, input.painDuring, input.sharp ?? false);
      }
    } else {
      if (current.painDuring === null) throw new ProgrammeStateError("Log the pain during the session first.");
      if (today <= current.date) throw new ProgrammeStateError("The next-morning check is for the morning after the session.");
      const logged = { ...logOf(current), restPain: input.restPain, testPain: input.testPain };
      const decision = decideAfterSession(logged, programme.sessions.slice(0, index).map(logOf), { restPain: programme.usualRestPain, testPain: programme.usualTestPain }, programme.test);
      await tx.returnToRunSession.update({ where: { id: sessionId }, data: { restPain: input.restPain, testPain: input.testPain, decision: decision.decision, reason: decision.reason } });
      if (decision.decision === "stop") await stop(decision.reason, Math.max(input.restPain, input.testPain), false);
      else if (decision.decision === "completed") await tx.returnToRunProgramme.update({ where: { id: programme.id }, data: { status: "completed", phase: decision.nextPhase } });
      else {
        await tx.returnToRunProgramme.update({ where: { id: programme.id }, data: { phase: decision.nextPhase } });
        await tx.returnToRunSession.create({
          data: { userId: runner.id, programmeId: programme.id, date: dateColumn(nextSessionDate(current.date, today)), phase: decision.nextPhase },
        });
      }
    }
    return view(await tx.returnToRunProgramme.findFirstOrThrow({ where: { id: programme.id }, select: PROGRAMME_SELECT }));
  });
}

/** Planned (not yet logged) sessions of active programmes from … to, for the calendar and the feed. */
export async function plannedSessions(userId: string, from: string, to: string) {
  const rows = await db().returnToRunSession.findMany({
    where: { userId, painDuring: null, date: { gte: dateColumn(from), lte: dateColumn(to) }, programme: { status: "active" } },
    select: { id: true, date: true, phase: true, updatedAt: true, programme: { select: { region: true, side: true } } },
    orderBy: [{ date: "asc" }, { id: "asc" }],
  });
  return rows.map((r) => ({ id: r.id, date: isoDateOfColumn(r.date), phase: r.phase, region: regionFromDb(r.programme.region), side: r.programme.side, updatedAt: r.updatedAt.toISOString() }));
}
export type PlannedSession = Awaited<ReturnType<typeof plannedSessions>>[number];
