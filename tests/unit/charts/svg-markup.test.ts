// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { attrs, chartFigureMarkup, escapeXml, legendMarkup, num, tableMarkup } from "@/components/charts/svg/markup";
import { weeklyDistanceFigure, weeklyDistanceSvg } from "@/components/charts/svg/weekly-distance";
import { loadFigure } from "@/components/charts/svg/load";
import { heatmapFigure } from "@/components/charts/svg/soreness-heatmap";
import { heatMapMarkup, type HeatMapClasses } from "@/components/body-map/heat-svg";
import { weeklyDistance } from "@/lib/charts/weekly-distance";
import { loadSeries } from "@/lib/charts/load";
import { sorenessHeatmap } from "@/lib/charts/soreness";
import { addDaysIso } from "@/lib/format/dates";

const today = "2026-05-31";
const runs = Array.from({ length: 50 }, (_, index) => ({ date: addDaysIso(today, -index * 2), distanceKm: 10, durationMin: 55, rpe: 4 }));
const HOSTILE = `Tom & Jerry's "<Race>" </td><script>alert(1)</script>`;

/** Parses markup the way a browser does (inside a <figure>), so structure and text can be checked. */
function parse(html: string): Element {
  const figure = document.createElement("figure");
  figure.innerHTML = html;
  return figure;
}

describe("markup helpers", () => {
  it("escapes the five characters that could break out of text or an attribute", () => {
    expect(escapeXml(`<b class="x">Tom & Jerry's</b>`)).toBe("&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;");
    expect(escapeXml("Calves 4/10 – ≥1.5")).toBe("Calves 4/10 – ≥1.5");
  });

  it("writes numbers with at most the given decimals and no trailing zeros", () => {
    expect(num(40)).toBe("40");
    expect(num(12.5)).toBe("12.5");
    expect(num(83.333333)).toBe("83.33");
    expect(num(27.2499, 1)).toBe("27.2");
    expect(num(-0.001)).toBe("0");
    expect(num(Number.NaN)).toBe("0");
  });

  it("escapes attribute values and leaves out absent ones", () => {
    expect(attrs({ class: 'a" onload="x', x: 1.5, hidden: false, title: undefined, "data-band": 0 })).toBe(' class="a&quot; onload=&quot;x" x="1.5" data-band="0"');
  });

  it("a name with <, & and quotes comes out as text in a table, a title and a legend: no element is injected", () => {
    const html = chartFigureMarkup({
      id: "t",
      title: HOSTILE,
      summary: HOSTILE,
      svg: "",
      legend: legendMarkup([{ swatch: "swatch-bar", label: HOSTILE }], HOSTILE),
      table: tableMarkup(HOSTILE, ["Race", "Distance"], [[HOSTILE, HOSTILE]]),
    });
    expect(html).not.toContain("<script>");
    expect(html).toContain("Tom &amp; Jerry&#39;s &quot;&lt;Race&gt;&quot; &lt;/td&gt;&lt;script&gt;");
    const figure = parse(html);
    expect(figure.querySelectorAll("script")).toHaveLength(0);
    expect(figure.querySelector("h3#t-title")!.textContent).toBe(HOSTILE);
    expect(figure.querySelector(".chart-summary")!.textContent).toBe(HOSTILE);
    expect(figure.querySelector("caption")!.textContent).toBe(HOSTILE);
    expect(figure.querySelector("ul.chart-legend")!.getAttribute("aria-label")).toBe(HOSTILE);
    expect(figure.querySelector("ul.chart-legend li")!.textContent).toBe(` ${HOSTILE}`);
    const row = figure.querySelector("tbody tr")!;
    expect([...row.children].map((cell) => [cell.tagName, cell.textContent])).toEqual([
      ["TH", HOSTILE],
      ["TD", HOSTILE],
    ]);
    expect(row.querySelector("th")!.getAttribute("scope")).toBe("row");
    expect([...figure.querySelectorAll("thead th")].map((th) => th.textContent)).toEqual(["Race", "Distance"]);
    expect(figure.querySelector(".visually-hidden > table")).not.toBeNull();
  });
});

describe("weekly distance markup", () => {
  const weeks = weeklyDistance(runs, today);

  it("is an <svg role=img> named by its summary, with one bar per week and the current week marked", () => {
    const svg = parse(weeklyDistanceSvg(weeks, "km", "Summary & more")).querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("class")).toBe("chart-svg");
    expect(svg.getAttribute("viewBox")).toBe("0 0 400 210");
    expect(svg.getAttribute("aria-label")).toBe("Bar chart of weekly distance in km. Summary & more");
    expect(svg.querySelectorAll("rect.bar")).toHaveLength(16);
    expect(svg.querySelectorAll("rect.bar-current")).toHaveLength(1);
    expect([...svg.querySelectorAll("text")].map((t) => t.textContent)).toContain("this wk");
  });

  it("has the title, the summary and a table of every week in the runner's units", () => {
    const figure = parse(weeklyDistanceFigure(weeks, "mi"));
    expect(figure.querySelector("h3")!.textContent).toBe("Weekly distance, last 16 weeks (mi)");
    expect(figure.querySelector(".chart-summary")!.textContent).toBe("This week so far: 24.9 mi; last week 18.6 mi; most in one week: 24.9 mi. Weeks run Monday to Sunday.");
    expect(figure.querySelector("caption")!.textContent).toBe("Weekly distance in miles");
    expect(figure.querySelectorAll("tbody tr")).toHaveLength(16);
    expect(figure.querySelector("svg")!.getAttribute("aria-label")).toBe(`Bar chart of weekly distance in mi. ${figure.querySelector(".chart-summary")!.textContent}`);
  });
});

