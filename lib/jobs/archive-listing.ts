/**
 * Lists an upload into import entries: one per activity file (inside a zip, inside a zip in the
 * zip, or uploaded on its own), one per Strava CSV row without a file, and one per skipped entry
 * with its reason. Only names are read here, plus activities.csv; activity data is read later,
 * entry by entry (lib/jobs/import-worker.ts).
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import path from "node:path";
import type yauzl from "yauzl";
import {
  activityFileKind,
  detectLayout,
  MAX_ACTIVITY_INFLATED_BYTES,
  MAX_ARCHIVE_ENTRIES,
  MAX_NESTED_ZIP_INFLATED_BYTES,
  planEntry,
  type ArchiveLayout,
} from "@/lib/import/archive-layout";
import { readStravaActivitiesCsv, type StravaCsvActivity } from "@/lib/import/strava-csv";
import { ArchiveRefusedError, EntryRefusedError, extractEntryToFile, openZip, readEntryBytes, type OpenZip } from "./zip";

export interface Upload {
  /** Absolute path of the uploaded file on disk. */
  path: string;
  /** The name the runner's file had. */
  fileName: string;
  isZip: boolean;
}

/** What the CSV says about an activity; `startedAt` etc. only matter for rows without a file. */
export interface CsvDetails {
  activityId: string | null;
  name: string | null;
  description: string | null;
  type: string | null;
  rpe: number | null;
  startedAt: string | null;
  durationSec: number | null;
  elapsedSec: number | null;
  distanceM: number | null;
  distanceSource: StravaCsvActivity["distanceSource"];
}

/** Where an entry's bytes are: upload `upload`, zip entry `entry`, and inside that zip `nested`. */
export interface EntryDetails {
  upload: number;
  entry?: string;
  nested?: string;
  csv?: CsvDetails;
  /** A CSV row whose activity has no file (entered by hand on Strava, or its file is missing). */
  csvOnly?: boolean;
}

export interface ListedEntry {
  key: string;
  fileName: string;
  status: "pending" | "skipped";
  message?: string;
  details: EntryDetails;
}

const MAX_CSV_BYTES = 64 * 1024 * 1024;

const baseName = (name: string) => name.slice(name.lastIndexOf("/") + 1) || name;

/** Where a zip inside a zip is inflated to, so a resumed job finds it again. */
export function nestedZipPath(jobDir: string, upload: number, entryName: string): string {
  return path.join(jobDir, `nested-${upload}-${createHash("sha256").update(entryName).digest("hex").slice(0, 16)}.zip`);
}

/** Opens a zip inside a zip, inflating it to the job folder first if that was not done yet. */
export async function openNestedZip(outer: OpenZip, entry: yauzl.Entry, target: string, budget: number): Promise<OpenZip> {
  if (!existsSync(target)) await extractEntryToFile(outer, entry, target, MAX_NESTED_ZIP_INFLATED_BYTES);
  return openZip(target, budget);
}

function csvDetailsOf(row: StravaCsvActivity): CsvDetails {
  return {
    activityId: row.activityId,
    name: row.name,
    description: row.description,
    type: row.type,
    rpe: row.rpe,
    startedAt: row.startedAt?.toISOString() ?? null,
    durationSec: row.durationSec,
    elapsedSec: row.elapsedSec,
    distanceM: row.distanceM,
    distanceSource: row.distanceSource,
  };
}

/** Lower-cased path without any leading folder before `activities/`, so CSV and zip names meet. */
const csvKey = (name: string) => name.toLowerCase().replace(/^(?:.*\/)?(activities\/[^/]+)$/, "$1");

/**
 * Lists one upload, handing entries to `emit` in batches as they are found (so they are stored as
 * the archive is read). `entryBudget` is how many entries may still be listed across the whole job.
 * Throws ArchiveRefusedError for an archive refused as a whole.
 */
