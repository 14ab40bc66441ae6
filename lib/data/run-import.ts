import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { ImportError, MAX_ACTIVITY_FILE_BYTES, type ParsedActivity } from "@/lib/import";
import { ParserBusyError, parseActivitiesInWorker } from "@/lib/import-worker";
import { sportLabel } from "@/lib/validation/cross-training";
import { MAX_DURATION_SEC, MAX_HEART_RATE, MIN_HEART_RATE, runCreateSchema, type ImportDetails } from "@/lib/validation/run";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { runPlausibility, warningMessages } from "@/lib/validation/run-plausibility";
import { createCrossTraining } from "./cross-training";
import { createRun } from "./runs";
import type { Runner } from "./users";

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** What the runner added for a one-activity file that lacks it (start, duration, distance). */
  details?: ImportDetails;
}

export type ImportStatus = "imported" | "already-imported" | "rejected" | "needs-details";
export type MissingDetail = "startedAt" | "durationSec" | "distanceM";

/**
 * One result per activity of a file (a file refused as a whole gets one result without `kind`).
 * Several results may share a fileName: `activity` says which of the file's activities this is.
 */
export interface ImportResult {
  fileName: string;
  status: ImportStatus;
  /** "run" or "cross-training": where the activity is (or would be) stored. */
  kind?: "run" | "cross-training";
  /** The activity's sport in lower-case words ("running", "cycling", …). */
  sport?: string;
  /** Which activity of the file, 1-based, and how many the file holds. */
  activity?: { index: number; count: number };
  runId?: string;
  crossTrainingId?: string;
  startedAt?: string;
  durationSec?: number;
  distanceM?: number | null;
  /** The effort stored with it: from the file (FIT workout_rpe), or null — then `needsRpe`. */
  rpe?: number | null;
  /** Imported without an RPE: ask the runner for one (its load is estimated until then). */
  needsRpe?: boolean;
  /** For a rejected file or activity: the parser's code, or "implausible" / "busy". */
  code?: string;
  message?: string;
  /** For needs-details: what the runner must add (only what the file lacks). */
  missing?: MissingDetail[];
  warnings?: string[];
}

const MAX_FILE_NAME = 255;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const wholeOrNull = (v: number | null, min: number, max: number) =>
  v === null || !Number.isFinite(v) || v < min || v > max ? null : Math.round(v);
const positiveWhole = (v: number | null) => (v !== null && Number.isFinite(v) && Math.round(v) > 0 ? Math.round(v) : null);

/**
 * The dedupe key of one activity: the file's SHA-256 for a one-activity file (as stored before
 * files could hold several), and "<sha256>#<n>" for the n-th activity (time order) of a larger one.
 */
export function activityHash(fileHash: string, index: number, count: number): string {
  return count === 1 ? fileHash : `${fileHash}#${index + 1}`;
}

async function earlierImport(userId: string, fileHash: string): Promise<{ runId?: string; crossTrainingId?: string } | null> {
  const where = { userId_fileHash: { userId, fileHash } };
  const [run, cross] = await Promise.all([
    db().run.findUnique({ where, select: { id: true } }),
    db().crossTraining.findUnique({ where, select: { id: true } }),
  ]);
  if (run) return { runId: run.id };
  if (cross) return { crossTrainingId: cross.id };
  return null;
}

const DETAIL_WORDS: Record<MissingDetail, string> = { startedAt: "the date and start time", durationSec: "the duration", distanceM: "the distance" };

