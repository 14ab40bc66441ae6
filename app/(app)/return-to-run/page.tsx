import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { listProgrammes, type ProgrammeView } from "@/lib/data/return-to-run";
import { REGIONS } from "@/lib/rules";
import { crossTrainingFor, phaseInWords, regionSideInWords, RETURN_TO_RUN_SOURCES, singleLegTest, WALK_RUN_PHASES } from "@/lib/rules/return-to-run";
import { REGION_WORDS } from "@/lib/rules/wording";
import { MorningPainForm, SessionPainForm, StartProgrammeForm } from "@/components/return-to-run/programme-forms";
import { changeProgrammeAction, logPainAction, startProgrammeAction } from "./actions";

export const metadata: Metadata = { title: "Return to running" };

const DECISION_WORDS = { advance: "Next phase", continue: "Good session", repeat: "Repeat the phase", "step-back": "Step back", stop: "Stopped", completed: "Completed" } as const;

function ProgrammeCard({ programme, today }: { programme: ProgrammeView; today: string }) {
  const spot = regionSideInWords(programme.region, programme.side);
  const planned = programme.sessions.find((s) => s.painDuring === null);
  const awaitingMorning = programme.sessions.find((s) => s.painDuring !== null && s.decision === null);
  const button = (action: string, label: string) => (
    <form action={changeProgrammeAction}>
      <input type="hidden" name="id" value={programme.id} />
      <input type="hidden" name="action" value={action} />
      <button type="submit" className="secondary">
        {label}
      </button>
    </form>
  );
  return (
    <section className="card stack" aria-labelledby={`programme-${programme.id}`} data-programme-status={programme.status}>
      <h2 id={`programme-${programme.id}`}>
        Return to running: {spot} ({programme.status})
      </h2>
      {programme.status === "stopped" ? (
        <div className="red-flags" role="alert">
          <p className="red-flags-title">See a physiotherapist or doctor first</p>
          <p>{programme.stoppedReason}</p>
        </div>
      ) : null}
      {programme.status === "active" || programme.status === "paused" ? <p data-phase={programme.phase}>{phaseInWords(programme.phase)}</p> : null}
      {programme.status === "active" && planned ? (
        <div className="stack">
          <p>
            Next session: <strong>{planned.date === today ? "today" : planned.date}</strong> — {phaseInWords(planned.phase)}. Walk briskly for 5 minutes first; run at
            an easy, conversational pace on a flat, even surface.
          </p>
          {planned.date <= today ? <SessionPainForm action={logPainAction} sessionId={planned.id} /> : null}
        </div>
      ) : null}
      {programme.status === "active" && awaitingMorning ? (
        awaitingMorning.date < today ? (
          <MorningPainForm action={logPainAction} sessionId={awaitingMorning.id} test={programme.test} />
        ) : (
          <p>Session logged. Tomorrow morning, log your pain at rest and on 10 single-leg {programme.test}s: that decides the next phase.</p>
        )
      ) : null}
      {programme.status === "active" ? (
        <p className="small">
          <strong>Between sessions</strong> (at least a day apart), cross-training that spares your {REGION_WORDS[programme.region].one} may help keep your fitness:{" "}
          {crossTrainingFor(programme.region).join(", ")}.
        </p>
      ) : null}
      {programme.sessions.some((s) => s.decision !== null) ? (
        <ol className="stack small" aria-label="Sessions so far">
          {programme.sessions
            .filter((s) => s.decision !== null)
            .map((s) => (
              <li key={s.id} data-decision={s.decision}>
                {s.date}, phase {s.phase}: pain during {s.painDuring}/10{s.sharp ? " (sharp)" : ""}
                {s.restPain !== null ? `, next morning ${s.restPain}/10 at rest and ${s.testPain}/10 on the test` : ""} — <strong>{DECISION_WORDS[s.decision ?? "continue"]}</strong>: {s.reason}
              </li>
            ))}
        </ol>
      ) : null}
      <div className="actions">
        {programme.status === "active" ? button("pause", "Pause") : null}
        {programme.status === "paused" ? button("resume", "Resume") : null}
        {programme.status === "active" || programme.status === "paused" ? button("end", "End the programme") : null}
      </div>
    </section>
  );
}

export default async function ReturnToRunPage({ searchParams }: { searchParams: Promise<{ region?: string }> }) {
  const runner = await requireUser();
  const today = todayFor(runner);
  const programmes = await listProgrammes(runner.id);
  const { region } = await searchParams;
  const chosen = REGIONS.find((r) => r === region);
  const open = programmes.filter((p) => p.status === "active" || p.status === "paused");
  return (
    <div className="stack">
      <div>
        <h1>Return to running</h1>
        <p>
          After a red flag, see a physiotherapist or doctor first. When they have cleared you, or you are ready, this walk–run programme brings running
          back in {WALK_RUN_PHASES.length} phases, from 1 minute running and 4 walking to 30 minutes continuous, with at least a day between sessions.
          It moves on only when your pain allows: pain during up to 5/10, back to your usual by the next morning, and not rising week to week.
        </p>
        <p className="muted small">
          {RETURN_TO_RUN_SOURCES.warden2014}; {RETURN_TO_RUN_SOURCES.silbernagel2007}. A training aid, not medical advice.
        </p>
      </div>
      {programmes.map((programme) => (
        <ProgrammeCard key={programme.id} programme={programme} today={today} />
      ))}
      {open.length === 0 ? (
        <section className="card stack" aria-labelledby="start-title">
          <h2 id="start-title">Start a programme</h2>
          <StartProgrammeForm
            action={startProgrammeAction}
            regions={REGIONS.map((r) => ({ value: r, label: REGION_WORDS[r].all }))}
            region={chosen}
            test={chosen ? singleLegTest(chosen) : "heel raise or hop"}
          />
        </section>
      ) : null}
    </div>
  );
}