export async function listUpload(
  jobDir: string,
  upload: Upload,
  index: number,
  emit: (batch: ListedEntry[]) => Promise<void>,
  entryBudget = MAX_ARCHIVE_ENTRIES,
): Promise<number> {
  if (!upload.isZip) {
    const kind = activityFileKind(upload.fileName);
    await emit([
      kind || /\.(gz)$/i.test(upload.fileName) || !/\.[a-z0-9]{1,5}$/i.test(upload.fileName)
        ? { key: `${index}:`, fileName: upload.fileName, status: "pending", details: { upload: index } }
        : { key: `${index}:`, fileName: upload.fileName, status: "skipped", message: "not a FIT, GPX or TCX activity file", details: { upload: index } },
    ]);
    return 1;
  }

  const outer = await openZip(upload.path, entryBudget);
  let listed = 0;
  let batch: ListedEntry[] = [];
  const push = async (entry: ListedEntry) => {
    listed++;
    if (listed > entryBudget) {
      throw new ArchiveRefusedError(
        `This upload holds more than ${MAX_ARCHIVE_ENTRIES.toLocaleString("en")} entries counting the zips inside it (a zip bomb, or not an export).`,
      );
    }
    batch.push(entry);
    if (batch.length >= 500) {
      await emit(batch);
      batch = [];
    }
  };
  try {
    const names = [...outer.entries.keys()];
    const layout: ArchiveLayout = detectLayout(names);
    const csvRows = new Map<string, StravaCsvActivity>();
    const csvOnly: StravaCsvActivity[] = [];
    if (layout === "strava") {
      const csvName = names.find((n) => planEntry(n, layout, 1).kind === "strava-csv")!;
      const bytes = await readEntryBytes(outer, outer.entries.get(csvName)!, MAX_CSV_BYTES).catch((error: unknown) => {
        throw new ArchiveRefusedError(`activities.csv cannot be read: ${error instanceof Error ? error.message : error}`);
      });
      const inArchive = new Set(names.map(csvKey));
      for (const row of readStravaActivitiesCsv(bytes).activities) {
        if (row.fileName && inArchive.has(csvKey(row.fileName))) csvRows.set(csvKey(row.fileName), row);
        else csvOnly.push(row);
      }
    }

    for (const [name, entry] of outer.entries) {
      const plan = planEntry(name, layout, 1);
      const key = `${index}:${name}`;
      if (plan.kind === "strava-csv") continue;
      if (plan.kind === "skip") {
        await push({ key, fileName: name, status: "skipped", message: plan.reason, details: { upload: index, entry: name } });
      } else if (plan.kind === "activity") {
        const row = csvRows.get(csvKey(name));
        await push({ key, fileName: name, status: "pending", details: { upload: index, entry: name, ...(row ? { csv: csvDetailsOf(row) } : {}) } });
      } else {
        let inner: OpenZip;
        try {
          inner = await openNestedZip(outer, entry, nestedZipPath(jobDir, index, name), entryBudget - listed);
        } catch (error) {
          if (!(error instanceof EntryRefusedError || error instanceof ArchiveRefusedError)) throw error;
          if (error instanceof ArchiveRefusedError && /entries/.test(error.message)) throw error;
          await push({ key, fileName: name, status: "skipped", message: error.message, details: { upload: index, entry: name } });
          continue;
        }
        try {
          const uploaded = layout !== "garmin" || /uploaded/i.test(name);
          for (const innerName of inner.entries.keys()) {
            const innerPlan = planEntry(innerName, layout === "garmin" ? "garmin" : "plain", 2, uploaded);
            const innerKey = `${key}!${innerName}`;
            const details = { upload: index, entry: name, nested: innerName };
            if (innerPlan.kind === "activity") await push({ key: innerKey, fileName: innerName, status: "pending", details });
            else {
              const reason = innerPlan.kind === "skip" ? innerPlan.reason : "not an activity file";
              await push({ key: innerKey, fileName: innerName, status: "skipped", message: reason, details });
            }
          }
        } finally {
          inner.close();
        }
      }
    }
    for (const row of csvOnly) {
      const key = `${index}:activities.csv#${row.activityId ?? `row ${row.row}`}`;
      const label = row.name ? `${row.name} (activities.csv)` : `activities.csv row ${row.row}`;
      await push({ key, fileName: label, status: "pending", details: { upload: index, csv: csvDetailsOf(row), csvOnly: true } });
    }
    if (batch.length) await emit(batch);
    return listed;
  } finally {
    outer.close();
  }
}

export { baseName, MAX_ACTIVITY_INFLATED_BYTES };
