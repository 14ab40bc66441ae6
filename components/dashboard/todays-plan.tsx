import type { ReactNode } from "react";
import Link from "next/link";
import { STATIC_STRETCHES, WARM_UP_DRILLS, type Suggestion } from "@/lib/rules";
import { ReturnToRunOffer } from "@/components/return-to-run/offer";
import { SuggestionCard, type GuideLink } from "./suggestion-card";

/** The guide pages for the named stretches or drills a suggestion mentions. */
export function guidesFor(suggestion: Suggestion): GuideLink[] {
  if (suggestion.kind !== "stretch") return [];
  const named = [...STATIC_STRETCHES, ...WARM_UP_DRILLS].filter((item) => suggestion.detail.includes(item.name));
  return named.map((item) => ({ href: `/stretches/${item.id}`, name: item.name }));
}

/** Red flags first, in a block that cannot be missed; then the rest, highest priority first. */
/**
 * Red flags first, then `afterRedFlags` (the readiness card), then the other suggestions: nothing on
 * the page comes before "see a physiotherapist or doctor".
 */
export function TodaysPlan({ suggestions, afterRedFlags }: { suggestions: readonly Suggestion[]; afterRedFlags?: ReactNode }) {
  const redFlags = suggestions.filter((s) => s.kind === "see-professional");
  const others = suggestions.filter((s) => s.kind !== "see-professional");
  return (
    <section className="todays-plan stack" aria-labelledby="plan-title">
      <h2 id="plan-title">What may help today</h2>
      {redFlags.length > 0 ? (
        <section className="red-flags" role="alert" aria-labelledby="red-flags-title">
          <h3 id="red-flags-title" className="red-flags-title">
            <svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 2 1.5 21h21L12 2Z" fill="currentColor" />
              <path d="M12 9v5.5" stroke="var(--danger-soft)" strokeWidth="2.4" strokeLinecap="round" />
              <circle cx="12" cy="17.6" r="1.4" fill="var(--danger-soft)" />
            </svg>
            See a physiotherapist or doctor first
          </h3>
          <p>
            These come before everything else on this page: no deep massage and no stretching on the{" "}
            {redFlags.length === 1 ? "region below" : "regions below"} until a professional has looked at it.
          </p>
          <ul className="suggestion-list" aria-label="Red flags">
            {redFlags.map((suggestion) => (
              <li key={suggestion.id}>
                <SuggestionCard suggestion={suggestion} />
              </li>
            ))}
          </ul>
          <ReturnToRunOffer regions={redFlags.flatMap((s) => s.regions)} />
        </section>
      ) : null}
      {afterRedFlags}
      {others.length > 0 ? (
        <ul className="suggestion-list" aria-label="Suggestions">
          {others.map((suggestion) => (
            <li key={suggestion.id}>
              <SuggestionCard suggestion={suggestion} guides={guidesFor(suggestion)} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing to add today: keep running easy and log how your legs feel.</p>
      )}
      <p className="muted small">
        A training aid, not medical advice. See all <Link href="/stretches">stretches and warm-up drills</Link>.
      </p>
    </section>
  );
}
