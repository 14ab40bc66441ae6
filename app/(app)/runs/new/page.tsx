import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { requireUser } from "@/lib/auth";
import { localDateOf, localTimeOf } from "@/lib/format/dates";
import { RunForm } from "@/components/runs/run-form";
import { createRunAction } from "../actions";

export const metadata: Metadata = { title: "Log a run" };

export default async function NewRunPage() {
  const runner = await requireUser();
  const now = new Date();
  return (
    <div className="stack" style={{ maxWidth: "44rem" }}>
      <h1>Log a run</h1>
      <p className="muted">
        Date, distance, time and how hard it felt are enough. Have a file from your watch?{" "}
        <Link href="/runs/import">Import FIT, GPX or TCX files</Link> instead.
      </p>
      <section className="card" aria-label="The run">
        <RunForm
          action={createRunAction}
          units={runner.units}
          nonce={randomUUID()}
          initial={{
            date: localDateOf(now, runner.timeZone),
            time: localTimeOf(now, runner.timeZone),
            distance: "",
            duration: "",
            rpe: "",
            kind: "",
            temperature: "",
            heartRate: "",
            notes: "",
          }}
          submitLabel="Save run"
          pendingLabel="Saving…"
        />
      </section>
    </div>
  );
}
