import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { RaceForm } from "@/components/calendar/race-form";
import { createRaceAction } from "../../actions";

export const metadata: Metadata = { title: "Add a race" };

export default async function NewRacePage() {
  const runner = await requireUser();
  return (
    <div className="stack">
      <p>
        <Link href="/calendar">← Calendar</Link>
      </p>
      <h1>Add a race</h1>
      <section className="card">
        <RaceForm action={createRaceAction} units={runner.units} submitLabel="Add race" initial={{ name: "", date: todayFor(runner), distance: "", priority: "A" }} />
      </section>
    </div>
  );
}
