import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listImportJobs } from "@/lib/data/imports";
import { ImportUpload } from "@/components/imports/import-upload";
import { ImportStatusBadge } from "@/components/imports/import-status";

export const metadata: Metadata = { title: "Import a whole history" };

export default async function ImportsPage() {
  const runner = await requireUser();
  const jobs = await listImportJobs(runner.id);
  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <p>
        <Link href="/runs">← All runs</Link>
      </p>
      <h1>Import a whole history</h1>
      <p>
        Moving from Strava or Garmin Connect? Upload the archive they give you — Strava&apos;s bulk export, Garmin&apos;s
        account export, or any zip of FIT, GPX or TCX files (also .fit.gz, .gpx.gz, .tcx.gz). It is read in the
        background: you can leave this page and come back, from any device. Photos and other data are skipped; a run you
        already have (the same file, or one starting within 2 minutes with a distance within 3 %) is not stored twice.
      </p>
      <ImportUpload />
      <section aria-labelledby="imports-heading" className="card stack">
        <h2 id="imports-heading">Your imports</h2>
        {jobs.length === 0 ? (
          <p className="muted">None yet.</p>
        ) : (
          <ul>
            {jobs.map((job) => (
              <li key={job.id}>
                <Link href={`/imports/${job.id}`}>{job.fileNames.join(", ")}</Link> <ImportStatusBadge status={job.status} />{" "}
                <span className="muted">
                  {job.counts.done} of {job.counts.total} entries · {job.counts.imported} imported
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
