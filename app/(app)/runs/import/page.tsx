import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { RunImport } from "@/components/runs/run-import";
import { rateSessionAction } from "../cross-training/actions";

export const metadata: Metadata = { title: "Import runs" };

export default async function ImportRunsPage() {
  const runner = await requireUser();
  return (
    <div className="stack" style={{ maxWidth: "48rem" }}>
      <p>
        <Link href="/runs">← All runs</Link>
      </p>
      <h1>Import runs</h1>
      <p>
        Add the FIT, GPX or TCX files your watch or app saved. Distance, time, start, heart rate and climb are read from
        each file — every activity in it, runs as runs and rides, swims, rows or walks as cross-training (they count in
        your load, not your running distance). Anything you imported before is recognised and not stored twice. A
        session without an effort rating asks for one with a single tap; until then its load is estimated (≈).
      </p>
      <p>
        Moving from Strava or Garmin Connect? <Link href="/imports">Import your whole history from their archive</Link>.
      </p>
      <noscript>
        <p className="form-message error">
          Importing files needs JavaScript. You can still <Link href="/runs/new">log a run by hand</Link>.
        </p>
      </noscript>
      <RunImport units={runner.units} timeZone={runner.timeZone} rate={rateSessionAction} />
    </div>
  );
}
