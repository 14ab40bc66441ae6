import "server-only";
import { db, type Prisma } from "@/lib/db";
import { dateColumn, isoDateOfColumn } from "@/lib/format/dates";
import type { RacePriority } from "@/lib/rules";
import type { RaceInput, RacePatch } from "@/lib/validation/race";

type Client = Prisma.TransactionClient | ReturnType<typeof db>;

export interface Race {
  id: string;
  name: string;
  date: string;
  distanceM: number;
  priority: RacePriority;
  createdAt: string;
  updatedAt: string;
}

const raceSelect = { id: true, name: true, date: true, distanceM: true, priority: true, createdAt: true, updatedAt: true } as const;
type RaceRow = Prisma.RaceGetPayload<{ select: typeof raceSelect }>;

function toRace(row: RaceRow): Race {
  return {
    id: row.id,
    name: row.name,
    date: isoDateOfColumn(row.date),
    distanceM: row.distanceM,
    priority: row.priority,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids that cannot exist are "not found" without asking the database (and without a 500). */
export const isId = (id: string) => UUID.test(id);

/** The runner's races, by date; optionally only those dated from … to (both included). */
export async function listRaces(userId: string, range: { from?: string; to?: string } = {}): Promise<Race[]> {
  const rows = await db().race.findMany({
    where: {
      userId,
      ...(range.from || range.to
        ? { date: { ...(range.from ? { gte: dateColumn(range.from) } : {}), ...(range.to ? { lte: dateColumn(range.to) } : {}) } }
        : {}),
    },
    select: raceSelect,
    orderBy: [{ date: "asc" }, { createdAt: "asc" }],
  });
  return rows.map(toRace);
}

export async function getRace(userId: string, id: string): Promise<Race | null> {
  if (!isId(id)) return null;
  const row = await db().race.findFirst({ where: { id, userId }, select: raceSelect });
  return row ? toRace(row) : null;
}

/** `client` lets an idempotent API create run it inside its transaction. */
export async function createRace(userId: string, input: RaceInput, client: Client = db()): Promise<Race> {
  const row = await client.race.create({
    data: { userId, name: input.name, date: dateColumn(input.date), distanceM: input.distanceM, priority: input.priority },
    select: raceSelect,
  });
  return toRace(row);
}

/** null when the runner has no such race (another runner's id included). */
export async function updateRace(userId: string, id: string, patch: RacePatch): Promise<Race | null> {
  if (!isId(id)) return null;
  const { count } = await db().race.updateMany({
    where: { id, userId },
    data: {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.date !== undefined ? { date: dateColumn(patch.date) } : {}),
      ...(patch.distanceM !== undefined ? { distanceM: patch.distanceM } : {}),
      ...(patch.priority !== undefined ? { priority: patch.priority } : {}),
    },
  });
  return count === 1 ? getRace(userId, id) : null;
}

export async function deleteRace(userId: string, id: string): Promise<boolean> {
  if (!isId(id)) return false;
  const { count } = await db().race.deleteMany({ where: { id, userId } });
  return count === 1;
}
