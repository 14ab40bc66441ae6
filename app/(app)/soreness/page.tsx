import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { EmptyState } from "@/components/layout/empty-state";

export const metadata: Metadata = { title: "Soreness" };

export default async function SorenessPage() {
  await requireUser();
  return (
    <div className="stack">
      <h1>Soreness</h1>
      <EmptyState title="Nothing sore logged yet">
        <p>
          After a run, note how each part of your legs feels on a 0–10 scale, left and right — and mark a sharp or
          stabbing pain apart from a dull ache. The plan compares it with the usual course of muscle soreness (peaking
          one to three days after a hard run) and tells you when to see a physiotherapist or doctor.
        </p>
      </EmptyState>
    </div>
  );
}
