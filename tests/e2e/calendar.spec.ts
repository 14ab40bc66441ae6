import { expect, test, type Page } from "@playwright/test";
import { newOnboardedRunner } from "./support/runner";

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const signUp = (page: Page) => newOnboardedRunner(page, "calendar");

/** The runner's local today, as the calendar's own "Today" link says it. */
async function runnersToday(page: Page): Promise<string> {
  await page.goto("/calendar");
  const href = await page.getByRole("navigation", { name: "Calendar" }).getByRole("link", { name: "Today" }).getAttribute("href");
  const today = /date=(\d{4}-\d{2}-\d{2})/.exec(href ?? "")?.[1];
  expect(today).toBeTruthy();
  return today!;
}

async function addRace(page: Page, race: { name: string; date: string; distance: string; priority: string }) {
  await page.goto("/calendar");
  await page.getByRole("link", { name: "Add a race" }).click();
  await page.getByLabel("Race name").fill(race.name);
  await page.getByLabel("Date").fill(race.date);
  await page.getByLabel("Distance in km").fill(race.distance);
  await page.getByLabel("Priority").selectOption(race.priority);
  await page.getByRole("button", { name: "Add race" }).click();
  await expect(page).toHaveURL(new RegExp(`/calendar\\?date=${race.date}&done=race-saved$`));
  await expect(page.getByRole("status").first()).toHaveText("Race saved: it is on the calendar below.");
  await expect(page.getByRole("link", { name: new RegExp(`Race: ${race.name}`) }).first()).toBeVisible();
}

const card = (page: Page, name: RegExp) => page.getByRole("listitem", { name });

test("races and a long run give proposals; accept, move into the pre-race window, dismiss; subscribe and regenerate the feed", async ({ page }) => {
  await signUp(page);
  const today = await runnersToday(page);
  const raceDay = addDays(today, 35);
  const tuneUp = addDays(today, 10);

  await addRace(page, { name: "Harbour Marathon", date: raceDay, distance: "42.2", priority: "A" });
  await addRace(page, { name: "Tune-up 10K", date: tuneUp, distance: "10", priority: "C" });
  // A bad entry is explained and nothing is stored.
  await page.goto("/calendar/races/new");
  await page.getByLabel("Race name").fill("Nowhere");
  await page.getByLabel("Distance in km").fill("far");
  await page.getByRole("button", { name: "Add race" }).click();
  await expect(page.getByText(/Enter the distance in km/)).toBeVisible();

  // Yesterday's long run, logged through the API with the session (same origin).
  const origin = new URL(page.url()).origin;
  const created = await page.request.post("/api/v1/runs", {
    headers: { origin },
    data: { startedAt: `${addDays(today, -1)}T07:00:00.000Z`, distanceM: 30000, durationSec: 3 * 3600, rpe: 6, kind: "long" },
  });
  expect(created.status()).toBe(201);

  // This week: the run (in km) and the self-massage proposed for today after it.
  await page.goto(`/calendar?view=week&date=${today}`);
  await expect(page.getByRole("link", { name: "Long run 30.0 km" })).toBeVisible();
  const selfMassage = card(page, /^Proposed Self-massage/);
  await expect(selfMassage).toContainText("the day after your 30.0 km run");
  await selfMassage.getByRole("button", { name: "Accept" }).click();
  const accepted = card(page, /^Accepted Self-massage/);
  await expect(accepted).toBeVisible();
  await expect(accepted.getByRole("status")).toHaveText("Accepted.");

  // The deep session proposed 7 days before the tune-up, moved to 3 days before the marathon.
  const deepDay = addDays(tuneUp, -7);
  await page.goto(`/calendar?view=week&date=${deepDay}`);
  const deep = card(page, /^Proposed Deep tissue massage/);
  await expect(deep).toContainText("Tune-up 10K");
  const moveTo = addDays(raceDay, -3);
  await deep.getByLabel("Move to").fill(moveTo);
  await deep.getByRole("button", { name: "Move" }).click();
  await expect(card(page, /Deep tissue massage/)).toHaveCount(0);

  await page.goto(`/calendar?view=week&date=${moveTo}`);
  const moved = card(page, /^Accepted Deep tissue massage/);
  await expect(moved).toContainText("Conflict: Deep tissue 3 days before Harbour Marathon");
  // …and on the day itself in the grid, with the reason.
  await expect(page.getByRole("list", { name: /^Week of/ })).toContainText("Conflict: Deep tissue 3 days before Harbour Marathon");

  // Dismiss the light flush 2 days before the tune-up; it does not come back.
  const flushDay = addDays(tuneUp, -2);
  await page.goto(`/calendar?view=week&date=${flushDay}`);
  const flush = card(page, /^Proposed Light massage/).filter({ hasText: "2 days before Tune-up 10K" });
  await expect(flush).toHaveCount(1);
  await flush.getByRole("button", { name: "Dismiss" }).click();
  // Its card leaves with it, so the page says what happened.
  await expect(page.getByRole("status").first()).toHaveText("Massage day dismissed. The planner will not propose it again.");
  await expect(card(page, /Light massage/).filter({ hasText: "2 days before Tune-up 10K" })).toHaveCount(0);
  await page.reload();
  await expect(card(page, /Light massage/).filter({ hasText: "2 days before Tune-up 10K" })).toHaveCount(0);

  // The month view shows the race and marks today.
  await page.goto(`/calendar?view=month&date=${raceDay}`);
  await expect(page.getByRole("table")).toContainText("Race: Harbour Marathon");

  // A link the calendar cannot read falls back with a message.
  await page.goto("/calendar?view=year&date=someday");
  await expect(page.getByRole("status").first()).toContainText("That calendar link was not one we could read");

  // Subscribe: the feed has the races and the accepted days with their alarms.
  await page.goto("/settings/calendar");
  const url = await page.getByLabel("Your private calendar URL").inputValue();
  expect(url).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await page.request.get(url);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const ics = await feed.text();
  expect(ics).toContain("SUMMARY:Race: Harbour Marathon (42.2 km)");
  expect(ics).toContain("SUMMARY:Race: Tune-up 10K (10.0 km)");
  expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(2); // the accepted self-massage and the moved deep session
  expect(ics).toContain(`DTSTART;VALUE=DATE:${moveTo.replaceAll("-", "")}`);

  // Regenerate: the old URL answers 404 at once, the new one works.
  await page.getByRole("button", { name: "Regenerate URL" }).click();
  await expect(page.getByText("New URL made.")).toBeVisible();
  const newUrl = await page.getByLabel("Your private calendar URL").inputValue();
  expect(newUrl).not.toBe(url);
  expect((await page.request.get(url)).status()).toBe(404);
  expect((await page.request.get(newUrl)).status()).toBe(200);

  // The one-off download.
  const download = await page.request.get("/api/v1/calendar.ics");
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toContain("attachment");
});

test("the calendar works at phone width and by keyboard", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signUp(page);
  const today = await runnersToday(page);
  await page.goto(`/calendar?view=week&date=${today}`);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.goto("/calendar");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expect(page.locator('td[aria-current="date"]')).toHaveCount(1);

  // Next month by keyboard.
  const next = page.getByRole("link", { name: "Next month" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/view=month&date=\d{4}-\d{2}-01/);
});
