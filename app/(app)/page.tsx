import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { countRuns } from "@/lib/data/runs";
import { EmptyState } from "@/components/layout/empty-state";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const runner = await requireUser();
  if (!runner.onboarded) redirect("/welcome");
  const runs = await countRuns(runner.id);
  return (
    <div className="stack">
      <h1>Today&apos;s plan</h1>
      {runs === 0 ? (
        <EmptyState
          title="Your plan starts with your first run"
          action={
            <>
              <Link className="button" href="/runs/new">
                Log your first run
              </Link>
              <Link className="button secondary" href="/soreness">
                Log soreness
              </Link>
            </>
          }
        >
          <p>
            Log a run (by hand, or import the file from your watch) and tap any sore spots. Each morning this page then
            shows what may help your legs today: massage, stretches, hydration and load warnings — each with the reason
            and the evidence behind it.
          </p>
          <ol className="steps">
            <li>Log today&apos;s or yesterday&apos;s run, with how hard it felt (0–10).</li>
            <li>Tap where it is sore on the body map.</li>
            <li>Add your next race, so massage days can be planned around it.</li>
          </ol>
        </EmptyState>
      ) : (
        <p>
          You have logged {runs} run{runs === 1 ? "" : "s"}.
        </p>
      )}
    </div>
  );
}
