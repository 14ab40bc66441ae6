import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { wellnessOn } from "@/lib/data/wellness";
import { CheckInForm } from "@/components/wellness/check-in-form";
import { HrvImportForm } from "@/components/wellness/hrv-import-form";
import { longDate } from "@/components/dashboard/labels";
import { importHrvAction, saveCheckInAction } from "./actions";

export const metadata: Metadata = { title: "Morning check-in" };

export default async function CheckInPage() {
  const runner = await requireUser();
  const today = todayFor(runner);
  const entry = await wellnessOn(runner.id, today);
  return (
    <div className="stack">
      <div>
        <h1>Morning check-in</h1>
        <p className="muted">
          {longDate(today)} · {entry ? "Saved — change anything and save again." : "About 30 seconds."} Compared with your own usual, never
          with other people. <Link href="/check-in/history">Your 12-week history</Link>
        </p>
      </div>
      <section className="card">
        <CheckInForm action={saveCheckInAction} date={today} initial={entry} />
      </section>
      <section className="card stack" aria-labelledby="import-title">
        <h2 id="import-title">Import from an HRV app</h2>
        <HrvImportForm action={importHrvAction} />
      </section>
    </div>
  );
}
