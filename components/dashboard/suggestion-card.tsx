import Link from "next/link";
import type { Suggestion } from "@/lib/rules";
import { KindIcon } from "./kind-icon";
import { KIND_LABELS, regionLabel } from "./labels";

export interface GuideLink {
  href: string;
  name: string;
}

const PRIORITY_LABELS = { high: "High priority", medium: "Medium priority", low: "Low priority" } as const;

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
      <p className="suggestion-meta">
        <KindIcon kind={suggestion.kind} />
        <span className="suggestion-kind">{KIND_LABELS[suggestion.kind]}</span>
        <span className="suggestion-priority">{PRIORITY_LABELS[suggestion.priority]}</span>
      </p>
      <h3 id={titleId}>{suggestion.title}</h3>
      <p className="suggestion-detail">{suggestion.detail}</p>
      {suggestion.regions.length > 0 ? (
        <p className="suggestion-regions">
          <span className="muted">Regions: </span>
          {suggestion.regions.map((region) => (
            <span key={region} className="chip">
              {regionLabel(region)}
            </span>
          ))}
        </p>
      ) : null}
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
      <details className="suggestion-why">
        <summary>Why, and the evidence</summary>
        <h4>Why</h4>
        <ul>
          {suggestion.because.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
        <h4>Evidence</h4>
        <ul>
          {suggestion.evidence.map((source) => (
            <li key={source}>{source}</li>
          ))}
        </ul>
      </details>
    </article>
  );
}
