import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { wellnessHistory } from "@/lib/charts/wellness";
import { todayFor } from "@/lib/data/plan";
import { historyWindow, listWellness, wellnessDayOf } from "@/lib/data/wellness";
import { ChartFigure } from "@/components/charts/chart-figure";
import { wellnessFigure } from "@/components/charts/svg/wellness";

export const metadata: Metadata = { title: "Check-in history" };

export default async function CheckInHistoryPage() {
  const runner = await requireUser();
  const today = todayFor(runner);
  const window = historyWindow(today);
  const entries = await listWellness(runner.id, window.from, window.to);
  const series = wellnessHistory(entries.map(wellnessDayOf), window.chartFrom, window.to);
  return (
    <div className="stack">
      <div>
        <h1>Your check-ins, last 12 weeks</h1>
        <p className="muted">
          Each measure against your own usual: the shaded band is your personal baseline on each day, from the weeks before it. <Link href="/check-in">Today&apos;s check-in</Link>
        </p>
      </div>
      <div className="chart-grid">
        {series.map((s) => (
          <ChartFigure key={s.id} id={`wellness-${s.id}`} html={wellnessFigure(s)} />
        ))}
      </div>
    </div>
  );
}
