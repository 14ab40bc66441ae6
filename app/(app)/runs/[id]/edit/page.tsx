import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getRun } from "@/lib/data/runs";
import { localTimeOf } from "@/lib/format/dates";
import { distanceInUnits, formatDuration } from "@/lib/format/units";
import { RunForm } from "@/components/runs/run-form";
import { deleteRunAction, updateRunAction } from "../../actions";

export const metadata: Metadata = { title: "Edit run" };

export default async function EditRunPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const runner = await requireUser();
  const { id } = await params;
  const run = await getRun(runner.id, id);
  if (!run) notFound();
  const confirming = (await searchParams).delete === "confirm";
  const trimmedDistance = distanceInUnits(run.distanceM, runner.units, 3).replace(/\.?0+$/, "");
  return (
    <div className="stack" style={{ maxWidth: "44rem" }}>
      <p>
        <Link href="/runs">← All runs</Link>
      </p>
      <h1>Edit run</h1>
      {run.fileName ? (
        <p className="muted">
          Imported from {run.fileName} ({run.source.toUpperCase()}).
        </p>
      ) : null}
      <section className="card" aria-label="The run">
        <RunForm
          action={updateRunAction.bind(null, run.id)}
          units={runner.units}
          version={run.version}
          initial={{
            date: run.date,
            time: localTimeOf(new Date(run.startedAt), runner.timeZone),
            distance: trimmedDistance,
            duration: formatDuration(run.durationSec),
            rpe: run.rpe === null ? "" : String(run.rpe),
            kind: run.kind ?? "",
            temperature: run.temperatureC === null ? "" : String(run.temperatureC),
            heartRate: run.avgHeartRate === null ? "" : String(run.avgHeartRate),
            notes: run.notes ?? "",
          }}
          submitLabel="Save changes"
          pendingLabel="Saving…"
        />
      </section>
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this run</h2>
        {confirming ? (
          <form action={deleteRunAction.bind(null, run.id)} className="stack">
            <p role="alert">Delete this run? You can undo it for a few seconds afterwards.</p>
            <div className="actions">
              <button type="submit" className="danger">
                Yes, delete it
              </button>
              <Link className="button secondary" href={`/runs/${run.id}/edit`}>
                Keep it
              </Link>
            </div>
          </form>
        ) : (
          <Link className="button secondary" href={`/runs/${run.id}/edit?delete=confirm`}>
            Delete run…
          </Link>
        )}
      </section>
    </div>
  );
}
