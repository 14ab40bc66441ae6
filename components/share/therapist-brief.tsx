import type { ReactNode } from "react";
import { BodyMapHeat } from "@/components/body-map/body-map-heat";
import { SorenessTimeline } from "@/components/body-map/soreness-timeline";
import { WeeklyDistanceChart } from "@/components/charts/weekly-distance-chart";
import { countdown, DEPTH_LABELS, longDate, regionLabel } from "@/components/dashboard/labels";
import { formatDistance, formatDuration, type Units } from "@/lib/format/units";
import { imbalancesOf, sidesInWords } from "@/lib/rules/imbalance";
import type { TherapistBrief } from "@/lib/share/brief";
import { LeftRightTable } from "@/components/body-map/left-right-comparison";
import styles from "./share.module.css";

const ANSWER_WORDS = { better: "better", same: "the same", worse: "worse" } as const;
const AUTHOR_WORDS = { runner: "typed by the runner", therapist: "typed by the therapist" } as const;

const regionsText = (regions: readonly string[]) => (regions.length === 0 ? "whole body" : regions.map((r) => regionLabel(r as never)).join(", "));

function runLine(run: { date: string; distanceM: number; durationSec: number; rpe: number | null; kind: string | null }, units: Units): string {
  return `${longDate(run.date)}: ${formatDistance(run.distanceM, units)} in ${formatDuration(run.durationSec)}${run.kind ? `, ${run.kind}` : ""}${run.rpe !== null ? `, effort ${run.rpe}/10` : ""}`;
}

/**
 * The therapist's one-minute read (server-rendered, no client code but the optional notes form):
 * red flags first, the runner's note, what is coming, the last 6 weeks, soreness and left–right
 * imbalances, earlier sessions. Takes only the brief — no email, tokens or run notes exist in it.
 */
export function TherapistBriefView({ brief, notesForm }: { brief: TherapistBrief; notesForm?: ReactNode }) {
  const imbalances = imbalancesOf(brief.sides);
  const { units } = brief;
  return (
    <div className={styles.brief}>
      <header className={styles.head}>
        <h1>{brief.runnerName ? `${brief.runnerName}: notes for the massage therapist` : "A runner’s notes for the massage therapist"}</h1>
        <p className="muted small">
          For {brief.label} · {longDate(brief.today)} · read-only, shared by the runner; this link stops working on{" "}
          {longDate(brief.expiresAt.slice(0, 10))}. A training aid, not medical advice.
        </p>
      </header>

      {brief.redFlags.length > 0 ? (
        <section className={`red-flags ${styles.flags}`} aria-labelledby="flags-title">
          <h2 id="flags-title" className="red-flags-title">
            Red flags — check before any deep work
          </h2>
          <ul>
            {brief.redFlags.map((flag) => (
              <li key={flag.headline}>
                <strong>{flag.headline}</strong>
                <ul className="small">
                  {flag.because.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className={styles.noFlags}>No red flags: nothing sharp, nothing above 5/10, nothing lasting a week in the last days.</p>
      )}

      {brief.noteToTherapist ? (
        <section className={styles.section} aria-labelledby="note-title">
          <h2 id="note-title">The runner’s note to you</h2>
          <blockquote className={styles.note}>{brief.noteToTherapist}</blockquote>
        </section>
      ) : null}

      <div className={styles.columns}>
        <section className={styles.section} aria-labelledby="coming-title">
          <h2 id="coming-title">What is coming</h2>
          {brief.goalRaces.length === 0 ? <p className="muted">No races entered.</p> : (
            <ul>
              {brief.goalRaces.map((race) => (
                <li key={`${race.date}-${race.name}`}>
                  <strong>{race.name}</strong> ({formatDistance(race.distanceM, units)}, priority {race.priority}): {longDate(race.date)}, {countdown(race.daysAway)}
                </li>
              ))}
            </ul>
          )}
          <h3>Next booked sessions</h3>
          {brief.nextSessions.length === 0 ? <p className="muted">None booked.</p> : (
            <ul>
              {brief.nextSessions.map((session) => (
                <li key={`${session.date}-${session.time}`}>
                  {longDate(session.date)}
                  {session.time ? ` at ${session.time}` : ""}: {DEPTH_LABELS[session.depth].toLowerCase()}, {regionsText(session.regions)}
                </li>
              ))}
            </ul>
          )}
        </section>

        <section className={styles.section} aria-labelledby="training-title">
          <h2 id="training-title">Training, last 6 weeks</h2>
          <ul>
            <li>
              <strong>Latest race:</strong>{" "}
              {brief.latestRace ? `${brief.latestRace.name ? `${brief.latestRace.name}, ` : ""}${runLine(brief.latestRace, units)}` : "none in these weeks"}
            </li>
            <li>
              <strong>Long runs:</strong> {brief.longRuns.length === 0 ? "none" : brief.longRuns.map((run) => runLine(run, units)).join("; ")}
            </li>
            <li>
              <strong>Hard sessions:</strong> {brief.hardSessions.length === 0 ? "none" : brief.hardSessions.map((run) => runLine(run, units)).join("; ")}
            </li>
          </ul>
        </section>
      </div>
      <div className={styles.chart}>
        <WeeklyDistanceChart weeks={brief.weeks} units={units} />
      </div>

      <section className={styles.section} aria-labelledby="sore-title">
        <h2 id="sore-title">Soreness</h2>
        {imbalances.length > 0 ? (
          <div className={styles.imbalance}>
            <h3>Left–right imbalance</h3>
            <ul>
              {imbalances.map((c) => (
                <li key={c.region}>
                  <strong>{sidesInWords(c)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p>No left–right imbalance: no region was sorer on one side on most logged days of the last 4 weeks.</p>
        )}
        <div className={styles.columns}>
          <div>
            <h3>Sore now (last 3 days)</h3>
            <BodyMapHeat entries={brief.sorenessNow} title="Soreness now on the body map" compact />
          </div>
          <div>
            <h3>Each region and side, last 4 weeks</h3>
            <SorenessTimeline timeline={brief.timeline} from={brief.timelineFrom} to={brief.today} />
            <LeftRightTable sides={brief.sides} />
          </div>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="sessions-title">
        <h2 id="sessions-title">Earlier sessions and what helped</h2>
        {brief.personalEvidence.length > 0 ? (
          <ul>
            {brief.personalEvidence.map((e) => (
              <li key={`${e.depth}-${e.region}`}>{e.line.replace("your", "the runner’s")}</li>
            ))}
          </ul>
        ) : null}
        {brief.earlierSessions.length === 0 ? <p className="muted">No notes from earlier sessions yet.</p> : (
          <ul>
            {brief.earlierSessions.map((session) => (
              <li key={session.id}>
                <strong>{longDate(session.date)}</strong>, {DEPTH_LABELS[session.note?.depthWorked ?? session.depth].toLowerCase()}, {regionsText(session.regions)}
                {session.note?.findings ? (
                  <>
                    : “{session.note.findings}” <span className="muted">({AUTHOR_WORDS[session.note.author]})</span>
                  </>
                ) : null}
                {session.feedback.length > 0 ? (
                  <span>
                    {" "}
                    Next morning: {session.feedback.map((f) => `${regionLabel(f.region).toLowerCase()} ${ANSWER_WORDS[f.answer]}`).join(", ")}.
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {notesForm ? <section className={`${styles.section} ${styles.noPrint}`} aria-labelledby="notes-title">{notesForm}</section> : null}
    </div>
  );
}
