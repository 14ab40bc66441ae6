import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { todayFor } from "@/lib/data/plan";
import { defaultRange, listSoreness, sorenessOn, sorenessTimeline } from "@/lib/data/soreness";
import { wellnessOn } from "@/lib/data/wellness";
import { addDaysIso } from "@/lib/format/dates";
import { isoDaySchema, LOG_DAYS_AHEAD, LOG_DAYS_BACK, loggableDayProblem } from "@/lib/validation/soreness";
import { LoggedEntries } from "@/components/body-map/logged-entries";
import { SorenessLogForm } from "@/components/body-map/soreness-log-form";
import { SorenessTimeline } from "@/components/body-map/soreness-timeline";
import { WellnessForm } from "@/components/body-map/wellness-form";
import { dayInWords } from "@/components/body-map/words";
import { LeftRightComparison } from "@/components/body-map/left-right-comparison";
import { compareSides } from "@/lib/rules/imbalance";
import { deleteSorenessAction, logSorenessAction, saveWellnessAction, updateSorenessAction } from "./actions";

export const metadata: Metadata = { title: "Soreness" };

export default async function SorenessPage({ searchParams }: { searchParams: Promise<{ date?: string | string[] }> }) {
  const runner = await requireUser();
  const today = todayFor(runner);
  const asked = (await searchParams).date;
  // Another day may be chosen (?date=YYYY-MM-DD); anything else shows today.
  const askedProblem =
    typeof asked !== "string" ? (asked === undefined ? null : "That link asks for more than one day.") : !isoDaySchema.safeParse(asked).success ? "That is not a date we could read." : loggableDayProblem(asked, today);
  const day = typeof asked === "string" && !askedProblem ? asked : today;
  const range = defaultRange(today);
  const [entries, timeline, wellness, lastFourWeeks] = await Promise.all([
    sorenessOn(runner.id, day),
    sorenessTimeline(runner.id, range.from, range.to),
    wellnessOn(runner.id, day),
    listSoreness(runner.id, addDaysIso(today, -27), today),
  ]);
  const dayLabel = dayInWords(day, today);

  return (
    <div className="stack">
      <h1>Soreness</h1>
      <p>
        Tap where your legs are sore, how much (0 none to 10 worst imaginable) and whether it is sharp or stabbing rather
        than a dull ache. Your plan compares it with the usual course of muscle soreness, which peaks one to three days
        after a hard run. Sharp pain, pain above 5, or soreness that lasts a week: see a physiotherapist or doctor.
      </p>

      <section className="card" aria-labelledby="log-heading">
        <h2 id="log-heading">How sore, where — {dayLabel}</h2>
        <div role="status" aria-live="polite">
          {askedProblem ? <p className="form-message error">{askedProblem} Here is today instead.</p> : null}
        </div>
        <form method="get" action="/soreness" className="actions" style={{ marginBottom: "0.75rem" }}>
          <label htmlFor="soreness-day" style={{ fontWeight: 400 }}>
            Another day
          </label>
          <input
            id="soreness-day"
            type="date"
            name="date"
            defaultValue={day}
            min={addDaysIso(today, -LOG_DAYS_BACK)}
            max={addDaysIso(today, LOG_DAYS_AHEAD)}
            style={{ width: "auto" }}
          />
          <button type="submit" className="secondary">
            Show day
          </button>
        </form>
        <SorenessLogForm action={logSorenessAction} date={day} dayLabel={dayLabel} initial={entries} />
      </section>

      <section className="card" aria-labelledby="logged-heading">
        <h2 id="logged-heading">Logged for {dayLabel}</h2>
        <LoggedEntries entries={entries} updateAction={updateSorenessAction} deleteAction={deleteSorenessAction} />
      </section>

      <section className="card" aria-labelledby="history-heading">
        <h2 id="history-heading">The last six weeks</h2>
        <p className="hint">One strip per region and side, one square per day; the number is the level, “!” marks sharp pain.</p>
        <SorenessTimeline timeline={timeline} from={range.from} to={range.to} />
      </section>

      <LeftRightComparison sides={compareSides(lastFourWeeks, today)} />

      <section className="card" aria-labelledby="wellness-heading">
        <h2 id="wellness-heading">How do you feel? (optional)</h2>
        <p className="hint">
          Four quick ratings for {dayLabel} (the Hooper index): 1 is the best answer, 7 the worst. A run of bad days may
          be a sign to take it easier.
        </p>
        <WellnessForm action={saveWellnessAction} date={day} initial={wellness} />
      </section>
    </div>
  );
}
