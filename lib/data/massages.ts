import "server-only";
import { db, type Prisma } from "@/lib/db";
import { dateColumn, instantOfLocal, isoDateOfColumn, localDateOf, localTimeOf } from "@/lib/format/dates";
import { proposalKeyOf, reasonAtomsOfKey } from "@/lib/calendar/proposals";
import { dayNumberOf } from "@/lib/rules/dates";
import { planRecovery, proposalReasonInWords, type MassageDepth, type ProposalReason, type RecoveryPlan, type Region } from "@/lib/rules";
import { canMoveMassage, type MassageCreateInput, type MassageLifeCycleStatus, type MassagePatch } from "@/lib/validation/massage";
import { loadPlanInput, planOptionsFor } from "./plan";
import { isId } from "./races";
import { regionFromDb, regionToDb } from "./regions";
import type { Runner } from "./users";
import { DomainValidationError } from "@/lib/validation/domain-error";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;
type Owner = Pick<Runner, "id" | "timeZone" | "units">;

export interface MassageDay {
  id: string;
  date: string;
  depth: MassageDepth;
  /** Empty: the whole body (or not said). */
  regions: Region[];
  status: MassageLifeCycleStatus;
  /**
   * Why the planner proposed it, worded now from reasonData — in the runner's units, with the race's
   * current name and, for a moved session, when and from which day it was moved (null for sessions
   * the runner booked directly).
   */
  reason: string | null;
  /** The reason as stored data (rule, dates, distances in km, race id), or null. */
  reasonData: ProposalReason[] | null;
  /** The day it was last moved from, and when (ISO); null when never moved. */
  movedFrom: string | null;
  movedAt: string | null;
  therapist: string | null;
  /** Local start time "HH:MM" in the runner's zone, when booked with a time. */
  time: string | null;
  startsAt: string | null;
  place: string | null;
  notes: string | null;
  proposed: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
}

const massageSelect = {
  id: true,
  date: true,
  depth: true,
  regions: true,
  status: true,
  proposalKey: true,
  reason: true,
  therapist: true,
  startsAt: true,
  place: true,
  notes: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  reasonData: true,
  movedFrom: true,
  movedAt: true,
} as const;
type MassageRow = Prisma.MassageSessionGetPayload<{ select: typeof massageSelect }>;

/** What wording a stored reason needs: the runner's zone and units, and the current names of the races it names. */
export interface MassageWording {
  timeZone: string;
  units: Runner["units"];
  /** Race id → its name now (a renamed race reads with its new name). */
  raceNames: ReadonlyMap<string, string | null>;
  /** The runner's local today, for "in 13 days". */
  today: string;
}

function reasonDataOf(value: unknown): ProposalReason[] | null {
  return Array.isArray(value) && value.every((item) => typeof item === "object" && item !== null && "rule" in item) ? (value as ProposalReason[]) : null;
}

/** One query: the current names of the races the rows' reasons name. */
export async function massageWording(runner: Owner, rows: readonly { reasonData: unknown }[], client: Client = db()): Promise<MassageWording> {
  const ids = new Set<string>();
  for (const row of rows) for (const why of reasonDataOf(row.reasonData) ?? []) if ("race" in why && why.race.id !== undefined && isId(why.race.id)) ids.add(why.race.id);
  const races = ids.size === 0 ? [] : await client.race.findMany({ where: { userId: runner.id, id: { in: [...ids] } }, select: { id: true, name: true } });
  return {
    timeZone: runner.timeZone,
    units: runner.units,
    raceNames: new Map(races.map((race) => [race.id, race.name])),
    today: localDateOf(new Date(), runner.timeZone),
  };
}

