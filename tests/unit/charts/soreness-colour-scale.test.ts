import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { HEAT_LEGEND, heatClass } from "@/components/charts/heat";
import { HEAT_BANDS, heatBand } from "@/components/body-map/words";

// One colour scale for soreness (body map, heat map, timelines, legends), in app/globals.css.
const ROOT = path.resolve(import.meta.dirname, "../../..");
const css = readFileSync(path.join(ROOT, "app/globals.css"), "utf8");

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

/** The variables of one theme: light is the first definition of each name in the file, dark the second. */
function theme(which: 0 | 1): Record<string, string> {
  const values: Record<string, string[]> = {};
  for (const match of css.matchAll(/(--[a-z0-9-]+):\s*(#[0-9a-f]{6})\b/gi)) (values[match[1]!] ??= []).push(match[2]!.toLowerCase());
  return Object.fromEntries(Object.entries(values).map(([name, list]) => [name, list[which] ?? list[0]!]));
}

describe("the soreness colour scale", () => {
  for (const [name, which] of [["light", 0], ["dark", 1]] as const) {
    const vars = theme(which);
    it(`${name}: text on every band reads at 4.5 : 1 or more, outlines at 3 : 1 on the page, and sorer is ${which ? "brighter" : "darker"}`, () => {
      const bands = [0, 1, 2, 3, 4, 5].map((band) => ({ band, fill: vars[`--heat-${band}`]!, ink: vars[`--heat-${band}-ink`]! }));
      for (const { band, fill, ink } of bands) {
        expect(fill, `--heat-${band}`).toMatch(/^#/);
        expect(contrast(fill, ink), `band ${band}: ${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
      }
      for (const page of [vars["--bg"]!, vars["--surface"]!, vars["--surface-2"]!]) {
        expect(contrast(vars["--heat-line"]!, page), `outline on ${page}`).toBeGreaterThanOrEqual(3);
      }
      const lum = bands.slice(1).map((b) => luminance(b.fill));
      for (let i = 1; i < lum.length; i++) expect(which ? lum[i]! > lum[i - 1]! : lum[i]! < lum[i - 1]!, `band ${i + 1} vs ${i}`).toBe(true);
    });
  }

  it("is defined once: no other stylesheet has its own soreness colours", () => {
    const sheets: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith(".css") && full !== path.join(ROOT, "app/globals.css")) sheets.push(full);
      }
    };
    walk(path.join(ROOT, "app"));
    walk(path.join(ROOT, "components"));
    for (const sheet of sheets) expect(readFileSync(sheet, "utf8"), sheet).not.toMatch(/--heat-[0-9a-z-]+\s*:/);
  });

  it("bands a level the same on the body map and the charts, with the same words in every legend", () => {
    for (let level = 0; level <= 10; level++) expect(heatClass(level)).toBe(`heat-${heatBand(level)}`);
    expect(heatClass(null)).toBe("heat-none");
    expect(HEAT_LEGEND.map((step) => step.label)).toEqual(HEAT_BANDS.map((b) => `${b.levels} ${b.words}`));
    expect(heatBand(3)).toBe(2);
    expect(heatBand(4)).toBe(2);
  });
});
