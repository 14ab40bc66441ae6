import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getCrossTraining } from "@/lib/data/cross-training";
import { localTimeOf } from "@/lib/format/dates";
import { distanceInUnits, formatDuration } from "@/lib/format/units";
import { sportLabel } from "@/lib/validation/cross-training";
import { CrossTrainingForm } from "@/components/cross-training/cross-training-form";
import { deleteCrossTrainingAction, updateCrossTrainingAction } from "../actions";

export const metadata: Metadata = { title: "Edit cross-training" };

export default async function EditCrossTrainingPage({ params }: { params: Promise<{ id: string }> }) {
  const runner = await requireUser();
  const { id } = await params;
  const session = await getCrossTraining(runner.id, id);
  if (!session) notFound();
  return (
    <div className="stack" style={{ maxWidth: "44rem" }}>
      <p>
        <Link href="/runs">← All runs</Link>
      </p>
      <h1>Edit {sportLabel(session.sport).toLowerCase()} session</h1>
      {session.fileName ? (
        <p className="muted">
          Imported from {session.fileName} ({session.source.toUpperCase()}).
        </p>
      ) : null}
      <section className="card" aria-label="The session">
        <CrossTrainingForm
          action={updateCrossTrainingAction.bind(null, session.id)}
          units={runner.units}
          version={session.version}
          initial={{
            sport: session.sport,
            date: session.date,
            time: localTimeOf(new Date(session.startedAt), runner.timeZone),
            duration: formatDuration(session.durationSec),
            rpe: session.rpe === null ? "" : String(session.rpe),
            distance: session.distanceM === null ? "" : distanceInUnits(session.distanceM, runner.units, 3).replace(/\.?0+$/, ""),
            heartRate: session.avgHeartRate === null ? "" : String(session.avgHeartRate),
            notes: session.notes ?? "",
          }}
          submitLabel="Save changes"
        />
      </section>
      <section className="card" aria-labelledby="delete-heading">
        <h2 id="delete-heading">Delete this session</h2>
        <form action={deleteCrossTrainingAction.bind(null, session.id)}>
          <button type="submit" className="secondary">
            Delete session
          </button>
        </form>
      </section>
    </div>
  );
}
