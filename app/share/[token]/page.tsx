import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { clientAddress } from "@/lib/api/client-ip";
import { shareOpenRetryAfterMs } from "@/lib/data/share-throttle";
import { shareForToken } from "@/lib/data/shares";
import { loadTherapistBrief } from "@/lib/data/therapist-brief";
import { DEPTH_LABELS, longDate } from "@/components/dashboard/labels";
import { SessionNoteForm } from "@/components/share/session-note-form";
import { TherapistBriefView } from "@/components/share/therapist-brief";
import type { FormState } from "@/lib/validation/form";
import { saveTherapistNoteAction } from "./actions";

// Private: never indexed, never sent on as a referrer. The headers (no-store, no-referrer,
// X-Robots-Tag) are set for /share/* in next.config.js; these are the same in the HTML.
export const metadata: Metadata = {
  title: "For the massage therapist",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

/**
 * The therapist's page: no account; the long random token in the URL is the capability.
 * Unknown, guessed, revoked and expired tokens are all the same 404 with no data. Opens are
 * rate-limited per address (in Postgres).
 */
export default async function SharePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ip = clientAddress(await headers());
  const wait = await shareOpenRetryAfterMs(ip, token);
  if (wait > 0) {
    return (
      <main className="auth-shell">
        <div className="card auth-card">
          <h1>Too many requests</h1>
          <p>This address opened shared pages too often. Try again in {Math.ceil(wait / 60_000)} minutes.</p>
        </div>
      </main>
    );
  }
  const share = await shareForToken(token);
  if (!share) notFound();
  const brief = await loadTherapistBrief(share);

  // A closure, so the token travels to the form encrypted by Next rather than as a hidden field.
  async function saveNotes(state: FormState, formData: FormData): Promise<FormState> {
    "use server";
    return saveTherapistNoteAction(token, state, formData);
  }
  const target = brief.notesFor;
  return (
    <main id="main">
      <TherapistBriefView
        brief={brief}
        notesForm={
          target ? (
            <>
              <h2 id="notes-title">Your notes for the session of {longDate(target.date)}</h2>
              <p className="hint">
                The runner allowed you to add notes for this session ({DEPTH_LABELS[target.depth].toLowerCase()}). Only these notes can be
                changed through this page.
              </p>
              <SessionNoteForm
                action={saveNotes}
                who="therapist"
                initial={target.note ?? { regionsWorked: target.regions, depthWorked: target.depth, findings: null }}
              />
            </>
          ) : undefined
        }
      />
    </main>
  );
}
