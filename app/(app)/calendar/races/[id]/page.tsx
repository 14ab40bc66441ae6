import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { getRace } from "@/lib/data/races";
import { distanceInUnits } from "@/lib/format/units";
import { RaceForm } from "@/components/calendar/race-form";
import { deleteRaceAction, updateRaceAction } from "../../actions";

export const metadata: Metadata = { title: "Edit race" };

export default async function EditRacePage({ params }: { params: Promise<{ id: string }> }) {
  const runner = await requireUser();
  const { id } = await params;
  const race = await getRace(runner.id, id);
  if (!race) notFound();
  return (
    <div className="stack">
      <p>
        <Link href={`/calendar?date=${race.date}`}>← Calendar</Link>
      </p>
      <h1>Edit {race.name}</h1>
      <section className="card">
        <RaceForm
          action={updateRaceAction}
          units={runner.units}
          submitLabel="Save race"
          initial={{ id: race.id, name: race.name, date: race.date, distance: distanceInUnits(race.distanceM, runner.units, 3).replace(/\.?0+$/, ""), priority: race.priority }}
        />
      </section>
      <section className="card" aria-labelledby="delete-race-title">
        <h2 id="delete-race-title">Delete this race</h2>
        <p>The planner stops planning around it. Massage days you accepted or booked stay in your calendar.</p>
        <form action={deleteRaceAction}>
          <input type="hidden" name="id" value={race.id} />
          <button type="submit" className="danger">
            Delete race
          </button>
        </form>
      </section>
    </div>
  );
}