/** A stored session's reason in words now (legacy sentence rows are shown as they were written). */
export function wordStoredReason(
  row: { reason: string | null; reasonData: unknown; date: Date; movedFrom: Date | null; movedAt: Date | null },
  wording: MassageWording,
): string | null {
  const reasonData = reasonDataOf(row.reasonData);
  if (reasonData === null) return row.reason;
  const movedFrom = row.movedFrom ? isoDateOfColumn(row.movedFrom) : null;
  return proposalReasonInWords(
    reasonData,
    { today: dayNumberOf(wording.today), units: wording.units, fluidUnits: wording.units === "mi" ? "floz" : "ml", temperatureUnits: wording.units === "mi" ? "f" : "c" },
    {
      date: isoDateOfColumn(row.date),
      raceNames: wording.raceNames,
      moved: movedFrom && row.movedAt ? { from: movedFrom, on: localDateOf(row.movedAt, wording.timeZone) } : null,
    },
  );
}

export function toMassageDay(row: MassageRow, wording: MassageWording): MassageDay {
  const reasonData = reasonDataOf(row.reasonData);
  const date = isoDateOfColumn(row.date);
  const movedFrom = row.movedFrom ? isoDateOfColumn(row.movedFrom) : null;
  const reason = wordStoredReason(row, wording);
  return {
    id: row.id,
    date,
    depth: row.depth,
    regions: row.regions.map(regionFromDb),
    status: row.status,
    reason,
    reasonData,
    movedFrom,
    movedAt: row.movedAt?.toISOString() ?? null,
    therapist: row.therapist,
    time: row.startsAt ? localTimeOf(row.startsAt, wording.timeZone) : null,
    startsAt: row.startsAt?.toISOString() ?? null,
    place: row.place,
    notes: row.notes,
    proposed: row.proposalKey !== null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function toMassageDays(runner: Owner, rows: readonly MassageRow[]): Promise<MassageDay[]> {
  const wording = await massageWording(runner, rows);
  return rows.map((row) => toMassageDay(row, wording));
}

/** A change the life cycle does not allow (e.g. done → proposed): 422 in the API. */
export class MassageTransitionError extends Error {
  constructor(readonly from: MassageLifeCycleStatus, readonly to: MassageLifeCycleStatus) {
    super(
      to === "proposed"
        ? "Only the planner proposes massage days. Accept, book, mark done or dismiss this one instead."
        : from === "dismissed"
          ? "This massage day was dismissed. Book a new one instead."
          : from === "done"
            ? "This massage is done; it can only be edited, not moved back."
            : `A ${from} massage cannot become ${to}.`,
    );
    this.name = "MassageTransitionError";
  }
}

/** Someone changed the session since the runner loaded it (the version does not match): 409. */
export class StaleMassageError extends Error {
  constructor() {
    super("This massage day was changed elsewhere in the meantime. Reload it and try again.");
    this.name = "StaleMassageError";
  }
}

export interface MassageRange {
  from?: string;
  to?: string;
  /** Dismissed proposals are hidden unless asked for. */
  includeDismissed?: boolean;
}

export async function listMassages(runner: Owner, range: MassageRange = {}): Promise<MassageDay[]> {
  const rows = await db().massageSession.findMany({
    where: {
      userId: runner.id,
      ...(range.from || range.to
        ? { date: { ...(range.from ? { gte: dateColumn(range.from) } : {}), ...(range.to ? { lte: dateColumn(range.to) } : {}) } }
        : {}),
      ...(range.includeDismissed ? {} : { status: { not: "dismissed" as const } }),
    },
    select: massageSelect,
    orderBy: [{ date: "asc" }, { startsAt: "asc" }, { createdAt: "asc" }],
  });
  return toMassageDays(runner, rows);
}

export async function getMassage(runner: Owner, id: string): Promise<MassageDay | null> {
  if (!isId(id)) return null;
  const row = await db().massageSession.findFirst({ where: { id, userId: runner.id }, select: massageSelect });
  return row ? (await toMassageDays(runner, [row]))[0]! : null;
}

/** A session the runner books (or logs) directly, without a proposal. */
export async function createMassage(runner: Owner, input: MassageCreateInput, client: Client = db()): Promise<MassageDay> {
  const row = await client.massageSession.create({
    data: {
      userId: runner.id,
      date: dateColumn(input.date),
      depth: input.depth,
      regions: input.regions.map(regionToDb),
      status: input.status,
      therapist: input.therapist ?? null,
      startsAt: input.time ? instantOfLocal(input.date, input.time, runner.timeZone) : null,
      place: input.place ?? null,
      notes: input.notes ?? null,
    },
    select: massageSelect,
  });
  return toMassageDay(row, await massageWording(runner, [row], client));
}

/**
 * Moves a session along its life cycle, optionally to another date or with new details — all in
 * one call (accepting a proposal is one PATCH; moving a proposal accepts it). The time of a
 * booked session stays the same local time when it moves to another day. null: no such session
 * of this runner. Throws MassageTransitionError or StaleMassageError and changes nothing then.
 */
export const MASSAGE_IN_PAST_MESSAGE = "Choose today or a later day. For a massage you already had, use “Mark done”.";

/** `today` is the runner's local day (their clock by default; tests pass a fixed one). */
export async function updateMassage(runner: Owner, id: string, patch: MassagePatch, today: string = localDateOf(new Date(), runner.timeZone)): Promise<MassageDay | null> {
  if (!isId(id)) return null;
  const current = await db().massageSession.findFirst({ where: { id, userId: runner.id }, select: massageSelect });
  if (!current) return null;
  if (patch.version !== undefined && patch.version !== current.version) throw new StaleMassageError();
  if (!canMoveMassage(current.status, patch.status)) throw new MassageTransitionError(current.status, patch.status);

  const date = patch.date ?? isoDateOfColumn(current.date);
  // Moving a session into the past makes no plan; a massage already had is marked done instead.
  if (patch.date !== undefined && patch.date !== isoDateOfColumn(current.date) && patch.status !== "done" && patch.date < today) {
    throw new DomainValidationError("date", MASSAGE_IN_PAST_MESSAGE);
  }
  let startsAt: Date | null = current.startsAt;
  if (patch.time === null) startsAt = null;
  else if (patch.time !== undefined) startsAt = instantOfLocal(date, patch.time, runner.timeZone);
  else if (startsAt && patch.date !== undefined) startsAt = instantOfLocal(date, localTimeOf(startsAt, runner.timeZone), runner.timeZone);

  const { count } = await db().massageSession.updateMany({
    // The version in the condition: two changes at once cannot both win.
    where: { id, userId: runner.id, version: current.version },
    data: {
      status: patch.status,
      date: dateColumn(date),
      startsAt,
      version: { increment: 1 },
      // A move is remembered (from which day, and when), so the reason can say so.
      ...(date !== isoDateOfColumn(current.date) ? { movedFrom: current.date, movedAt: new Date() } : {}),
      ...(patch.depth !== undefined ? { depth: patch.depth } : {}),
      ...(patch.regions !== undefined ? { regions: patch.regions.map(regionToDb) } : {}),
      ...(patch.therapist !== undefined ? { therapist: patch.therapist } : {}),
      ...(patch.place !== undefined ? { place: patch.place } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes } : {}),
    },
  });
  if (count !== 1) throw new StaleMassageError();
  return getMassage(runner, id);
}

export interface SyncResult {
  plan: RecoveryPlan;
  created: number;
  removed: number;
}

/**
 * Stores today's proposals (planRecovery's massageDays) as `proposed` rows, so what the runner
 * sees is what they act on:
 * - a proposal gets a stable key (date, depth, kind of reason): the same reason on the same day
 *   is the same row, and is never created twice;
 * - a reason the runner already acted on for that day and depth (dismissed, accepted, booked,
 *   done — moved elsewhere or not) is not proposed again;
 * - proposed rows the plan no longer makes, never acted on, are removed;
 * - the runner's accepted, booked, done and dismissed rows are never touched.
 */
export async function syncProposals(
  runner: Pick<Runner, "id" | "timeZone" | "bodyMassKg" | "units" | "fluidUnits" | "temperatureUnits" | "massageEveryWeeks" | "massageWeekday">,
  today: string,
): Promise<SyncResult> {
  // Reasons are stored as data (rule, dates, distances, race id) and worded when shown, so a change
  // of units or a renamed race never needs a rewrite; keys come from the rules (lib/calendar/proposals.ts).
  const plan = planRecovery(await loadPlanInput(runner, today), planOptionsFor(runner));
  const wanted = new Map<string, (typeof plan.massageDays)[number]>();
  for (const proposal of plan.massageDays) wanted.set(proposalKeyOf(proposal), proposal);

  const keyed = await db().massageSession.findMany({
    where: { userId: runner.id, proposalKey: { not: null } },
    select: { id: true, proposalKey: true, status: true, reasonData: true, regions: true },
  });
  const actedOn = new Set<string>();
  const stillProposed = new Map<string, (typeof keyed)[number]>();
  for (const row of keyed) {
    if (row.status === "proposed") stillProposed.set(row.proposalKey!, row);
    else for (const atom of reasonAtomsOfKey(row.proposalKey!)) actedOn.add(atom);
  }

  const stale = [...stillProposed.entries()].filter(([key]) => !wanted.has(key) || reasonAtomsOfKey(key).some((a) => actedOn.has(a)));
  const fresh = [...wanted.entries()].filter(
    ([key]) => !stillProposed.has(key) && !reasonAtomsOfKey(key).some((atom) => actedOn.has(atom)),
  );
  const changed = [...wanted.entries()].filter(([key, proposal]) => {
    const row = stillProposed.get(key);
    return (
      row !== undefined &&
      (JSON.stringify(row.reasonData) !== JSON.stringify(proposal.why) || row.regions.map(regionFromDb).join(",") !== proposal.regions.join(","))
    );
  });

  if (stale.length > 0 || fresh.length > 0 || changed.length > 0) {
    await db().$transaction(async (tx) => {
      if (stale.length > 0) {
        // Only rows still untouched: a proposal accepted a moment ago stays.
        await tx.massageSession.deleteMany({ where: { userId: runner.id, status: "proposed", id: { in: stale.map(([, row]) => row.id) } } });
      }
      for (const [key, proposal] of changed) {
        await tx.massageSession.updateMany({
          where: { userId: runner.id, proposalKey: key, status: "proposed" },
          data: { reason: null, reasonData: proposal.why as unknown as Prisma.InputJsonValue, regions: proposal.regions.map(regionToDb) },
        });
      }
      if (fresh.length > 0) {
        await tx.massageSession.createMany({
          data: fresh.map(([key, proposal]) => ({
            userId: runner.id,
            date: dateColumn(proposal.date),
            depth: proposal.depth,
            regions: proposal.regions.map(regionToDb),
            status: "proposed" as const,
            proposalKey: key,
            reason: null,
            reasonData: proposal.why as unknown as Prisma.InputJsonValue,
          })),
          // Two syncs at once: the second finds the key taken and adds nothing.
          skipDuplicates: true,
        });
      }
    });
  }
  return { plan, created: fresh.length, removed: stale.length };
}

/** Accepted, booked and done sessions from … to, for the calendar feed. */
export async function listScheduledMassages(runner: Owner, from: string, to: string): Promise<MassageDay[]> {
  const rows = await db().massageSession.findMany({
    where: { userId: runner.id, date: { gte: dateColumn(from), lte: dateColumn(to) }, status: { in: ["accepted", "booked", "done"] } },
    select: massageSelect,
    orderBy: [{ date: "asc" }, { startsAt: "asc" }, { createdAt: "asc" }],
  });
  return toMassageDays(runner, rows);
}
