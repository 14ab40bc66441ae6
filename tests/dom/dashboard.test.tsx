import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TodaysPlan } from "@/components/dashboard/todays-plan";
import { ComingUp } from "@/components/dashboard/coming-up";
import { HydrationCard } from "@/components/dashboard/hydration-card";
import { WeeklyDistanceChart } from "@/components/charts/weekly-distance-chart";
import { LoadChart } from "@/components/charts/load-chart";
import { SorenessHeatmap } from "@/components/charts/soreness-heatmap";
import { BodyMapToday } from "@/components/charts/body-map-today";
import { weeklyDistance } from "@/lib/charts/weekly-distance";
import { loadSeries } from "@/lib/charts/load";
import { sorenessHeatmap } from "@/lib/charts/soreness";
import type { Suggestion } from "@/lib/rules";
import { addDaysIso } from "@/lib/format/dates";

const stretch: Suggestion = {
  id: "stretch/calves",
  kind: "stretch",
  priority: "medium",
  title: "Stretch your calves after your next run",
  detail: "After running (not before): Wall calf stretch (straight knee): hold 30 s, 3 rounds each side; Bent-knee calf stretch: hold 30 s, 2 rounds each side.",
  regions: ["calves", "achilles"],
  because: ["Your left calf is 4/10 today."],
  evidence: ["Blazevich et al. 2018, Med Sci Sports Exerc 50:1258"],
  day: "2026-11-22",
  rules: [],
};
const massage: Suggestion = {
  id: "massage/sore-regions",
  kind: "massage",
  priority: "medium",
  title: "A light massage may ease your sore quadriceps",
  detail: "Light or self massage today, 10–15 minutes.",
  regions: ["quadriceps"],
  because: ["Your quadriceps were 4/10 yesterday."],
  evidence: ["Dupuy et al. 2018, Front Physiol 9:403"],
  day: "2026-11-22",
  rules: [],
};
const redFlag: Suggestion = {
  id: "red-flag/sharp-pain",
  kind: "see-professional",
  priority: "high",
  title: "Sharp pain in your right achilles: see a physiotherapist or doctor",
  detail: "Stop running on it and have it checked before you train hard again.",
  regions: ["achilles"],
  because: ["You logged a sharp pain in your right Achilles on 30 May."],
  evidence: ["Silbernagel et al. 2007, Am J Sports Med 35:897"],
  day: "2026-11-22",
  rules: [],
};

describe("today's plan", () => {
  it("shows each card's title, what to do and regions, with why and evidence inside a disclosure", () => {
    render(<TodaysPlan suggestions={[stretch, massage]} />);
    const card = screen.getByRole("article", { name: stretch.title });
    expect(within(card).getByText(stretch.detail)).toBeTruthy();
    expect(within(card).getByText("Calves")).toBeTruthy();
    expect(within(card).getByText("Achilles")).toBeTruthy();
    const details = card.querySelector("details")!;
    expect(details).not.toBeNull();
    expect(details.open).toBe(false);
    expect(within(details).getByText("Why, and the evidence").tagName).toBe("SUMMARY");
    expect(within(details).getByText("Your left calf is 4/10 today.")).toBeTruthy();
    expect(within(details).getByText("Blazevich et al. 2018, Med Sci Sports Exerc 50:1258")).toBeTruthy();
  });

  it("links a stretch suggestion to the guide of each stretch it names", () => {
    render(<TodaysPlan suggestions={[stretch]} />);
    const card = screen.getByRole("article", { name: stretch.title });
    expect(within(card).getByRole("link", { name: "Wall calf stretch (straight knee)" }).getAttribute("href")).toBe("/stretches/wall-calf-stretch");
    expect(within(card).getByRole("link", { name: "Bent-knee calf stretch" }).getAttribute("href")).toBe("/stretches/bent-knee-calf-stretch");
  });

  it("puts red flags first, in an alert labelled 'see a physiotherapist or doctor'", () => {
    render(<TodaysPlan suggestions={[stretch, redFlag, massage]} />);
    const alert = screen.getByRole("alert", { name: "See a physiotherapist or doctor first" });
    expect(within(alert).getByRole("article", { name: redFlag.title })).toBeTruthy();
    const titles = screen.getAllByRole("article").map((article) => within(article).getByRole("heading", { level: 3 }).textContent);
    expect(titles).toEqual([redFlag.title, stretch.title, massage.title]);
    expect(within(alert).queryByRole("article", { name: stretch.title })).toBeNull();
  });

  it("has no alert when nothing is a red flag, and says so when there is nothing to do", () => {
    const { unmount } = render(<TodaysPlan suggestions={[massage]} />);
    expect(screen.queryByRole("alert")).toBeNull();
    unmount();
    render(<TodaysPlan suggestions={[]} />);
    expect(screen.getByText(/Nothing to add today/)).toBeTruthy();
  });
});

