import Link from "next/link";
import type { Readiness } from "@/lib/rules";

const HEADLINES: Record<Readiness["status"], string> = {
  "no-check-in": "No check-in yet this morning",
  calibrating: "Calibrating: learning your usual",
  "as-usual": "As usual",
  "below-usual": "Below your usual",
};
const TRAINING: Record<Readiness["todaysTraining"], string> = {
  "as-planned": "Train as planned.",
  easy: "Keep today easy (RPE 2–3) or rest.",
  rest: "Make today a rest day.",
};
const FACTOR_STATUS = { missing: "not logged", calibrating: "calibrating", "as-usual": "as usual", "below-usual": "below your usual" } as const;

/** "As usual" / "below your usual" from the morning check-in, each factor with its numbers. Never a score. */
export function ReadinessCard({ readiness }: { readiness: Readiness }) {
  const shown = readiness.factors.filter((f) => f.status !== "missing");
  return (
    <section className={`card readiness readiness-${readiness.status}`} aria-labelledby="readiness-title" data-readiness={readiness.status}>
      <h2 id="readiness-title">Readiness: {HEADLINES[readiness.status]}</h2>
      {readiness.status === "no-check-in" ? (
        <p>
          Thirty seconds: resting heart rate, hours slept and four taps. <Link href="/check-in">Check in</Link>
        </p>
      ) : (
        <>
          {readiness.status === "calibrating" ? (
            <p className="muted">Your own baselines need a few more mornings; until then nothing is compared.</p>
          ) : null}
          <p>
            {TRAINING[readiness.todaysTraining]}
            {readiness.todaysTraining === "as-planned"
              ? null
              : readiness.status === "below-usual"
                ? " Your morning is below your usual (the factors below)."
                : " That is today's plan above (a race, a red flag or your training load), not your check-in."}
          </p>
          <ul className="readiness-factors">
            {shown.map((factor) => (
              <li key={factor.id} data-factor={factor.id} data-status={factor.status}>
                <strong>
                  {factor.name}: {FACTOR_STATUS[factor.status]}
                </strong>
                <br />
                <span className="small">{factor.detail}</span>
              </li>
            ))}
          </ul>
          <p className="small">
            <Link href="/check-in">Edit this morning&apos;s check-in</Link> · <Link href="/check-in/history">12-week history</Link>
          </p>
        </>
      )}
    </section>
  );
}