async function importActivity(
  runner: Pick<Runner, "id" | "timeZone">,
  activity: ParsedActivity,
  at: { fileName: string; fileHash: string; index: number; count: number; details: ImportDetails },
): Promise<ImportResult> {
  const kind = activity.isRun ? ("run" as const) : ("cross-training" as const);
  const sport = activity.sport ?? (activity.isRun ? "running" : "other");
  const base = { fileName: at.fileName, kind, sport, activity: { index: at.index + 1, count: at.count } };
  const hash = activityHash(at.fileHash, at.index, at.count);
  const earlier = await earlierImport(runner.id, hash);
  if (earlier) return { ...base, status: "already-imported", ...earlier, message: "You imported this before." };

  const warnings = [...activity.warnings];
  // A runner's details complete only a one-activity file (which activity would they belong to otherwise?).
  const details = at.count === 1 ? at.details : {};
  const startedAt = activity.startedAt ?? details.startedAt ?? null;
  const durationSec = positiveWhole(activity.durationSec) ?? details.durationSec ?? null;
  const distanceM = positiveWhole(activity.distanceM) ?? details.distanceM ?? null;
  const missing: MissingDetail[] = [];
  if (startedAt === null) missing.push("startedAt");
  if (durationSec === null) missing.push("durationSec");
  if (distanceM === null && kind === "run") missing.push("distanceM");
  if (missing.length) {
    const what = missing.map((m) => DETAIL_WORDS[m]).join(" or ");
    return {
      ...base,
      status: "needs-details",
      missing,
      message:
        at.count === 1
          ? `This file does not say ${what}. Add ${missing.length > 1 ? "them" : "it"} to import it; everything else is taken from the file.`
          : `This activity does not say ${what}. Export it as a file of its own to add ${missing.length > 1 ? "them" : "it"}.`,
      ...(warnings.length ? { warnings } : {}),
    };
  }

  const avgHeartRate = wholeOrNull(activity.avgHeartRate, MIN_HEART_RATE, MAX_HEART_RATE);
  const maxHeartRate = wholeOrNull(activity.maxHeartRate, MIN_HEART_RATE, MAX_HEART_RATE);
  const rpe = activity.rpe === null ? null : wholeOrNull(activity.rpe, 0, 10);
  const elapsedSec = wholeOrNull(activity.elapsedSec, durationSec!, MAX_DURATION_SEC);
  const file = { source: activity.format, fileHash: hash, fileName: at.fileName };
  const shown = { startedAt: startedAt!.toISOString(), durationSec: durationSec!, distanceM, rpe, needsRpe: rpe === null };
  try {
    if (kind === "run") {
      const checked = runCreateSchema.safeParse({
        startedAt: startedAt!.toISOString(),
        distanceM,
        durationSec,
        ...(avgHeartRate !== null ? { avgHeartRate } : {}),
        ...(rpe !== null ? { rpe } : {}),
      });
      if (!checked.success) {
        const first = checked.error.issues[0];
        return { ...base, status: "rejected", code: "implausible", message: `This run cannot be stored: ${first?.message ?? "its values are out of range."}` };
      }
      warnings.push(...warningMessages(runPlausibility(checked.data)));
      const run = await createRun(runner, {
        ...checked.data,
        ...file,
        elapsedSec,
        maxHeartRate,
        elevationGainM: wholeOrNull(activity.elevationGainM, 0, 100_000),
      });
      return { ...base, status: "imported", runId: run.id, ...shown, ...(warnings.length ? { warnings } : {}) };
    }
    const session = await createCrossTraining(runner, {
      sport,
      ...(activity.subSport ? { subSport: activity.subSport.slice(0, 40) } : {}),
      startedAt: startedAt!,
      durationSec: Math.min(durationSec!, MAX_DURATION_SEC),
      ...(elapsedSec !== null ? { elapsedSec } : {}),
      ...(distanceM !== null ? { distanceM } : {}),
      ...(avgHeartRate !== null ? { avgHeartRate } : {}),
      ...(maxHeartRate !== null ? { maxHeartRate } : {}),
      ...(rpe !== null ? { rpe } : {}),
      ...file,
    });
    return {
      ...base,
      status: "imported",
      crossTrainingId: session.id,
      message: `Kept as cross-training (${sportLabel(sport).toLowerCase()}): it counts in your load, not in your running distance.`,
      ...shown,
      ...(warnings.length ? { warnings } : {}),
    };
  } catch (error) {
    if (error instanceof DomainValidationError) {
      return { ...base, status: "rejected", code: "implausible", message: `This ${kind === "run" ? "run" : "session"} cannot be stored: ${error.message} (the watch's clock may be wrong).` };
    }
    // The same file sent twice at once: the unique (user, file hash) index lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await earlierImport(runner.id, hash);
      if (winner) return { ...base, status: "already-imported", ...winner, message: "You imported this before." };
    }
    throw error;
  }
}

/**
 * Imports one file: every activity in it, in time order — runs as runs, other sports as
 * cross-training — each with its own result. The file is parsed off the request thread
 * (lib/import-worker); the same file again adds nothing.
 */
async function importOne(runner: Pick<Runner, "id" | "timeZone">, file: ImportFile): Promise<ImportResult[]> {
  const fileName = file.fileName.slice(0, MAX_FILE_NAME) || "activity";
  if (file.bytes.byteLength > MAX_ACTIVITY_FILE_BYTES) {
    return [{ fileName, status: "rejected", code: "too-large", message: "This file is larger than 25 MiB, the most an activity file can be." }];
  }
  const fileHash = sha256(file.bytes);
  // A one-activity file imported before is known by its hash alone: no need to read it again.
  const earlier = await earlierImport(runner.id, fileHash);
  if (earlier) return [{ fileName, status: "already-imported", ...earlier, message: "You imported this file before." }];

  let activities: ParsedActivity[];
  try {
    activities = await parseActivitiesInWorker(file.bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return [{ fileName, status: "rejected", code: error.code, message: error.message }];
    if (error instanceof ParserBusyError) return [{ fileName, status: "rejected", code: "busy", message: error.message }];
    return [{ fileName, status: "rejected", code: "corrupt", message: "This file could not be read; it may be damaged." }];
  }
  const results: ImportResult[] = [];
  for (let index = 0; index < activities.length; index++) {
    const details = file.details ?? {};
    results.push(await importActivity(runner, activities[index]!, { fileName, fileHash, index, count: activities.length, details }));
  }
  return results;
}

/** Imports activity files one by one; every activity gets its own result, one bad file never stops the rest. */
export async function importRuns(runner: Pick<Runner, "id" | "timeZone">, files: ImportFile[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) results.push(...(await importOne(runner, file)));
  return results;
}
