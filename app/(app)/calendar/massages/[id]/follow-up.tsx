import Link from "next/link";
import type { MassageDay } from "@/lib/data/massages";
import { todayFor } from "@/lib/data/plan";
import { FEEDBACK_LATEST_DAYS_AFTER, getFeedback, getSessionNote } from "@/lib/data/session-notes";
import type { Runner } from "@/lib/data/users";
import { addDaysIso } from "@/lib/format/dates";
import { regionLabel } from "@/components/dashboard/labels";
import { MassageFeedbackForm } from "@/components/share/massage-feedback-form";
import { SessionNoteForm } from "@/components/share/session-note-form";
import { saveFeedbackAction, saveSessionNoteAction } from "./actions";

const ANSWER_WORDS = { better: "better", same: "the same", worse: "worse" } as const;

/**
 * Issue 16 on the massage page: a link for the therapist, the session's notes once it is done
 * (typed by the runner, or shown as the therapist typed them), and "did it help?" the days after.
 */
export async function MassageFollowUp({ runner, massage }: { runner: Runner; massage: MassageDay }) {
  if (massage.status !== "booked" && massage.status !== "accepted" && massage.status !== "done") return null;
  const today = todayFor(runner);
  const [note, feedback] = massage.status === "done" ? await Promise.all([getSessionNote(runner.id, massage.id), getFeedback(runner.id, massage.id)]) : [null, []];
  const askFeedback = massage.status === "done" && massage.date < today && massage.date >= addDaysIso(today, -FEEDBACK_LATEST_DAYS_AFTER);
  const regions = note && note.regionsWorked.length > 0 ? note.regionsWorked : massage.regions;
  return (
    <>
      <section className="card" aria-labelledby="share-title">
        <h2 id="share-title">For your therapist</h2>
        <p>
          Give your therapist a private page with your races, training, soreness and left–right imbalances.{" "}
          <Link href={`/settings/therapist?massage=${massage.id}`}>Make a link for this session</Link>
        </p>
      </section>
      {massage.status === "done" ? (
        <section className="card" aria-labelledby="session-notes-title">
          <h2 id="session-notes-title">Session notes</h2>
          {note?.author === "therapist" ? <p className="hint">Your therapist typed these notes through your link.</p> : null}
          <SessionNoteForm
            action={saveSessionNoteAction.bind(null, massage.id)}
            who="runner"
            initial={note ?? { regionsWorked: massage.regions, depthWorked: massage.depth, findings: null }}
          />
        </section>
      ) : null}
      {massage.status === "done" && (askFeedback || feedback.length > 0) ? (
        <section className="card" aria-labelledby="feedback-title">
          <h2 id="feedback-title">Did it help?</h2>
          {feedback.length > 0 ? (
            <p>
              Your answers: {feedback.map((f) => `${regionLabel(f.region)} ${ANSWER_WORDS[f.answer]}`).join(", ")}.
            </p>
          ) : null}
          {askFeedback && regions.length > 0 ? (
            <MassageFeedbackForm
              action={saveFeedbackAction.bind(null, massage.id)}
              regions={regions}
              answered={Object.fromEntries(feedback.map((f) => [f.region, f.answer]))}
              title="did the massage help?"
            />
          ) : null}
        </section>
      ) : null}
    </>
  );
}
