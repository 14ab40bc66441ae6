import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { fullDateLabel } from "@/lib/calendar/grid";
import { todayFor } from "@/lib/data/plan";
import { listRaces } from "@/lib/data/races";
import { formatDistance } from "@/lib/format/units";
import styles from "@/components/calendar/calendar.module.css";
import { EmptyState } from "@/components/layout/empty-state";

export const metadata: Metadata = { title: "Your races" };

export default async function RacesPage() {
  const runner = await requireUser();
  const today = todayFor(runner);
  const races = await listRaces(runner.id);
  const coming = races.filter((r) => r.date >= today);
  const past = races.filter((r) => r.date < today).reverse();
  const item = (race: (typeof races)[number]) => (
    <li key={race.id} className="card">
      <Link href={`/calendar/races/${race.id}`}>
        <strong>{race.name}</strong>
      </Link>{" "}
      — {fullDateLabel(race.date)}, {formatDistance(race.distanceM, runner.units)}, priority {race.priority}
    </li>
  );
  return (
    <div className="stack">
      <p>
        <Link href="/calendar">← Calendar</Link>
      </p>
      <h1>Your races</h1>
      <div className="actions">
        <Link className="button" href="/calendar/races/new">
          Add a race
        </Link>
      </div>
      {races.length === 0 ? (
        <EmptyState title="No races yet">
          <p>Add your next race: the planner then proposes a deep session 5–7 days before it, a light flush 2 days before, and light work after.</p>
        </EmptyState>
      ) : (
        <>
          <section aria-labelledby="coming-title" className="stack">
            <h2 id="coming-title">Coming up</h2>
            {coming.length === 0 ? <p className="muted">No race ahead.</p> : <ul className={styles.raceList}>{coming.map(item)}</ul>}
          </section>
          {past.length > 0 ? (
            <section aria-labelledby="past-title" className="stack">
              <h2 id="past-title">Past races</h2>
              <ul className={styles.raceList}>{past.map(item)}</ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
