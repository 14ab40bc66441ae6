import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { listCrossTraining } from "@/lib/data/cross-training";
import { countRuns, getRun, listRuns, undoDeadline } from "@/lib/data/runs";
import { maxHeartRateOf } from "@/lib/data/session-time";
import { fieldErrorsOf } from "@/lib/validation/form";
import { runListQuerySchema, type RunListQuery } from "@/lib/validation/run";
import { EmptyState } from "@/components/layout/empty-state";
import { RunFilters, type RunFilterValues } from "@/components/runs/run-filters";
import { RunTable } from "@/components/runs/run-table";
import { CrossTrainingTable } from "@/components/cross-training/cross-training-table";
import { UndoDelete } from "@/components/runs/undo-delete";
import { undoDeleteAction } from "./actions";

export const metadata: Metadata = { title: "Runs" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

async function flashFor(userId: string, sp: SearchParams) {
  const saved = one(sp.saved) ?? one(sp.updated);
  if (saved) {
    const run = await getRun(userId, saved);
    if (run) return { kind: "message" as const, highlight: run.id, text: sp.saved ? "Run saved." : "Changes saved." };
  }
  const deleted = one(sp.deleted);
  if (deleted && (await undoDeadline(userId, deleted))) return { kind: "undo" as const, runId: deleted };
  if (deleted) return { kind: "message" as const, text: "Run deleted." };
  const restored = one(sp.restored);
  if (restored) return { kind: "message" as const, highlight: restored, text: "Run restored." };
  if (one(sp.undo) === "expired") return { kind: "message" as const, text: "Too late to undo: that run stays deleted.", error: true };
  if (one(sp.gone)) return { kind: "message" as const, text: "That run was already deleted.", error: true };
  const crossTraining = one(sp.crossTraining);
  if (crossTraining === "saved") return { kind: "message" as const, text: "Cross-training saved." };
  if (crossTraining === "updated") return { kind: "message" as const, text: "Changes saved." };
  if (crossTraining === "deleted") return { kind: "message" as const, text: "Cross-training session deleted." };
  return null;
}

export default async function RunsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const runner = await requireUser();
  const sp = await searchParams;
  const raw: Record<string, string> = {};
  for (const key of ["from", "to", "kind", "cursor"] as const) {
    const value = one(sp[key])?.trim();
    if (value) raw[key] = value;
  }
  const parsed = runListQuerySchema.safeParse(raw);
  const query: Partial<RunListQuery> = parsed.success ? parsed.data : {};
  const filterErrors = parsed.success ? undefined : fieldErrorsOf(parsed.error);
  const maxHeartRate = await maxHeartRateOf(runner);
  // Cross-training of the same dates (the newest 20 when no dates are chosen); a kind filter is about runs only.
  const crossQuery = { from: query.from, to: query.to, limit: 20 };
  const [page, total, flash, cross] = await Promise.all([
    listRuns(runner.id, query, maxHeartRate),
    countRuns(runner.id),
    flashFor(runner.id, sp),
    query.cursor || query.kind ? Promise.resolve(null) : listCrossTraining(runner.id, crossQuery, maxHeartRate),
  ]);
  const filters: RunFilterValues = { from: raw.from, to: raw.to, kind: raw.kind };
  const filterQuery = new URLSearchParams(Object.entries({ from: query.from, to: query.to, kind: query.kind }).filter((e): e is [string, string] => !!e[1]));
  const olderHref = page.nextCursor ? `/runs?${new URLSearchParams([...filterQuery, ["cursor", page.nextCursor]])}` : null;
  const newestHref = `/runs${filterQuery.size ? `?${filterQuery}` : ""}`;

  return (
    <div className="stack">
      <div className="actions" style={{ justifyContent: "space-between" }}>
        <h1 style={{ margin: 0 }}>Runs</h1>
        <div className="actions">
          <Link className="button" href="/runs/new">
            Log a run
          </Link>
          <Link className="button secondary" href="/runs/cross-training/new">
            Log cross-training
          </Link>
          <Link className="button secondary" href="/runs/import">
            Import files
          </Link>
        </div>
      </div>

      {flash?.kind === "undo" ? (
        <UndoDelete runId={flash.runId} action={undoDeleteAction} />
      ) : (
        <div role="status" aria-live="polite">
          {flash ? <p className={`form-message ${flash.error ? "error" : "ok"}`}>{flash.text}</p> : null}
        </div>
      )}

      {total === 0 && !cross?.sessions.length ? (
        <EmptyState
          title="No runs yet"
          action={
            <>
              <Link className="button" href="/runs/new">
                Log a run
              </Link>
              <Link className="button secondary" href="/runs/import">
                Import files
              </Link>
            </>
          }
        >
          <p>
            Log a run by hand in a few seconds — date, distance, time and how hard it felt — or import the FIT, GPX or
            TCX files your watch saved. Your load and your plan are built from these.
          </p>
        </EmptyState>
      ) : (
        <>
          <section className="card" aria-label="Filters">
            <RunFilters values={filters} errors={filterErrors} />
            {filterErrors ? (
              <p className="form-message error" role="alert">
                These filters could not be used, so all runs are shown: {Object.values(filterErrors).flat().join(" ")}
              </p>
            ) : null}
          </section>
          {page.runs.length === 0 ? (
            <p>{query.cursor ? "No older runs." : "No runs match these filters."}</p>
          ) : (
            <RunTable
              runs={page.runs}
              units={runner.units}
              timeZone={runner.timeZone}
              highlight={flash && "highlight" in flash ? flash.highlight : undefined}
            />
          )}
          {cross?.sessions.length ? (
            <section aria-labelledby="cross-training-heading" className="stack">
              <h2 id="cross-training-heading">Cross-training</h2>
              <p className="muted">Counts in your training load (effort × minutes), never in your running distance.</p>
              <CrossTrainingTable sessions={cross.sessions} units={runner.units} timeZone={runner.timeZone} />
            </section>
          ) : null}
          <nav aria-label="More runs" className="actions">
            {query.cursor ? <Link href={newestHref}>Newest runs</Link> : null}
            {olderHref ? (
              <Link className="button secondary" href={olderHref}>
                Older runs
              </Link>
            ) : null}
          </nav>
        </>
      )}
    </div>
  );
}
