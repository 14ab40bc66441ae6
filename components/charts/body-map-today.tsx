import Link from "next/link";
import type { SorenessNow } from "@/lib/charts/soreness";
import { BodyMapHeat } from "@/components/body-map/body-map-heat";

/**
 * Today's soreness on the body map: the latest entry of the last 3 days per region and side (the
 * same "sore now" the rules use), drawn by the soreness feature's read-only BodyMapHeat.
 */
export function BodyMapToday({ entries }: { entries: readonly SorenessNow[] }) {
  return (
    <section className="card body-map-today" aria-labelledby="body-map-today-title">
      <h2 id="body-map-today-title">Your legs today</h2>
      <p className="muted small">The latest soreness of the last 3 days.</p>
      <BodyMapHeat entries={entries} title="Soreness now on the body map" compact />
      <p className="small">
        <Link href="/soreness">Log how your legs feel</Link>
      </p>
    </section>
  );
}