describe("load markup", () => {
  it("draws the bars as one path, both lines, the ratio bands and a legend of five", () => {
    const figure = parse(loadFigure(loadSeries(runs, today)));
    const svg = figure.querySelector("svg[role=img]")!;
    expect(svg.getAttribute("aria-label")).toMatch(/^Load chart\. Today: acute load \d+, chronic load \d+\. Ratio \d\.\d\d/);
    expect(svg.querySelectorAll("path.bar")).toHaveLength(1);
    expect(svg.querySelectorAll("polyline.line-acute").length).toBeGreaterThan(0);
    expect(svg.querySelectorAll("polyline.line-chronic").length).toBeGreaterThan(0);
    expect(svg.querySelectorAll("rect.band-typical, rect.band-high")).toHaveLength(2);
    expect(figure.querySelectorAll("ul.chart-legend li")).toHaveLength(5);
    expect(figure.querySelector("caption")!.textContent).toBe("Load at the end of each week (RPE × minutes)");
  });

  it("shades and names the calibrating days of a new runner", () => {
    const figure = parse(loadFigure(loadSeries(runs.slice(0, 5), today)));
    expect(figure.querySelector("svg g.calibrating rect.calibrating-area")).not.toBeNull();
    expect(figure.querySelector("svg .calibrating-label")!.textContent).toBe("calibrating");
    expect(figure.querySelector(".chart-summary")!.textContent).toContain("Ratio: calibrating");
  });
});

describe("soreness heat map markup", () => {
  it("has a labelled row per region, a dot per sharp day and the levels as a table", () => {
    const map = sorenessHeatmap(
      [
        { date: "2026-05-30", region: "it-band", side: "left", level: 4 },
        { date: "2026-05-31", region: "hamstrings", side: "right", level: 6, sharp: true },
      ],
      today,
    );
    const figure = parse(heatmapFigure(map));
    const svg = figure.querySelector("svg[role=img]")!;
    expect(svg.getAttribute("aria-label")).toBe(
      "Heat map of soreness. Regions logged: Hamstrings (up to 6/10), IT band (up to 4/10). Each colour is a step of the 0–10 scale named in the key; a dot marks a sharp pain.",
    );
    expect(svg.querySelectorAll(":scope > g")).toHaveLength(2);
    expect(svg.querySelectorAll("circle.sharp-dot")).toHaveLength(1);
    expect(svg.querySelectorAll("path.heat-3")).toHaveLength(1);
    expect(figure.querySelector("h3")!.textContent).toBe("Soreness by region, last 6 weeks");
    expect([...figure.querySelectorAll("tbody th")].map((th) => th.textContent)).toEqual(["Hamstrings", "IT band"]);
    expect(figure.querySelector("tbody td")!.textContent).toBe("31 May: 6 (sharp)");
    expect(figure.querySelector("ul.chart-legend")!.getAttribute("aria-label")).toBe("Soreness scale, 0–10");
  });

  it("draws nothing but says so when nothing was logged", () => {
    const figure = parse(heatmapFigure(sorenessHeatmap([], today)));
    expect(figure.querySelector("svg")).toBeNull();
    expect(figure.querySelector(".chart-summary")!.textContent).toBe("No soreness logged in the last 6 weeks.");
  });
});

describe("body map heat markup", () => {
  const classes: HeatMapClasses = { view: "v", viewTitle: "vt", figure: "fig", silhouette: "sil", sideWords: "sw", spot: "spot", spotNumber: 'num"x' };

  it("draws front and back as images, colouring and numbering only the logged spots", () => {
    const root = parse(
      heatMapMarkup(
        [
          { region: "calves", side: "left", level: 4 },
          { region: "it-band", side: "right", level: 7, sharp: true },
          { region: "lower-back", side: "both", level: 2 },
        ],
        classes,
      ),
    );
    const svgs = [...root.querySelectorAll("div.v > svg.fig")];
    expect(svgs.map((svg) => [svg.getAttribute("role"), svg.getAttribute("aria-label"), svg.getAttribute("focusable")])).toEqual([
      ["img", "Front view; the list below says the same in words.", "false"],
      ["img", "Back view; the list below says the same in words.", "false"],
    ]);
    expect([...root.querySelectorAll("span.vt")].map((span) => [span.textContent, span.getAttribute("aria-hidden")])).toEqual([
      ["Front", "true"],
      ["Back", "true"],
    ]);
    expect(svgs[0]!.querySelectorAll(".spot")).toHaveLength(10);
    expect(svgs[1]!.querySelectorAll(".spot")).toHaveLength(12);
    // calves left (band 2), IT band right (band 4), both lower-back shapes (band 1).
    expect([...root.querySelectorAll(".spot[data-band]")].map((spot) => spot.getAttribute("data-band")).sort()).toEqual(["1", "1", "2", "4"]);
    expect([...root.querySelectorAll("text")].filter((t) => t.getAttribute("class") === 'num"x').map((t) => t.textContent).sort()).toEqual(["2", "2", "4", "7!"]);
    expect(root.querySelectorAll("g.sil[aria-hidden=true] > *")).toHaveLength(20);
    expect([...root.querySelectorAll("g.sw text")].map((t) => t.textContent)).toEqual(["Right", "Left", "Left", "Right"]);
  });
});
