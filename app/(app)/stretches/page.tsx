import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { REGIONS, STATIC_STRETCHES, STRETCHING_NOTE, WARM_UP_DRILLS, stretchesForRegion } from "@/lib/rules";
import { regionLabel } from "@/components/dashboard/labels";
import { GuideTile } from "@/components/stretches/guide";

export const metadata: Metadata = { title: "Stretches" };

export default async function StretchesPage() {
  await requireUser();
  return (
    <div className="stack">
      <h1>Stretches and warm-up drills</h1>
      <p>
        Dynamic drills before a run; gentle static holds of 30–60 seconds after it. Ease into each one until you feel a
        stretch, never pain. {STRETCHING_NOTE}
      </p>
      <p className="muted">
        Sharp pain, or soreness that lasts a week? Don&apos;t stretch it: see a physiotherapist or doctor.
      </p>

      <section className="stack" aria-labelledby="warm-up-title" id="warm-up">
        <h2 id="warm-up-title">Before running: warm-up drills</h2>
        <ul className="stretch-list">
          {WARM_UP_DRILLS.map((drill) => (
            <li key={drill.id}>
              <GuideTile item={drill} />
            </li>
          ))}
        </ul>
      </section>

      <section className="stack" aria-labelledby="after-title">
        <h2 id="after-title">After running: static stretches</h2>
        <ul className="stretch-list">
          {STATIC_STRETCHES.map((stretch) => (
            <li key={stretch.id}>
              <GuideTile item={stretch} />
            </li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="by-region-title">
        <h2 id="by-region-title">By region</h2>
        <dl className="by-region">
          {REGIONS.map((region) => (
            <div key={region}>
              <dt>{regionLabel(region)}</dt>
              <dd>
                {stretchesForRegion(region).map((stretch, index) => (
                  <span key={stretch.id}>
                    {index > 0 ? ", " : null}
                    <Link href={`/stretches/${stretch.id}`}>{stretch.name}</Link>
                  </span>
                ))}
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
