import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { fullDateLabel } from "@/lib/calendar/grid";
import { getMassage } from "@/lib/data/massages";
import { MassageBookingForm } from "@/components/calendar/massage-booking-form";
import { DEPTH_WORDS, STATUS_WORDS } from "@/components/calendar/words";
import { bookMassageAction } from "../../actions";
import { MassageFollowUp } from "./follow-up";

export const metadata: Metadata = { title: "Massage day" };

export default async function MassagePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const runner = await requireUser();
  const { id } = await params;
  const { back: backParam } = await searchParams;
  const massage = await getMassage(runner, id);
  if (!massage || massage.status === "dismissed") notFound();
  const back = typeof backParam === "string" && backParam.startsWith("/calendar") ? backParam : `/calendar?view=week&date=${massage.date}`;
  const booking = massage.status === "booked" || massage.status === "done";
  return (
    <div className="stack">
      <p>
        <Link href={back}>← Calendar</Link>
      </p>
      <h1>
        {DEPTH_WORDS[massage.depth]}, {fullDateLabel(massage.date)}
      </h1>
      <p>
        Status: <strong>{STATUS_WORDS[massage.status]}</strong>
      </p>
      {massage.reason ? <p className="muted">Why the planner proposed it: {massage.reason}</p> : null}
      <section className="card" aria-labelledby="booking-title">
        <h2 id="booking-title">{booking ? "Booking details" : "Book it"}</h2>
        <MassageBookingForm
          action={bookMassageAction}
          chooseStatus={false}
          back={back}
          submitLabel={booking ? "Save booking" : "Book"}
          initial={{
            id: massage.id,
            date: massage.date,
            depth: massage.depth,
            regions: massage.regions,
            status: massage.status === "done" ? "done" : "booked",
            therapist: massage.therapist ?? "",
            time: massage.time ?? "",
            place: massage.place ?? "",
            notes: massage.notes ?? "",
          }}
        />
      </section>
      <MassageFollowUp runner={runner} massage={massage} />
    </div>
  );
}
