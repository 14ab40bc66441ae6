"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ImportStatusBadge, type ImportJobStatus } from "./import-status";

export interface ImportProgressView {
  id: string;
  status: ImportJobStatus;
  listed: boolean;
  error: string | null;
  counts: { total: number; done: number; imported: number; alreadyThere: number; crossTraining: number; skipped: number; needsDetails: number };
  secondsLeft: number | null;
}

const POLL_MS = 1500;

function timeLeft(seconds: number | null): string {
  if (seconds === null) return "working out the time left…";
  if (seconds < 60) return "less than a minute left";
  const minutes = Math.round(seconds / 60);
  return minutes < 90 ? `about ${minutes} min left` : `about ${Math.round(minutes / 60)} h left`;
}

/**
 * An import's progress, updated live: it asks the API every 1.5 s while the import runs (the work
 * itself goes on in the background, so leaving the page changes nothing) and reloads the page's
 * summary once it ends.
 */
export function ImportProgress({ initial }: { initial: ImportProgressView }) {
  const router = useRouter();
  const [job, setJob] = useState(initial);
  const active = job.status === "queued" || job.status === "running";

  useEffect(() => {
    if (!active) return;
    let stopped = false;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/v1/imports/${initial.id}?limit=1`, { cache: "no-store" });
        if (!res.ok || stopped) return;
        const next = (await res.json()) as ImportProgressView;
        setJob(next);
        if (next.status !== "queued" && next.status !== "running") router.refresh();
      } catch {
        // Offline for a moment: the next tick tries again.
      }
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [active, initial.id, router]);

  const c = job.counts;
  return (
    <section aria-labelledby="progress-heading" className="card stack">
      <h2 id="progress-heading">
        Progress <ImportStatusBadge status={job.status} />
      </h2>
      <p aria-live="polite">
        <progress max={Math.max(1, c.total)} value={c.done} aria-label="Entries done" style={{ width: "100%" }} />
        <br />
        <span data-testid="import-done">
          {c.done} of {c.total}
          {job.listed ? "" : "+"} entries done
        </span>
        {active ? <span className="muted"> · {job.listed ? timeLeft(job.secondsLeft) : "reading the archive…"}</span> : null}
      </p>
      <dl className="import-counts">
        <div>
          <dt>Imported</dt>
          <dd data-testid="count-imported">{c.imported}</dd>
        </div>
        <div>
          <dt>Already there</dt>
          <dd data-testid="count-already-there">{c.alreadyThere}</dd>
        </div>
        <div>
          <dt>Cross-training</dt>
          <dd data-testid="count-cross-training">{c.crossTraining}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd data-testid="count-skipped">{c.skipped}</dd>
        </div>
        <div>
          <dt>Needing details</dt>
          <dd data-testid="count-needs-details">{c.needsDetails}</dd>
        </div>
      </dl>
      {job.error ? (
        <p className="form-message error" role="alert">
          {job.error}
        </p>
      ) : null}
    </section>
  );
}
