import "server-only";
import type { Prisma } from "@/lib/db";
import type { ParsedActivity } from "@/lib/import";
import { fileSaysRun, snakeWords, sportFromText } from "@/lib/import/sport";
import { crossTrainingCreateSchema } from "@/lib/validation/cross-training";
import { MAX_HEART_RATE, MIN_HEART_RATE, runCreateSchema } from "@/lib/validation/run";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { createCrossTraining } from "./cross-training";
import { createRun } from "./runs";
import type { Runner } from "./users";

/**
 * Duplicates across sources (the FIT from Garmin and the GPX from Strava of the same run; a file
 * imported by hand before): same runner, start within 2 minutes, distance within 3 %.
 * The tolerances are the issue's (issue 12): GPS tracks of one run differ by ~1–2 % between devices
 * and exports, and start times by the seconds before the first fix.
 */
export const DUPLICATE_START_WINDOW_SEC = 120;
export const DUPLICATE_DISTANCE_TOLERANCE = 0.03;

export type Tx = Prisma.TransactionClient;

/** What the Strava CSV adds to an activity (see lib/import/strava-csv.ts). */
export interface ActivityExtras {
  name?: string | null;
  description?: string | null;
  /** Strava's activity type, used when the file itself names no sport. */
  type?: string | null;
  rpe?: number | null;
  /** How the distance was read when it came from the CSV alone, e.g. "kilometres (assumed)". */
  distanceNote?: string | null;
}

export type StoreOutcome =
  | { status: "imported"; runId: string; message?: string }
  | { status: "already_there"; runId: string | null; crossTrainingId?: string; message: string }
  | { status: "cross_training"; crossTrainingId: string | null; message: string }
  | { status: "needs_details"; missing: string[]; message: string }
  | { status: "skipped"; message: string };

const wholeOrNull = (v: number | null | undefined, min: number, max: number) =>
  v === null || v === undefined || !Number.isFinite(v) || v < min || v > max ? null : Math.round(v);

function sportWords(sport: string): string {
  return sport.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_-]+/g, " ").toLowerCase().trim();
}

/** The run that is already there: same file, or same start (± 2 min) and distance (± 3 %). */
async function existingRun(tx: Tx, userId: string, fileHash: string, startedAt: Date, distanceM: number): Promise<{ id: string; sameFile: boolean } | null> {
  const byFile = await tx.run.findUnique({ where: { userId_fileHash: { userId, fileHash } }, select: { id: true } });
  if (byFile) return { id: byFile.id, sameFile: true };
  const windowMs = DUPLICATE_START_WINDOW_SEC * 1000;
  const near = await tx.run.findFirst({
    where: {
      userId,
      startedAt: { gte: new Date(startedAt.getTime() - windowMs), lte: new Date(startedAt.getTime() + windowMs) },
      distanceM: { gte: Math.floor(distanceM * (1 - DUPLICATE_DISTANCE_TOLERANCE)), lte: Math.ceil(distanceM * (1 + DUPLICATE_DISTANCE_TOLERANCE)) },
    },
    select: { id: true },
    orderBy: { startedAt: "asc" },
  });
  return near ? { id: near.id, sameFile: false } : null;
}

/**
 * Stores one parsed activity for an import, inside the caller's transaction — the one place that
 * decides run / cross-training / already there / needs details. `fileHash` identifies the source
 * (sha-256 of the inflated file, or of the Strava CSV row for a manual activity), so the same
 * archive twice adds nothing. The caller holds the runner's advisory lock, so two entries of one
 * runner never race past the duplicate check.
 */
export async function storeImportedActivity(
  tx: Tx,
  runner: Pick<Runner, "id" | "timeZone">,
  activity: ParsedActivity,
  source: { fileHash: string; fileName: string; manual?: boolean },
  extras: ActivityExtras = {},
): Promise<StoreOutcome> {
  // The file decides, unless it names no sport: then Strava's activity type from the CSV does.
  const csvSport = extras.type ? sportFromText(extras.type) : null;
  const isRun = activity.sport === null && csvSport ? fileSaysRun(csvSport) : activity.isRun;
  if (!isRun) return storeCrossTraining(tx, runner, activity, source, extras);
  const startedAt = activity.startedAt;
  const durationSec = activity.durationSec !== null && activity.durationSec > 0 ? Math.round(activity.durationSec) : null;
  const distanceM = activity.distanceM !== null && activity.distanceM > 0 ? Math.round(activity.distanceM) : null;
  const missing = [startedAt === null ? "startedAt" : null, durationSec === null ? "durationSec" : null, distanceM === null ? "distanceM" : null].filter(
    (m): m is string => m !== null,
  );
  if (missing.length || startedAt === null || durationSec === null || distanceM === null) {
    const words: Record<string, string> = { startedAt: "the date and start time", durationSec: "the duration", distanceM: "the distance" };
    return { status: "needs_details", missing, message: `This activity does not say ${missing.map((m) => words[m]).join(" or ")}.` };
  }

  const earlier = await existingRun(tx, runner.id, source.fileHash, startedAt, distanceM);
  if (earlier) {
    return {
      status: "already_there",
      runId: earlier.id,
      message: earlier.sameFile ? "You imported this activity before." : "A run starting within 2 minutes with a distance within 3 % is already there.",
    };
  }

  const avgHeartRate = wholeOrNull(activity.avgHeartRate, MIN_HEART_RATE, MAX_HEART_RATE);
  const notes = notesOf(extras);
  const checked = runCreateSchema.safeParse({
    startedAt: startedAt.toISOString(),
    distanceM,
    durationSec,
    ...(avgHeartRate !== null ? { avgHeartRate } : {}),
    ...(rpeOf(activity, extras) !== null ? { rpe: rpeOf(activity, extras) } : {}),
    ...(notes ? { notes } : {}),
  });
  if (!checked.success) {
    return { status: "skipped", message: `This run cannot be stored: ${checked.error.issues[0]?.message ?? "its values are out of range."}` };
  }
  try {
    const run = await createRun(
      runner,
      {
        ...checked.data,
        ...(source.manual ? {} : { source: activity.format }),
        fileHash: source.fileHash,
        fileName: source.fileName.slice(0, 255),
        elapsedSec: wholeOrNull(activity.elapsedSec, 1, 30 * 24 * 3600),
        maxHeartRate: wholeOrNull(activity.maxHeartRate, MIN_HEART_RATE, MAX_HEART_RATE),
        elevationGainM: wholeOrNull(activity.elevationGainM, 0, 100_000),
      },
      tx,
    );
    const notesForRunner = [...activity.warnings, ...(extras.distanceNote ? [extras.distanceNote] : [])];
    return { status: "imported", runId: run.id, ...(notesForRunner.length ? { message: notesForRunner.join(" ") } : {}) };
  } catch (error) {
    if (error instanceof DomainValidationError) return { status: "skipped", message: `This run cannot be stored: ${error.message}` };
    throw error;
  }
}