describe("coming up and hydration", () => {
  it("counts down to the next race and massage in the runner's units", () => {
    render(
      <ComingUp
        units="mi"
        race={{ name: "City Marathon", date: "2026-06-12", distanceM: 42195, priority: "A", daysAway: 12 }}
        massage={{ date: "2026-06-05", depth: "deep", status: "booked", regions: ["calves"], therapist: "Sam", place: null, time: "17:30", reason: null, daysAway: 5 }}
        proposal={null}
      />,
    );
    expect(screen.getByText("in 12 days")).toBeTruthy();
    expect(screen.getByText(/City Marathon, 26\.2 mi/)).toBeTruthy();
    expect(screen.getByText("in 5 days")).toBeTruthy();
    expect(screen.getByText(/Deep-tissue massage — Calves with Sam/)).toBeTruthy();
    expect(screen.getByText(/Friday 5 June 2026 at 17:30/)).toBeTruthy();
  });

  it("offers to add a race when there is none", () => {
    render(<ComingUp units="km" race={null} massage={null} proposal={null} />);
    // Straight to the form, not to the calendar where the runner would look for the button.
    expect(screen.getByRole("link", { name: "Add your next race" }).getAttribute("href")).toBe("/calendar/races/new");
  });

  it("shows the hydration amounts and notes", () => {
    render(<HydrationCard hydration={{ preRunMl: { min: 310, max: 434 }, duringMlPerHour: { min: 400, max: 650 }, postRunMl: 1200, notes: ["Before a run: 310–434 mL about 4 hours before."] }} />);
    // The same numbers as the plan's notes under them: 434 stays 434 (it was shown as 430 beside a note saying 434).
    expect(screen.getByText("310–434 mL")).toBeTruthy();
    expect(screen.getByText("400–650 mL per hour")).toBeTruthy();
    expect(screen.getByText("about 1200 mL")).toBeTruthy();
    expect(screen.getByText("Before a run: 310–434 mL about 4 hours before.")).toBeTruthy();
  });
});

describe("charts", () => {
  const today = "2026-05-31";
  const runs = Array.from({ length: 50 }, (_, index) => ({ date: addDaysIso(today, -index * 2), distanceKm: 10, durationMin: 55, rpe: 4 }));

  it("weekly distance: a titled figure, an image label and a table of the figures in the runner's units", () => {
    render(<WeeklyDistanceChart weeks={weeklyDistance(runs, today)} units="mi" />);
    const figure = screen.getByRole("figure", { name: "Weekly distance, last 16 weeks (mi)" });
    expect(within(figure).getByRole("img").getAttribute("aria-label")).toMatch(/Bar chart of weekly distance in mi/);
    const table = within(figure).getByRole("table", { name: "Weekly distance in miles" });
    expect(within(table).getAllByRole("row")).toHaveLength(17);
    expect(within(table).getAllByText("18.6").length).toBeGreaterThan(0); // 3 × 10 km = 18.6 mi
  });

  it("load: acute and chronic in words, and 'calibrating' for a new runner", () => {
    const young = loadSeries(runs.slice(0, 5), today);
    render(<LoadChart days={young} />);
    const figure = screen.getByRole("figure", { name: /Daily load/ });
    expect(within(figure).getByText(/Ratio: calibrating/)).toBeTruthy();
    expect(within(figure).getAllByText("calibrating").length).toBeGreaterThan(0);
    expect(within(figure).getByRole("table")).toBeTruthy();
  });

  it("load: a settled ratio is put against the typical range, as context and not a prediction", () => {
    render(<LoadChart days={loadSeries(runs, today)} />);
    const summary = screen.getByText(/Today: acute load/);
    expect(summary.textContent).toMatch(/Ratio \d\.\d\d, (in|above|below) the typical range|Ratio \d\.\d\d, high/);
    expect(summary.textContent).toContain("does not predict injury");
  });

  it("soreness heat map and body map have text alternatives", () => {
    const entries = [
      { date: "2026-05-30", region: "calves" as const, side: "left" as const, level: 4 },
      { date: "2026-05-31", region: "hamstrings" as const, side: "right" as const, level: 6, sharp: true },
    ];
    render(
      <>
        <SorenessHeatmap heatmap={sorenessHeatmap(entries, today)} />
        <BodyMapToday entries={[{ region: "calves", side: "left", level: 4, sharp: false, date: "2026-05-30" }]} />
      </>,
    );
    const heat = screen.getByRole("figure", { name: "Soreness by region, last 6 weeks" });
    expect(within(heat).getByRole("img").getAttribute("aria-label")).toMatch(/Calves \(up to 4\/10\), Hamstrings \(up to 6\/10\)/);
    expect(within(heat).getByRole("rowheader", { name: "Hamstrings" })).toBeTruthy();
    expect(within(heat).getByText("31 May: 6 (sharp)")).toBeTruthy();
    const body = screen.getByRole("region", { name: "Your legs today" });
    expect(within(body).getByRole("figure", { name: "Soreness now on the body map" })).toBeTruthy();
    expect(within(body).getByText(/Left calf: sore 4 of 10/)).toBeTruthy();
  });
});
