/**
 * A tiny markup builder for the static, read-only drawings of the dashboard (charts, heat map).
 * Building them as strings and injecting each with one element costs the server a fraction of
 * rendering hundreds of React elements (each of which is also serialised into the page's RSC
 * payload). Every interpolated value goes through escapeXml or num: nothing is trusted.
 */

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text and attribute values, safe inside an element or a double-quoted attribute (HTML and SVG). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A coordinate or size: at most `digits` decimals, no trailing zeros ("40", "12.5", "0.33"). */
export function num(value: number, digits = 2): string {
  if (!Number.isFinite(value)) return "0";
  const fixed = value.toFixed(digits);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return trimmed === "-0" ? "0" : trimmed;
}

export type AttrValue = string | number | boolean | null | undefined;

/** ` name="value"` for each attribute; numbers via num(), strings escaped; false/null/undefined left out. */
export function attrs(values: Readonly<Record<string, AttrValue>>): string {
  let out = "";
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    const text = value === true ? "true" : typeof value === "number" ? num(value) : escapeXml(value);
    out += ` ${name}="${text}"`;
  }
  return out;
}

/** `<tag …>children</tag>`; children are markup (already built or escaped). */
export function el(tag: string, values: Readonly<Record<string, AttrValue>>, children = ""): string {
  return `<${tag}${attrs(values)}>${children}</${tag}>`;
}

/** An element with escaped text content. */
export const textEl = (tag: string, values: Readonly<Record<string, AttrValue>>, text: string) => el(tag, values, escapeXml(text));

/** A void SVG element (`<rect … />`). */
export function empty(tag: string, values: Readonly<Record<string, AttrValue>>): string {
  return `<${tag}${attrs(values)}/>`;
}

/** A table as markup: caption, header cells (scope="col"), rows whose first cell is a row header. */
export function tableMarkup(caption: string, head: readonly string[], rows: readonly (readonly string[])[]): string {
  const headRow = head.map((cell) => textEl("th", { scope: "col" }, cell)).join("");
  const body = rows
    .map(([first = "", ...rest]) => `<tr>${textEl("th", { scope: "row" }, first)}${rest.map((cell) => textEl("td", {}, cell)).join("")}</tr>`)
    .join("");
  return `<table>${textEl("caption", {}, caption)}<thead><tr>${headRow}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * The inside of a chart's <figure class="card chart">: title and summary, the drawing, an optional
 * legend, and the figures as a visually hidden table.
 */
export function chartFigureMarkup({ id, title, summary, svg, legend = "", table }: { id: string; title: string; summary: string; svg: string; legend?: string; table: string }): string {
  return (
    `<figcaption>${textEl("h3", { id: `${id}-title` }, title)}${textEl("p", { class: "chart-summary muted" }, summary)}</figcaption>` +
    svg +
    legend +
    `<div class="visually-hidden">${table}</div>`
  );
}

/** A chart legend: decorative swatches, each with its words. */
export function legendMarkup(items: readonly { swatch: string; label: string }[], label?: string): string {
  const lis = items.map((item) => `<li>${el("span", { class: `swatch ${item.swatch}`, "aria-hidden": "true" })} ${escapeXml(item.label)}</li>`).join("");
  return el("ul", { class: "chart-legend", "aria-label": label }, lis);
}
