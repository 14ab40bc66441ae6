// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { suggestionMetaMarkup, suggestionRegionsMarkup, suggestionWhyMarkup } from "@/components/dashboard/suggestion-card";
import type { Suggestion } from "@/lib/rules";

const suggestion: Suggestion = {
  id: "red-flag/sharp-pain",
  kind: "see-professional",
  priority: "high",
  title: "Sharp pain in your right achilles: see a physiotherapist or doctor",
  detail: "Stop running on it.",
  regions: ["achilles", "it-band"],
  because: [`You logged "sharp" pain <after> the "Tom & Jerry" race`],
  evidence: ["Silbernagel et al. 2007, Am J Sports Med 35:897"],
  day: "2026-11-22",
  rules: [],
};

function parse(tag: string, html: string): Element {
  const element = document.createElement(tag);
  element.innerHTML = html;
  return element;
}

describe("suggestion card markup", () => {
  it("writes the icon hidden from assistive technology, then the kind and the priority", () => {
    const meta = parse("p", suggestionMetaMarkup(suggestion));
    const svg = meta.querySelector("svg.kind-icon")!;
    expect(svg.getAttribute("aria-hidden")).toBe("true");
    expect(svg.getAttribute("focusable")).toBe("false");
    expect([...meta.querySelectorAll("span")].map((span) => [span.className, span.textContent])).toEqual([
      ["suggestion-kind", "See a professional"],
      ["suggestion-priority", "High priority"],
    ]);
  });

  it("names each region as a chip", () => {
    const regions = parse("p", suggestionRegionsMarkup(suggestion));
    expect([...regions.querySelectorAll(".chip")].map((chip) => chip.textContent)).toEqual(["Achilles", "IT band"]);
    expect(regions.textContent).toBe("Regions: AchillesIT band");
  });

  it("keeps the reasons as text: <, & and quotes are escaped, not markup", () => {
    const html = suggestionWhyMarkup(suggestion);
    expect(html).toContain("&lt;after&gt; the &quot;Tom &amp; Jerry&quot; race");
    const details = parse("details", html) as HTMLDetailsElement;
    expect(details.querySelector("summary")!.textContent).toBe("Why, and the evidence");
    expect([...details.querySelectorAll("h4")].map((h) => h.textContent)).toEqual(["Why", "Evidence"]);
    expect([...details.querySelectorAll("li")].map((li) => li.textContent)).toEqual([suggestion.because[0], suggestion.evidence[0]]);
    expect(details.querySelector("after")).toBeNull();
  });
});
