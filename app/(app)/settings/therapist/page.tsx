import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listMassages } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import { listShares } from "@/lib/data/shares";
import { addDaysIso } from "@/lib/format/dates";
import { DEPTH_LABELS, longDate } from "@/components/dashboard/labels";
import { CreateShareForm } from "@/components/settings/share-create-form";
import { ShareList } from "@/components/settings/share-list";
import { createShareAction, revokeShareAction } from "./actions";

export const metadata: Metadata = { title: "Therapist links" };

export default async function TherapistLinksPage({ searchParams }: { searchParams: Promise<{ massage?: string | string[] }> }) {
  const runner = await requireUser();
  const today = todayFor(runner);
  const { massage } = await searchParams;
  const [shares, massages] = await Promise.all([
    listShares(runner.id),
    listMassages(runner, { from: addDaysIso(today, -14), to: addDaysIso(today, 90) }),
  ]);
  const sessions = massages
    .filter((m) => m.status === "booked" || m.status === "accepted" || m.status === "done")
    .map((m) => ({ id: m.id, label: `${longDate(m.date)}, ${DEPTH_LABELS[m.depth].toLowerCase()}${m.therapist ? ` with ${m.therapist}` : ""} (${m.status})` }));
  const preselected = typeof massage === "string" && sessions.some((s) => s.id === massage) ? massage : undefined;
  return (
    <div className="stack">
      <h1>Therapist links</h1>
      <p>
        A private, read-only page for your massage therapist: your goal races and next sessions, the last six weeks of training, where it is
        sore and any left–right imbalance, red flags first, your note, and what earlier sessions found. No account is needed to open it. It
        shows no email, no run notes, and your name only if you choose. Revoke a link and it stops working at once.
      </p>
      <section className="card" aria-labelledby="new-share-heading">
        <h2 id="new-share-heading">New link</h2>
        <CreateShareForm action={createShareAction} sessions={sessions} preselected={preselected} runnerName={runner.name ?? null} />
      </section>
      <section className="card" aria-labelledby="shares-heading">
        <h2 id="shares-heading">Your links</h2>
        <ShareList shares={shares} timeZone={runner.timeZone} revoke={revokeShareAction} />
      </section>
    </div>
  );
}
