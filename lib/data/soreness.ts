import "server-only";
import { db, type Prisma } from "@/lib/db";
import { addDaysIso, dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import { REGIONS, type Region, type Side } from "@/lib/rules";
import { loggableDayProblem, type SorenessEntryInput, type SorenessSpot } from "@/lib/validation/soreness";
import { todayFor } from "./plan";
import { regionFromDb, regionToDb } from "./regions";
import type { Runner } from "./users";

/** A Prisma client or a transaction client (the API's idempotent creates pass their transaction). */
export type DbClient = Prisma.TransactionClient;

export type RunnerDay = Pick<Runner, "id" | "timeZone">;

export interface SorenessEntryView {
  id: string;
  date: string;
  region: Region;
  side: Side;
  level: number;
  sharp: boolean;
}

/** A day outside what may be logged (more than a year back, or after tomorrow in the runner's zone). */
export class SorenessDateError extends Error {
  readonly fields: Record<string, string[]>;
  constructor(message: string) {
    super(message);
    this.name = "SorenessDateError";
    this.fields = { date: [message] };
  }
}

/** Throws SorenessDateError unless `date` is a day this runner may log for, in their own time zone. */
export function assertLoggableDay(runner: Pick<Runner, "timeZone">, date: string, now = new Date()): void {
  const problem = loggableDayProblem(date, todayFor(runner, now));
  if (problem) throw new SorenessDateError(problem);
}

const SELECT = { id: true, date: true, region: true, side: true, level: true, sharp: true } as const;
type Row = { id: string; date: Date; region: Parameters<typeof regionFromDb>[0]; side: Side; level: number; sharp: boolean };

const view = (row: Row): SorenessEntryView => ({
  id: row.id,
  date: isoDateOfColumn(row.date),
  region: regionFromDb(row.region),
  side: row.side,
  level: row.level,
  sharp: row.sharp,
});

/**
 * Serialises every write of one runner's day: a transaction-scoped advisory lock keyed by runner
 * and day, so parallel saves of the same day queue up instead of interleaving (mixed sets,
 * deadlocks, unique-key races) and the last save wins whole. Other days and runners never wait.
 * Only useful inside a transaction (the lock ends with it).
 */
async function lockRunnerDay(client: DbClient, userId: string, date: string): Promise<void> {
  await client.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`soreness|${userId}|${date}`}, 0))`;
}

/** Waiting for the day's lock counts against these, not Prisma's 2 s / 5 s defaults. */
const DAY_TRANSACTION = { maxWait: 10_000, timeout: 20_000 };

async function upsertSpot(client: DbClient, userId: string, date: string, spot: Omit<SorenessSpot, "sharp"> & { sharp?: boolean }) {
  const key = { userId, date: dateColumn(date), region: regionToDb(spot.region), side: spot.side };
  const sharp = spot.sharp ?? false;
  const existing = await client.sorenessEntry.findUnique({ where: { userId_date_region_side: key }, select: { id: true } });
  const row = await client.sorenessEntry.upsert({
    where: { userId_date_region_side: key },
    create: { ...key, level: spot.level, sharp },
    update: { level: spot.level, sharp },
    select: SELECT,
  });
  return { entry: view(row), created: existing === null };
}

/**
 * Logs how sore one spot is on one day. Logging the same region and side for the same day again
 * replaces the earlier level (the runner corrects it), so a day holds one entry per spot.
 */
export async function logSoreness(
  runner: RunnerDay,
  input: SorenessEntryInput,
  options: { client?: DbClient; now?: Date } = {},
): Promise<{ entry: SorenessEntryView; created: boolean }> {
  assertLoggableDay(runner, input.date, options.now);
  if (options.client) {
    await lockRunnerDay(options.client, runner.id, input.date);
    return upsertSpot(options.client, runner.id, input.date, input);
  }
  return db().$transaction(async (tx) => {
    await lockRunnerDay(tx, runner.id, input.date);
    return upsertSpot(tx, runner.id, input.date, input);
  }, DAY_TRANSACTION);
}

/**
 * Logs several spots of one day at once (the body map's one Save): all or nothing. With
 * `replaceDay`, the spots are the whole day: entries of that day not among them are removed
 * (the runner cleared them on the form). Returns the day's entries afterwards and how many went.
 */
export async function logManySoreness(
  runner: RunnerDay,
  date: string,
  spots: readonly SorenessSpot[],
  options: { now?: Date; replaceDay?: boolean } = {},
): Promise<{ saved: SorenessEntryView[]; removed: number }> {
  assertLoggableDay(runner, date, options.now);
  return db().$transaction(async (tx) => {
    await lockRunnerDay(tx, runner.id, date);
    const saved: SorenessEntryView[] = [];
    for (const spot of spots) saved.push((await upsertSpot(tx, runner.id, date, spot)).entry);
    let removed = 0;
    if (options.replaceDay) {
      ({ count: removed } = await tx.sorenessEntry.deleteMany({
        where: { userId: runner.id, date: dateColumn(date), id: { notIn: saved.map((e) => e.id) } },
      }));
    }
    return { saved: sortEntries(saved), removed };
  }, DAY_TRANSACTION);
}

/** Entries from `from` to `to` (both included), by date, then in the body map's region order. */
export async function listSoreness(userId: string, from: string, to: string): Promise<SorenessEntryView[]> {
  const rows = await db().sorenessEntry.findMany({
    where: { userId, date: { gte: dateColumn(from), lte: dateColumn(to) } },
    select: SELECT,
    orderBy: [{ date: "asc" }, { region: "asc" }, { side: "asc" }],
  });
  return sortEntries(rows.map(view));
}

export async function sorenessOn(userId: string, date: string): Promise<SorenessEntryView[]> {
  return listSoreness(userId, date, date);
}

const SIDE_ORDER: Record<Side, number> = { left: 0, right: 1, both: 2 };
function sortEntries(entries: SorenessEntryView[]): SorenessEntryView[] {
  return entries.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      REGIONS.indexOf(a.region) - REGIONS.indexOf(b.region) ||
      SIDE_ORDER[a.side] - SIDE_ORDER[b.side],
  );
}

/** Changes the level and sharpness of one entry; false when it is not this runner's. */
export async function updateSoreness(userId: string, id: string, change: { level: number; sharp: boolean }): Promise<boolean> {
  const { count } = await db().sorenessEntry.updateMany({ where: { id, userId }, data: change });
  return count === 1;
}

/** false when there is no such entry of this runner (another runner's id included). */
export async function deleteSoreness(userId: string, id: string): Promise<boolean> {
  const { count } = await db().sorenessEntry.deleteMany({ where: { id, userId } });
  return count === 1;
}

export interface RegionTimeline {
  region: Region;
  /** The spots of this region with anything logged in the window, left, right, both. */
  sides: { side: Side; days: { date: string; level: number; sharp: boolean }[] }[];
}

/**
 * The history page: per region (in body-map order) and side, every logged day from `from` to
 * `to`. Regions with nothing logged in the window are left out. One query.
 */
export async function sorenessTimeline(userId: string, from: string, to: string): Promise<RegionTimeline[]> {
  const entries = await listSoreness(userId, from, to);
  const byRegion = new Map<Region, Map<Side, { date: string; level: number; sharp: boolean }[]>>();
  for (const e of entries) {
    const sides = byRegion.get(e.region) ?? new Map();
    byRegion.set(e.region, sides);
    const days = sides.get(e.side) ?? [];
    sides.set(e.side, days);
    days.push({ date: e.date, level: e.level, sharp: e.sharp });
  }
  return REGIONS.filter((r) => byRegion.has(r)).map((region) => {
    const sides = byRegion.get(region)!;
    return {
      region,
      sides: (["left", "right", "both"] as const).filter((s) => sides.has(s)).map((side) => ({ side, days: sides.get(side)! })),
    };
  });
}

/** The default window of the history page and of GET without from/to: the last six weeks. */
export const TIMELINE_DAYS = 42;
export function defaultRange(today: string): { from: string; to: string } {
  return { from: addDaysIso(today, -(TIMELINE_DAYS - 1)), to: today };
}
