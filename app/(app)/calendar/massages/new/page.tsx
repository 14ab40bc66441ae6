import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { isIsoDate } from "@/lib/rules";
import { todayFor } from "@/lib/data/plan";
import { MassageBookingForm } from "@/components/calendar/massage-booking-form";
import { createMassageAction } from "../../actions";

export const metadata: Metadata = { title: "Book a massage" };

export default async function NewMassagePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const runner = await requireUser();
  const { date } = await searchParams;
  const day = typeof date === "string" && isIsoDate(date) ? date : todayFor(runner);
  return (
    <div className="stack">
      <p>
        <Link href={`/calendar?view=week&date=${day}`}>← Calendar</Link>
      </p>
      <h1>Book a massage</h1>
      <section className="card">
        <MassageBookingForm
          action={createMassageAction}
          chooseStatus
          submitLabel="Save massage"
          initial={{ date: day, depth: "light", regions: [], status: "booked", therapist: "", time: "", place: "", notes: "" }}
        />
      </section>
    </div>
  );
}
