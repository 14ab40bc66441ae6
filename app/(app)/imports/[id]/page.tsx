import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getImportJob, importedRunsWithoutRpe, listImportEntries } from "@/lib/data/imports";
import { formatDistance, formatDuration } from "@/lib/format/units";
import { localDateOf } from "@/lib/format/dates";
import { longDate } from "@/components/dashboard/labels";
import { ImportProgress } from "@/components/imports/import-progress";
import { cancelImportAction, saveImportRpeAction } from "../actions";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ rpe?: string }> }) {
  const runner = await requireUser();
  const { id } = await params;
  const { rpe: rpeSaved } = await searchParams;
  const job = await getImportJob(runner.id, id);
  if (!job) notFound();
  const active = job.status === "queued" || job.status === "running";
  const [imported, needsDetails, skipped, withoutRpe] = active
    ? [null, null, null, []]
    : await Promise.all([
        listImportEntries(runner.id, id, { status: "imported", limit: 200 }),
        listImportEntries(runner.id, id, { status: "needs-details", limit: 200 }),
        listImportEntries(runner.id, id, { status: "skipped", limit: 200 }),
        importedRunsWithoutRpe(runner.id, id),
      ]);

  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <p>
        <Link href="/imports">← All imports</Link>
      </p>
      <h1>Import of {job.fileNames.join(", ")}</h1>
      <ImportProgress initial={job} />
      {active ? (
        <form action={cancelImportAction.bind(null, id)}>
          <p className="muted">It goes on in the background: you can leave this page and come back. Cancelling keeps what was imported so far.</p>
          <button type="submit" className="button secondary">
            Cancel the import
          </button>
        </form>
      ) : null}

      {imported && imported.entries.length > 0 ? (
        <section aria-labelledby="imported-heading" className="card stack">
          <h2 id="imported-heading">Runs imported</h2>
          <ul>
            {imported.entries.map((e) => (
              <li key={e.seq}>
                <Link href={`/runs/${e.runId}/edit`} prefetch={false}>{e.fileName}</Link>
                {e.message ? <span className="muted"> — {e.message}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {withoutRpe.length > 0 ? (
        <section aria-labelledby="rpe-heading" className="card stack">
          <h2 id="rpe-heading">How hard were they? ({withoutRpe.length} without an effort)</h2>
          <p className="muted">Effort (RPE 0–10: 0 rest, 2 easy, 3 moderate, 5 hard, 7 very hard, 10 maximal) makes the session load (RPE × minutes). Leave blank what you do not remember.</p>
          {rpeSaved ? <p role="status">{rpeSaved === "invalid" ? "Efforts are whole numbers from 0 to 10." : `Saved ${rpeSaved} efforts.`}</p> : null}
          <form action={saveImportRpeAction.bind(null, id)} className="stack">
            <table>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  <th scope="col">Distance</th>
                  <th scope="col">Time</th>
                  <th scope="col">Effort</th>
                </tr>
              </thead>
              <tbody>
                {withoutRpe.map((run) => (
                  <tr key={run.id}>
                    <td>
                      <Link href={`/runs/${run.id}/edit`} prefetch={false}>{longDate(localDateOf(run.startedAt, runner.timeZone))}</Link>
                    </td>
                    <td>{formatDistance(run.distanceM, runner.units)}</td>
                    <td>{formatDuration(run.durationSec)}</td>
                    <td>
                      <label className="visually-hidden" htmlFor={`rpe-${run.id}`}>
                        Effort of the run on {longDate(localDateOf(run.startedAt, runner.timeZone))}
                      </label>
                      <input id={`rpe-${run.id}`} name={`rpe:${run.id}`} type="number" min={0} max={10} step={1} inputMode="numeric" style={{ width: "4rem" }} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <button type="submit" className="button">
              Save efforts
            </button>
          </form>
        </section>
      ) : null}

      {needsDetails && needsDetails.entries.length > 0 ? (
        <section aria-labelledby="details-heading" className="card stack">
          <h2 id="details-heading">Needing a date or other details</h2>
          <p className="muted">These files do not say when (or how long, or how far). Log them by hand with the values you remember.</p>
          <ul>
            {needsDetails.entries.map((e) => (
              <li key={e.seq}>
                {e.fileName} — {e.message} <Link href="/runs/new">Log it by hand</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {skipped && skipped.entries.length > 0 ? (
        <details className="card">
          <summary>Skipped entries and why ({job.counts.skipped})</summary>
          <ul>
            {skipped.entries.map((e) => (
              <li key={e.seq}>
                {e.fileName} — {e.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
