import Link from "next/link";
import { formatDistance, type Units } from "@/lib/format/units";
import type { MassageDepth, RacePriority, Region } from "@/lib/rules";
import { DEPTH_LABELS, countdown, longDate, regionLabel } from "./labels";

export interface ComingUpRace {
  name: string;
  date: string;
  distanceM: number;
  priority: RacePriority;
  daysAway: number;
}

export interface ComingUpMassage {
  date: string;
  depth: MassageDepth;
  status: "booked" | "accepted" | "proposed";
  regions: Region[];
  therapist: string | null;
  place: string | null;
  time: string | null;
  reason: string | null;
  daysAway: number;
}

function MassageLine({ massage, label }: { massage: ComingUpMassage; label: string }) {
  const who = [massage.therapist ? `with ${massage.therapist}` : null, massage.place ? `at ${massage.place}` : null].filter(Boolean).join(" ");
  return (
    <div className="coming-up-item">
      <dt>{label}</dt>
      <dd>
        <strong className="countdown">{countdown(massage.daysAway)}</strong>{" "}
        <span>
          {longDate(massage.date)}
          {massage.time ? ` at ${massage.time}` : ""}
        </span>
        <br />
        {DEPTH_LABELS[massage.depth]}
        {massage.regions.length > 0 ? ` — ${massage.regions.map(regionLabel).join(", ")}` : ""}
        {who ? ` ${who}` : ""}
        {massage.reason ? <span className="muted small block">{massage.reason}</span> : null}
      </dd>
    </div>
  );
}

/** The next massage day and the next race, each with a countdown. */
export function ComingUp({
  race,
  massage,
  proposal,
  units,
}: {
  race: ComingUpRace | null;
  massage: ComingUpMassage | null;
  proposal: ComingUpMassage | null;
  units: Units;
}) {
  return (
    <section className="card coming-up" aria-labelledby="coming-up-title">
      <h2 id="coming-up-title">Coming up</h2>
      <dl>
        {race ? (
          <div className="coming-up-item">
            <dt>Next race</dt>
            <dd>
              <strong className="countdown">{countdown(race.daysAway)}</strong> {race.name}, {formatDistance(race.distanceM, units)}{" "}
              <span className="muted">(priority {race.priority})</span>
              <span className="block">{longDate(race.date)}</span>
            </dd>
          </div>
        ) : (
          <div className="coming-up-item">
            <dt>Next race</dt>
            <dd>
              None planned. <Link href="/calendar/races/new">Add your next race</Link> and massage days are planned around it.
            </dd>
          </div>
        )}
        {massage ? <MassageLine massage={massage} label="Next massage" /> : null}
        {proposal ? <MassageLine massage={proposal} label="Proposed massage day" /> : null}
        {!massage && !proposal ? (
          <div className="coming-up-item">
            <dt>Next massage</dt>
            <dd>
              Nothing booked or proposed.{" "}
              {race ? "Your race's massage days were dismissed or taken by sessions you booked." : "A race or routine sessions (settings) bring proposals."}
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
