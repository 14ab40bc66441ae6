/**
 * What to do with each entry of an uploaded archive, decided from names alone — so photos,
 * videos and account data are skipped without a byte of them being inflated. Pure.
 *
 * Layouts (shared/fixtures/field-cases/EXPORT-FORMATS.md):
 * - Strava bulk export: `activities.csv` at the top (or one folder down) and `activities/<n>.fit.gz|.gpx|.tcx.gz`;
 * - Garmin Connect account export: everything under `DI_CONNECT/`; the activity FIT files are in zips
 *   inside the zip, under an uploaded-files folder (`DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip`);
 * - anything else: a zip of activity files, read wherever they are.
 */

export type ArchiveLayout = "strava" | "garmin" | "plain";
export type ActivityFormat = "fit" | "gpx" | "tcx";

export type EntryPlan =
  | { kind: "activity"; format: ActivityFormat; gzipped: boolean }
  | { kind: "strava-csv" }
  | { kind: "zip" }
  | { kind: "skip"; reason: string };

/** Zips are opened at most this deep: the upload is level 1, a zip inside it level 2 (Garmin's layout). */
export const MAX_ZIP_DEPTH = 2;
/** More entries than this (all levels together) stops the import: no real export comes close. */
export const MAX_ARCHIVE_ENTRIES = 100_000;
/**
 * An activity entry may inflate to at most this (the importer's per-file limit, 25 MiB: the longest
 * real ultra FIT files are a few MiB); a zip inside the zip to at most 4 GiB (the upload limit).
 */
export const MAX_ACTIVITY_INFLATED_BYTES = 25 * 1024 * 1024;
export const MAX_NESTED_ZIP_INFLATED_BYTES = 4 * 1024 ** 3;

const MEDIA = /\.(jpe?g|png|gif|heic|heif|webp|bmp|tiff?|mp4|mov|m4v|avi|mkv|3gp|webm)$/i;

function baseName(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** The layout of an archive, from the names in its central directory. */
export function detectLayout(names: readonly string[]): ArchiveLayout {
  if (names.some((n) => /^(?:[^/]+\/)?activities\.csv$/i.test(n))) return "strava";
  if (names.some((n) => /^(?:[^/]+\/)?DI_CONNECT\//i.test(n))) return "garmin";
  return "plain";
}

/** "run.fit" / "run.FIT.gz" → its format and whether it is gzipped; anything else → null. */
export function activityFileKind(name: string): { format: ActivityFormat; gzipped: boolean } | null {
  const m = /\.(fit|gpx|tcx)(\.gz)?$/i.exec(name);
  return m ? { format: (m[1] ?? "").toLowerCase() as ActivityFormat, gzipped: m[2] !== undefined } : null;
}

/**
 * The plan for one entry. `depth` is the zip level the entry is in (1 = the upload itself);
 * `insideUploadedFiles` says a level-2 entry came from one of Garmin's uploaded-files zips.
 */
export function planEntry(name: string, layout: ArchiveLayout, depth: number, insideUploadedFiles = false): EntryPlan {
  if (name.endsWith("/")) return { kind: "skip", reason: "a folder" };
  const base = baseName(name);
  if (base.startsWith("._") || name.startsWith("__MACOSX/")) return { kind: "skip", reason: "macOS metadata, not an activity" };
  if (MEDIA.test(base)) return { kind: "skip", reason: "a photo or video (not read)" };
  const activity = activityFileKind(base);
  const isZip = /\.zip$/i.test(base);

  if (layout === "strava") {
    if (depth === 1 && /^(?:[^/]+\/)?activities\.csv$/i.test(name)) return { kind: "strava-csv" };
    if (activity) return { kind: "activity", ...activity };
    return { kind: "skip", reason: "not an activity file (other data in the Strava export)" };
  }
  if (layout === "garmin") {
    if (depth === 1) {
      if (isZip && /uploaded/i.test(name)) return { kind: "zip" };
      if (activity && /uploaded/i.test(name)) return { kind: "activity", ...activity };
      return { kind: "skip", reason: "not an activity file (Garmin account data)" };
    }
    if (insideUploadedFiles && activity) return { kind: "activity", ...activity };
    if (isZip) return { kind: "skip", reason: "a zip inside a zip inside a zip: more than two levels of zips are not opened" };
    return { kind: "skip", reason: "not an activity file (Garmin account data)" };
  }
  if (activity) return { kind: "activity", ...activity };
  if (isZip) {
    return depth < MAX_ZIP_DEPTH
      ? { kind: "zip" }
      : { kind: "skip", reason: "a zip inside a zip inside a zip: more than two levels of zips are not opened" };
  }
  return { kind: "skip", reason: "not a FIT, GPX or TCX activity file" };
}
