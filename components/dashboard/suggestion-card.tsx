import Link from "next/link";
import type { Suggestion } from "@/lib/rules";
import { el, escapeXml, textEl } from "@/components/charts/svg/markup";
import { kindIconMarkup } from "./kind-icon";
import { KIND_LABELS, regionLabel } from "./labels";

export interface GuideLink {
  href: string;
  name: string;
}

const PRIORITY_LABELS = { high: "High priority", medium: "Medium priority", low: "Low priority" } as const;

// The static parts of a card are built as markup and injected with one element each (the same
// DOM as before, a fraction of the elements for the server to render and serialise); only the
// guide links stay React, for client-side navigation.

/** Icon, kind and priority. */
export function suggestionMetaMarkup(suggestion: Suggestion): string {
  return (
    kindIconMarkup(suggestion.kind) +
    textEl("span", { class: "suggestion-kind" }, KIND_LABELS[suggestion.kind]) +
    textEl("span", { class: "suggestion-priority" }, PRIORITY_LABELS[suggestion.priority])
  );
}

/** "Regions: " and a chip per region. */
export function suggestionRegionsMarkup(suggestion: Suggestion): string {
  return textEl("span", { class: "muted" }, "Regions: ") + suggestion.regions.map((region) => textEl("span", { class: "chip" }, regionLabel(region))).join("");
}

/** The inside of the "Why, and the evidence" disclosure. */
export function suggestionWhyMarkup(suggestion: Suggestion): string {
  const list = (items: readonly string[]) => el("ul", {}, items.map((item) => `<li>${escapeXml(item)}</li>`).join(""));
  return `<summary>Why, and the evidence</summary><h4>Why</h4>${list(suggestion.because)}<h4>Evidence</h4>${list(suggestion.evidence)}`;
}

/** One suggestion of today's plan: what to do up front, the reasons and sources one tap away. */
export function SuggestionCard({ suggestion, guides = [] }: { suggestion: Suggestion; guides?: readonly GuideLink[] }) {
  const titleId = `suggestion-${suggestion.id.replace(/[^a-z0-9-]/gi, "-")}`;
  const redFlag = suggestion.kind === "see-professional";
  return (
    <article
      className={`suggestion-card kind-${suggestion.kind} priority-${suggestion.priority}${redFlag ? " red-flag" : ""}`}
      aria-labelledby={titleId}
      data-suggestion={suggestion.id}
    >
      <p className="suggestion-meta" dangerouslySetInnerHTML={{ __html: suggestionMetaMarkup(suggestion) }} />
      <h3 id={titleId}>{suggestion.title}</h3>
      <p className="suggestion-detail">{suggestion.detail}</p>
      {suggestion.regions.length > 0 ? <p className="suggestion-regions" dangerouslySetInnerHTML={{ __html: suggestionRegionsMarkup(suggestion) }} /> : null}
      {guides.length > 0 ? (
        <p className="suggestion-guides">
          <span className="muted">How to: </span>
          {guides.map((guide, index) => (
            <span key={guide.href}>
              {index > 0 ? ", " : null}
              <Link href={guide.href}>{guide.name}</Link>
            </span>
          ))}
        </p>
      ) : null}
      {suggestion.id === "red-flag/one-sided" ? (
        <p className="small">
          <Link href="/soreness#left-right">Compare your left and right side over 4 weeks</Link>
        </p>
      ) : null}
      <details className="suggestion-why" dangerouslySetInnerHTML={{ __html: suggestionWhyMarkup(suggestion) }} />
    </article>
  );
}
