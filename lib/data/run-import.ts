import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { ImportError, MAX_ACTIVITY_FILE_BYTES, parseActivityFile, type ParsedActivity } from "@/lib/import";
import { MAX_HEART_RATE, MIN_HEART_RATE, runCreateSchema, type ImportDetails } from "@/lib/validation/run";
import { createRun } from "./runs";
import type { Runner } from "./users";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { cleanFileName } from "@/lib/validation/text";

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
  /** What the runner added for a file that lacks it (start, duration, distance). */
  details?: ImportDetails;
}

export type ImportStatus = "imported" | "already-imported" | "rejected" | "needs-details";
export type MissingDetail = "startedAt" | "durationSec" | "distanceM";

export interface ImportResult {
  fileName: string;
  status: ImportStatus;
  runId?: string;
  /** For a rejected file: the parser's code, or "not-a-run" / "implausible". */
  code?: string;
  message?: string;
  /** For needs-details: what the runner must add. */
  missing?: MissingDetail[];
  warnings?: string[];
}

/**
 * Sports we log. The Run model has no sport column, so a file of another sport is refused with a
 * clear message rather than stored as a run: "generic"/"other" and files without a sport are
 * taken as runs, as are GPX types that are bare numbers (old Strava exports), which say nothing.
 */
export function sportIsRunning(sport: string | null): boolean {
  if (sport === null) return true;
  const s = sport.toLowerCase().replace(/[\s_-]/g, "");
  if (s === "" || s === "generic" || s === "other" || s === "fitnessequipment" || /^\d+$/.test(s)) return true;
  return /run|jog|treadmill|trail/.test(s);
}

function sportWords(sport: string): string {
  return sport
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase()
    .trim();
}

const MAX_FILE_NAME = 255;
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const wholeOrNull = (v: number | null, min: number, max: number) =>
  v === null || !Number.isFinite(v) || v < min || v > max ? null : Math.round(v);

async function alreadyImported(userId: string, fileHash: string): Promise<string | null> {
  const row = await db().run.findUnique({ where: { userId_fileHash: { userId, fileHash } }, select: { id: true } });
  return row?.id ?? null;
}

async function importOne(runner: Pick<Runner, "id" | "timeZone">, file: ImportFile): Promise<ImportResult> {
  // Control characters (a NUL byte cannot be stored in Postgres text) are stripped from the name.
  const fileName = cleanFileName(file.fileName).slice(0, MAX_FILE_NAME) || "activity";
  const base = { fileName };
  if (file.bytes.byteLength > MAX_ACTIVITY_FILE_BYTES) {
    return { ...base, status: "rejected", code: "too-large", message: "This file is larger than 25 MiB, the most an activity file can be." };
  }
  const fileHash = sha256(file.bytes);
  const earlier = await alreadyImported(runner.id, fileHash);
  if (earlier) return { ...base, status: "already-imported", runId: earlier, message: "You imported this file before." };

  let activity: ParsedActivity;
  try {
    activity = await parseActivityFile(file.bytes, fileName);
  } catch (error) {
    if (error instanceof ImportError) return { ...base, status: "rejected", code: error.code, message: error.message };
    return { ...base, status: "rejected", code: "corrupt", message: "This file could not be read; it may be damaged." };
  }
  const warnings = activity.warnings.length ? { warnings: activity.warnings } : {};
  if (!sportIsRunning(activity.sport)) {
    return {
      ...base,
      status: "rejected",
      code: "not-a-run",
      message: `This file is a ${sportWords(activity.sport ?? "")} activity; Recovery Planner logs runs.`,
    };
  }

  const details = file.details ?? {};
  const startedAt = activity.startedAt ?? details.startedAt ?? null;
  const fileDuration = activity.durationSec !== null ? Math.round(activity.durationSec) : 0;
  const durationSec = fileDuration > 0 ? fileDuration : (details.durationSec ?? null);
  const fileDistance = activity.distanceM !== null ? Math.round(activity.distanceM) : 0;
  const distanceM = fileDistance > 0 ? fileDistance : (details.distanceM ?? null);
  const missing: MissingDetail[] = [];
  if (startedAt === null) missing.push("startedAt");
  if (durationSec === null) missing.push("durationSec");
  if (distanceM === null) missing.push("distanceM");
  if (missing.length) {
    const words = { startedAt: "the date and start time", durationSec: "the duration", distanceM: "the distance" };
    return {
      ...base,
      status: "needs-details",
      missing,
      message: `This file does not say ${missing.map((m) => words[m]).join(" or ")}. Add ${missing.length > 1 ? "them" : "it"} to import the run.`,
      ...warnings,
    };
  }

  const avgHeartRate = wholeOrNull(activity.avgHeartRate, MIN_HEART_RATE, MAX_HEART_RATE);
  const checked = runCreateSchema.safeParse({
    startedAt: startedAt!.toISOString(),
    distanceM,
    durationSec,
    ...(avgHeartRate !== null ? { avgHeartRate } : {}),
  });
  if (!checked.success) {
    const first = checked.error.issues[0];
    return { ...base, status: "rejected", code: "implausible", message: `This file's run cannot be stored: ${first?.message ?? "its values are out of range."}` };
  }

  try {
    const run = await createRun(runner, {
      ...checked.data,
      source: activity.format,
      fileHash,
      fileName,
      elapsedSec: wholeOrNull(activity.elapsedSec, 1, 30 * 24 * 3600),
      maxHeartRate: wholeOrNull(activity.maxHeartRate, MIN_HEART_RATE, MAX_HEART_RATE),
      elevationGainM: wholeOrNull(activity.elevationGainM, 0, 100_000),
    });
    return { ...base, status: "imported", runId: run.id, ...warnings };
  } catch (error) {
    if (error instanceof DomainValidationError) {
      return { ...base, status: "rejected", code: "implausible", message: `This file's run cannot be stored: ${error.message} (the watch's clock may be wrong).` };
    }
    // The same file sent twice at once: the unique (user, file hash) index lets one through.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await alreadyImported(runner.id, fileHash);
      if (winner) return { ...base, status: "already-imported", runId: winner, message: "You imported this file before." };
    }
    throw error;
  }
}

/**
 * Imports activity files one by one; each gets its own result saying what happened to it, and
 * one bad file never stops the rest. A file that fails for a reason of ours (the database went
 * away mid-batch, say) is answered as such: nothing of it was stored (each run is one insert),
 * the files before it keep their results, the files after it are still tried.
 */
export async function importRuns(runner: Pick<Runner, "id" | "timeZone">, files: ImportFile[]): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  for (const file of files) {
    try {
      results.push(await importOne(runner, file));
    } catch (error) {
      console.error("Importing one file failed", error);
      results.push({
        fileName: cleanFileName(file.fileName).slice(0, MAX_FILE_NAME) || "activity",
        status: "rejected",
        code: "not-stored",
        message: "This file could not be stored because of a problem on our side; nothing of it was saved. Try it again.",
      });
    }
  }
  return results;
}
