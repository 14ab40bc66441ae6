import { longDate } from "@/components/dashboard/labels";
import type { Region } from "@/lib/rules/types";
import type { FormState } from "@/lib/validation/form";
import { MassageFeedbackForm } from "./massage-feedback-form";

/** Today's card the morning after a massage: "did yesterday's massage help?" per region. */
export function MassageFeedbackCard({
  prompt,
  action,
}: {
  prompt: { date: string; yesterday: boolean; regions: Region[] };
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const question = prompt.yesterday ? "Did yesterday’s massage help?" : `Did your massage of ${longDate(prompt.date)} help?`;
  return (
    <section className="card" aria-labelledby="massage-feedback-title">
      <h2 id="massage-feedback-title">{question}</h2>
      <p className="hint">Compared with before it, how does each region feel this morning? Your answers become your own record in the plan.</p>
      <MassageFeedbackForm action={action} regions={prompt.regions} answered={{}} title={question} />
    </section>
  );
}
