import Link from "next/link";
import type { StaticStretch, WarmUpDrill } from "@/lib/rules";
import { regionLabel } from "@/components/dashboard/labels";
import { StretchFigure } from "./figures";

export type GuideItem = StaticStretch | WarmUpDrill;

/** "Hold 30 s", "3 rounds, each side" — the dose in words. */
export function doseOf(item: GuideItem): string[] {
  const each = item.perSide ? (item.kind === "static" ? ", each side" : ", each leg") : "";
  if (item.kind === "static") return [`Hold ${item.holdSeconds} s`, `${item.rounds} rounds${each}`];
  if (item.distanceM !== undefined) return [`${item.rounds} × ${item.distanceM} m`];
  return [`${item.repetitions ?? 10} times${each}`, `${item.rounds} ${item.rounds === 1 ? "set" : "sets"}`];
}

export const whenOf = (item: GuideItem) => (item.kind === "static" ? "After running" : "Before running");

export function GuideTile({ item }: { item: GuideItem }) {
  return (
    <article className="card stretch-tile" aria-labelledby={`tile-${item.id}`}>
      <StretchFigure figure={item.figure} label={`Drawing of the ${item.name.toLowerCase()} position`} />
      <h3 id={`tile-${item.id}`}>
        <Link href={`/stretches/${item.id}`}>{item.name}</Link>
      </h3>
      <p className="muted small">
        {whenOf(item)} · {doseOf(item).join(", ")}
      </p>
      <p className="small">{item.regions.map(regionLabel).join(", ")}</p>
    </article>
  );
}

export function GuideDetail({ item }: { item: GuideItem }) {
  return (
    <div className="stretch-detail">
      <div className="card">
        <StretchFigure figure={item.figure} label={`Drawing of the ${item.name.toLowerCase()} position`} />
      </div>
      <div className="stack">
        <ul className="stretch-facts" aria-label="How much and when">
          <li>{whenOf(item)}</li>
          {doseOf(item).map((dose) => (
            <li key={dose}>{dose}</li>
          ))}
        </ul>
        <section aria-labelledby="steps-title">
          <h2 id="steps-title">How to do it</h2>
          <ol className="stretch-steps">
            {item.steps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
        </section>
        <section aria-labelledby="feel-title">
          <h2 id="feel-title">What you should feel</h2>
          <p>{item.feel}</p>
        </section>
        <section aria-labelledby="avoid-title">
          <h2 id="avoid-title">What to avoid</h2>
          <p>{item.avoid}</p>
        </section>
        <p>
          <span className="muted">For: </span>
          {item.regions.map((region) => (
            <span key={region} className="chip">
              {regionLabel(region)}
            </span>
          ))}
        </p>
      </div>
    </div>
  );
}
