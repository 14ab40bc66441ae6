import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { EmptyState } from "@/components/layout/empty-state";

export const metadata: Metadata = { title: "Calendar" };

export default async function CalendarPage() {
  await requireUser();
  return (
    <div className="stack">
      <h1>Calendar</h1>
      <EmptyState title="Nothing planned yet">
        <p>
          Add your next race and the planner proposes massage days around it and around your long runs — light work
          close to race day, deep tissue only well before. Your runs, races and massage days appear here, and you can
          subscribe to them from Google, Apple or Thunderbird calendars.
        </p>
      </EmptyState>
    </div>
  );
}