const notesOf = (extras: ActivityExtras) =>
  [extras.name, extras.description].filter((t): t is string => !!t && t.trim() !== "").join("\n").slice(0, 2000);
/** The CSV's Perceived Exertion first (the runner typed it), else the file's workout RPE. */
const rpeOf = (activity: ParsedActivity, extras: ActivityExtras) => extras.rpe ?? activity.rpe ?? null;

/** Cross-training (rides, swims, rows, walks…): kept in issue 11's table, never as a run. */
async function storeCrossTraining(
  tx: Tx,
  runner: Pick<Runner, "id" | "timeZone">,
  activity: ParsedActivity,
  source: { fileHash: string; fileName: string; manual?: boolean },
  extras: ActivityExtras,
): Promise<StoreOutcome> {
  const sport = snakeWords(activity.sport ?? (extras.type ? (sportFromText(extras.type).sport ?? "other") : "other")) || "other";
  const what = sportWords(sport);
  const startedAt = activity.startedAt;
  const durationSec = activity.durationSec !== null && activity.durationSec > 0 ? Math.round(activity.durationSec) : null;
  if (startedAt === null || durationSec === null) {
    const missing = [startedAt === null ? "startedAt" : null, durationSec === null ? "durationSec" : null].filter((m): m is string => m !== null);
    return { status: "needs_details", missing, message: `This ${what} session does not say ${startedAt === null ? "when it started" : "how long it lasted"}.` };
  }
  const distanceM = activity.distanceM !== null && activity.distanceM > 0 ? Math.round(activity.distanceM) : null;
  const byFile = await tx.crossTraining.findUnique({ where: { userId_fileHash: { userId: runner.id, fileHash: source.fileHash } }, select: { id: true } });
  const windowMs = DUPLICATE_START_WINDOW_SEC * 1000;
  const near =
    byFile ??
    (await tx.crossTraining.findFirst({
      where: {
        userId: runner.id,
        startedAt: { gte: new Date(startedAt.getTime() - windowMs), lte: new Date(startedAt.getTime() + windowMs) },
        ...(distanceM !== null
          ? { distanceM: { gte: Math.floor(distanceM * (1 - DUPLICATE_DISTANCE_TOLERANCE)), lte: Math.ceil(distanceM * (1 + DUPLICATE_DISTANCE_TOLERANCE)) } }
          : {}),
      },
      select: { id: true },
    }));
  if (near) return { status: "already_there", runId: null, crossTrainingId: near.id, message: `This ${what} session is already there.` } as StoreOutcome;
  const notes = notesOf(extras);
  const rpe = rpeOf(activity, extras);
  const checked = crossTrainingCreateSchema.safeParse({
    sport,
    ...(activity.subSport ? { subSport: activity.subSport } : {}),
    startedAt: startedAt.toISOString(),
    durationSec,
    ...(wholeOrNull(activity.elapsedSec, durationSec, 30 * 24 * 3600) !== null ? { elapsedSec: wholeOrNull(activity.elapsedSec, durationSec, 30 * 24 * 3600) } : {}),
    ...(distanceM !== null ? { distanceM } : {}),
    ...(wholeOrNull(activity.avgHeartRate, MIN_HEART_RATE, MAX_HEART_RATE) !== null ? { avgHeartRate: wholeOrNull(activity.avgHeartRate, MIN_HEART_RATE, MAX_HEART_RATE) } : {}),
    ...(rpe !== null ? { rpe } : {}),
    ...(notes ? { notes } : {}),
  });
  if (!checked.success) return { status: "skipped", message: `This ${what} session cannot be stored: ${checked.error.issues[0]?.message ?? "its values are out of range."}` };
  try {
    const row = await createCrossTraining(runner, { ...checked.data, ...(source.manual ? {} : { source: activity.format }), fileHash: source.fileHash, fileName: source.fileName.slice(0, 255) }, tx);
    return { status: "cross_training", crossTrainingId: row.id, message: `A ${what} session: kept as cross-training (it counts in your load, never in running distance).` };
  } catch (error) {
    if (error instanceof DomainValidationError) return { status: "skipped", message: `This ${what} session cannot be stored: ${error.message}` };
    throw error;
  }
}

/** Takes the per-runner lock that serialises duplicate checks of concurrent imports. */
export async function lockRunnerImports(tx: Tx, userId: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`import:${userId}`}))`;
}

