import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { countRuns } from "@/lib/data/runs";
import { EmptyState } from "@/components/layout/empty-state";

export const metadata: Metadata = { title: "Runs" };

export default async function RunsPage() {
  const runner = await requireUser();
  const runs = await countRuns(runner.id);
  return (
    <div className="stack">
      <h1>Runs</h1>
      {runs === 0 ? (
        <EmptyState
          title="No runs yet"
          action={
            <Link className="button" href="/runs/new">
              Log a run
            </Link>
          }
        >
          <p>
            Log a run by hand in a few seconds — date, distance, time and how hard it felt — or import the FIT, GPX or
            TCX files your watch saved. Your load and your plan are built from these.
          </p>
        </EmptyState>
      ) : (
        <p>{runs} runs logged.</p>
      )}
    </div>
  );
}
