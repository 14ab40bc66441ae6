import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth";
import { loadDashboard } from "@/lib/data/dashboard";
import { todayFor } from "@/lib/data/plan";
import { EmptyState } from "@/components/layout/empty-state";
import { ComingUp } from "@/components/dashboard/coming-up";
import { HydrationCard } from "@/components/dashboard/hydration-card";
import { longDate } from "@/components/dashboard/labels";
import { QuickActions } from "@/components/dashboard/quick-actions";
import { TodaysPlan } from "@/components/dashboard/todays-plan";
import { ReadinessCard } from "@/components/wellness/readiness-card";
import { BodyMapToday } from "@/components/charts/body-map-today";
import { LoadChart } from "@/components/charts/load-chart";
import { SorenessHeatmap } from "@/components/charts/soreness-heatmap";
import { WeeklyDistanceChart } from "@/components/charts/weekly-distance-chart";
import { loadMassageFollowUp } from "@/lib/data/massage-follow-up";
import { withPersonalEvidence } from "@/lib/rules/personal-evidence";
import { LeftRightComparison } from "@/components/body-map/left-right-comparison";
import { MassageFeedbackCard } from "@/components/share/feedback-card";
import { saveFeedbackAction } from "./calendar/massages/[id]/actions";

export const metadata: Metadata = { title: "Today" };

export default async function TodayPage() {
  const runner = await requireUser();
  if (!runner.onboarded) redirect("/welcome");
  const today = todayFor(runner);
  const dashboard = await loadDashboard(runner, today);
  const { plan } = dashboard;
  // Issue 16: the morning-after question, the runner's own record, left against right.
  const followUp = await loadMassageFollowUp(runner.id, today, dashboard.planInput.soreness);

  return (
    <div className="dashboard stack">
      <div className="dashboard-head">
        <div>
          <h1>Today&apos;s plan</h1>
          <p className="muted">{longDate(today)}</p>
        </div>
        <QuickActions />
      </div>

      {!dashboard.hasRuns ? (
        <EmptyState
          title="Your plan starts with your first run"
          action={
            <>
              <Link className="button" href="/runs/new">
                Log your first run
              </Link>
              <Link className="button secondary" href="/soreness">
                Log soreness
              </Link>
            </>
          }
        >
          <p>
            Log a run (by hand, or import the file from your watch) and tap any sore spots. Each morning this page then
            shows what may help your legs today: massage, stretches, hydration and load warnings — each with the reason
            and the evidence behind it.
          </p>
          <ol className="steps">
            <li>Log today&apos;s or yesterday&apos;s run, with how hard it felt (0–10).</li>
            <li>Tap where it is sore on the body map.</li>
            <li>Add your next race, so massage days can be planned around it.</li>
          </ol>
        </EmptyState>
      ) : null}

      <div className="dashboard-grid">
        <div className="dashboard-main">
          {plan ? (
            <TodaysPlan
              suggestions={withPersonalEvidence(plan.suggestions, followUp.personalEvidence)}
              afterRedFlags={<ReadinessCard readiness={plan.readiness} />}
            />
          ) : (
            <p className="form-message error" role="alert">
              Part of your history could not be read, so there is no plan today. Check your latest runs and soreness entries.
            </p>
          )}
        </div>
        <div className="dashboard-side stack">
          <ComingUp race={dashboard.nextRace} massage={dashboard.nextMassage} proposal={dashboard.nextProposedMassage} units={dashboard.units} />
          {plan ? <HydrationCard hydration={plan.hydration} /> : null}
          <BodyMapToday entries={dashboard.sorenessNow} />
          {followUp.feedbackPrompt ? (
            <MassageFeedbackCard prompt={followUp.feedbackPrompt} action={saveFeedbackAction.bind(null, followUp.feedbackPrompt.massageId)} />
          ) : null}
          {followUp.sides.length > 0 ? <LeftRightComparison sides={followUp.sides} id="left-right-today" /> : null}
        </div>
      </div>

      <section className="stack" aria-labelledby="charts-title">
        <h2 id="charts-title">Your last weeks</h2>
        <div className="chart-grid">
          <WeeklyDistanceChart weeks={dashboard.weeklyDistance} units={dashboard.units} />
          <LoadChart days={dashboard.load} />
          <SorenessHeatmap heatmap={dashboard.soreness} />
        </div>
      </section>
    </div>
  );
}
