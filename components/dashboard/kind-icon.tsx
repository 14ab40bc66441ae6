import type { SuggestionKind } from "@/lib/rules";

// A small glyph per suggestion kind; decorative — the kind is always also written out. Static
// markup (see suggestion-card.tsx): the cards render it inside one element.
const ICON_PATHS: Readonly<Record<SuggestionKind, string>> = {
  "see-professional":
    '<path d="M12 2 1.5 21h21L12 2Z" fill="currentColor"/><path d="M12 9v5.5" stroke="var(--surface)" stroke-width="2.4" stroke-linecap="round"/><circle cx="12" cy="17.6" r="1.4" fill="var(--surface)"/>',
  load: '<path d="M3 20h18M6 16v-4M11 16V7M16 16v-6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" fill="none"/>',
  rest: '<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5Z" fill="currentColor"/>',
  massage:
    '<path d="M4 13c2-5 6-7 9-7s5 2 7 4M5 17h14" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" fill="none"/><circle cx="12" cy="13" r="2.2" fill="currentColor"/>',
  stretch:
    '<circle cx="15" cy="4.5" r="2" fill="currentColor"/><path d="M14 8 10 13l5 2 3 6M10 13l-6 7M14 8l5 2" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round" fill="none"/>',
  hydration: '<path d="M12 2.5S5 10.5 5 15a7 7 0 0 0 14 0c0-4.5-7-12.5-7-12.5Z" fill="currentColor"/>',
};

/** The icon of a suggestion kind as markup: an <svg> hidden from assistive technology. */
export function kindIconMarkup(kind: SuggestionKind): string {
  return `<svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false" class="kind-icon">${ICON_PATHS[kind]}</svg>`;
}
