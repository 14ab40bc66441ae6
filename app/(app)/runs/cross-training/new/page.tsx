import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { localDateOf, localTimeOf } from "@/lib/format/dates";
import { CrossTrainingForm } from "@/components/cross-training/cross-training-form";
import { createCrossTrainingAction } from "../actions";

export const metadata: Metadata = { title: "Log cross-training" };

export default async function NewCrossTrainingPage() {
  const runner = await requireUser();
  const now = new Date();
  return (
    <div className="stack" style={{ maxWidth: "44rem" }}>
      <p>
        <Link href="/runs">← All runs</Link>
      </p>
      <h1>Log cross-training</h1>
      <p className="muted">
        A ride, swim, row, walk or gym session counts in your training load (effort × minutes), never in your running
        distance.
      </p>
      <section className="card" aria-label="The session">
        <CrossTrainingForm
          action={createCrossTrainingAction}
          units={runner.units}
          initial={{ sport: "", date: localDateOf(now, runner.timeZone), time: localTimeOf(now, runner.timeZone), duration: "", rpe: "", distance: "", heartRate: "", notes: "" }}
          submitLabel="Save session"
        />
      </section>
    </div>
  );
}
