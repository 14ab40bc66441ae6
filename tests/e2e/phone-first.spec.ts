// Phone first (issue 14): what a runner gets at 390 × 844 and at 1280 × 800, light and dark —
// every page fits the screen and passes axe, every body-map spot is a 44 px target, the calendar
// says in words what each day holds without prefetching every day, the time-zone search, text in
// Korean and emoji, and the README's screenshots (written to tests/e2e/screenshots/).
import { execFileSync } from "node:child_process";
import { newOnboardedRunner } from "./support/runner";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type BrowserContext, type Page } from "@playwright/test";

const TIME_ZONE = "Europe/Berlin";
test.use({ timezoneId: TIME_ZONE });
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SCREENSHOTS = path.join(import.meta.dirname, "screenshots");

function localToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const signUp = (page: Page) => newOnboardedRunner(page, "phone-first");

async function post(request: APIRequestContext, baseURL: string, url: string, data: unknown): Promise<{ id: string }> {
  const response = await request.post(url, { data, headers: { Origin: baseURL } });
  expect(response.status(), `${url}: ${await response.text()}`).toBe(201);
  return (await response.json()) as { id: string };
}

/** A month of history: runs (one today), a race, a booked massage with a note in Korean and emoji, soreness. */
async function seedHistory(page: Page, baseURL: string): Promise<{ runId: string; raceId: string; massageId: string }> {
  const today = localToday();
  let runId = "";
  for (let i = 0; i <= 12; i++) {
    const run = await post(page.request, baseURL, "/api/v1/runs", {
      startedAt: `${addDays(today, -i * 2)}T07:00:00+01:00`,
      distanceM: i === 3 ? 24000 : 8000 + i * 250,
      durationSec: i === 3 ? 8400 : 2700 + i * 30,
      rpe: i === 3 ? 6 : 4,
      kind: i === 3 ? "long" : "easy",
    });
    runId ||= run.id;
  }
  const race = await post(page.request, baseURL, "/api/v1/races", { name: "Harbour Half", date: addDays(today, 9), distanceM: 21097, priority: "A" });
  const massage = await post(page.request, baseURL, "/api/v1/massages", {
    date: addDays(today, 2),
    depth: "light",
    regions: ["calves"],
    status: "booked",
    therapist: "Maya",
    time: "17:30",
    notes: "종아리가 뻐근해요 🏃‍♀️ 東京 上海",
  });
  await post(page.request, baseURL, "/api/v1/soreness", { date: today, region: "calves", side: "right", level: 6, sharp: true });
  await post(page.request, baseURL, "/api/v1/soreness", { date: today, region: "it-band", side: "left", level: 3 });
  await post(page.request, baseURL, "/api/v1/soreness", { date: addDays(today, -1), region: "hamstrings", side: "both", level: 4 });
  return { runId, raceId: race.id, massageId: massage.id };
}

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

const SIGNED_IN_PAGES = (ids: { runId: string; raceId: string; massageId: string }) => [
  "/",
  "/runs",
  "/runs/new",
  "/runs/import",
  `/runs/${ids.runId}/edit`,
  "/soreness",
  "/stretches",
  "/stretches/wall-calf-stretch",
  "/calendar",
  "/calendar?view=week",
  "/calendar/races",
  "/calendar/races/new",
  `/calendar/races/${ids.raceId}`,
  "/calendar/massages/new",
  `/calendar/massages/${ids.massageId}`,
  "/welcome",
  "/settings",
  "/settings/sweat-rate",
  "/settings/data",
  "/settings/tokens",
  "/settings/calendar",
  "/no-such-page",
];

// One runner with a month of history, shared by the four screen × colour-scheme checks below.
test.describe("every page, no sideways scrolling, no axe violations", () => {
  test.describe.configure({ mode: "serial" });
  let context: BrowserContext;
  let page: Page;
  let ids: { runId: string; raceId: string; massageId: string };
  test.beforeAll(async ({ browser, baseURL }) => {
    test.setTimeout(300_000);
    context = await browser.newContext({ baseURL, timezoneId: TIME_ZONE });
    page = await context.newPage();
    for (const url of ["/sign-in", "/sign-up"]) {
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        for (const scheme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          await page.goto(url);
          const where = `${url} at ${viewport.width} px, ${scheme}`;
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(viewport.width);
          expect(await axeViolations(page), where).toEqual([]);
        }
      }
    }
    await page.setViewportSize(DESKTOP);
    await page.emulateMedia({ colorScheme: "light" });
    await signUp(page);
    ids = await seedHistory(page, baseURL!);
  });
  test.afterAll(async () => {
    await context.close();
  });
  for (const viewport of [PHONE, DESKTOP]) {
    for (const scheme of ["light", "dark"] as const) {
      test(`at ${viewport.width} × ${viewport.height}, ${scheme}`, async () => {
        test.setTimeout(600_000);
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        for (const url of SIGNED_IN_PAGES(ids)) {
          await page.goto(url);
          const where = `${url} at ${viewport.width} px, ${scheme}`;
          await expect(page.locator("main h1").first(), where).toBeVisible();
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${where}: page width`).toBeLessThanOrEqual(viewport.width);
          expect(await axeViolations(page), where).toEqual([]);
        }
      });
    }
  }
});

test("at 390 px every body-map region and side is a target of at least 44 × 44 px that a tap reaches; the picture stays a body", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await page.setViewportSize(PHONE);
  await page.goto("/soreness");
  const spots = page.locator("[data-spot]");
  await expect(spots).toHaveCount(22);
  // Both views, each with its drawing of a body behind the spots.
  await expect(page.getByRole("group", { name: "Body map, front" })).toBeVisible();
  await expect(page.getByRole("group", { name: "Body map, back" })).toBeVisible();
  for (const spot of await spots.all()) {
    const name = (await spot.getAttribute("aria-label"))!;
    await spot.scrollIntoViewIfNeeded();
    const box = (await spot.boundingBox())!;
    expect(box.width, `${name}: width`).toBeGreaterThanOrEqual(44);
    expect(box.height, `${name}: height`).toBeGreaterThanOrEqual(44);
    // A tap in the middle of the target lands on this spot and opens its panel.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const spotName = name.replace(/, not logged$/, "");
    await expect(page.getByRole("heading", { name: spotName, exact: true }), name).toBeVisible();
    await page.getByRole("button", { name: "Done" }).click();
  }
  // Log two spots and save: once saved, they leave "to be saved" at once and show on the map.
  await page.locator('[data-spot="calves.right"]').click();
  await page.getByRole("radio", { name: "5 quite sore" }).check();
  await page.getByRole("button", { name: "Done" }).click();
  await page.locator('[data-spot="achilles.left"]').click();
  await page.getByRole("radio", { name: "2 mild" }).check();
  await page.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("list", { name: /^To be saved for/ }).getByRole("listitem")).toHaveCount(2);
  await page.getByRole("button", { name: "Save soreness" }).click();
  await expect(page.getByRole("list", { name: /^To be saved for/ })).toHaveCount(0);
  await expect(page.getByText(/^Nothing new to save/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Right calf, sore 5 of 10 (quite sore)" })).toBeVisible();
  void baseURL;
});

test("the calendar on a phone says what each day holds in words; month and runs pages prefetch no day or run links", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await seedHistory(page, baseURL!);
  const prefetched: string[] = [];
  page.on("request", (request) => {
    if (request.headers()["next-router-prefetch"]) prefetched.push(new URL(request.url()).pathname + new URL(request.url()).search);
  });
  for (const viewport of [DESKTOP, PHONE]) {
    await page.setViewportSize(viewport);
    prefetched.length = 0;
    await page.goto("/calendar");
    await page.waitForLoadState("networkidle");
    await page.goto("/runs");
    await page.waitForLoadState("networkidle");
    // The month's ~40 day links, the run rows' edit links, race and massage links: none prefetched.
    // (The calendar's own "Week" button, for the week shown, may be.)
    const days = new Set(prefetched.filter((url) => url.startsWith("/calendar?view=week&date=")).map((url) => url.replace(/&_rsc=.*$/, "")));
    expect(days.size, `${viewport.width} px: ${[...days].join(", ")}`).toBeLessThanOrEqual(1);
    const rows = prefetched.filter((url) => /^\/runs\/[^/]+\/edit|^\/calendar\/races\/(?!new)[^/?]+|^\/calendar\/massages\/(?!new)[^/?]+/.test(url));
    expect(rows, `${viewport.width} px`).toEqual([]);
  }
  // At 390 px the month is an agenda of the days that hold something, in words (the month of the massage day).
  await page.goto(`/calendar?view=month&date=${addDays(localToday(), 2)}`);
  const agenda = page.getByRole("list", { name: /, day by day$/ });
  await expect(agenda).toBeVisible();
  await expect(page.getByRole("table")).toBeHidden();
  await expect(agenda).toContainText("Booked: light massage");
  await page.goto(`/calendar?view=month&date=${addDays(localToday(), -6)}`);
  await expect(page.getByRole("list", { name: /, day by day$/ })).toContainText("Long run 24.0 km");
  await expect(page.getByRole("link", { name: /: week view$/ }).first()).toBeVisible();
  // The week view fits too, one day under another.
  await page.goto("/calendar?view=week");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  // Runs are cards with the day, kind, distance, time, pace and load.
  await page.goto("/runs");
  const card = page.getByRole("list", { name: "Your runs, newest first" }).getByRole("listitem").first();
  await expect(card).toBeVisible();
  for (const word of ["Distance", "Time", "Pace", "Load", "Easy"]) await expect(card).toContainText(word);
  await expect(card.getByRole("link", { name: /^Edit the run of/ })).toBeVisible();
});

test("the time-zone picker finds Seoul by city, country or offset, and saves it", async ({ page }) => {
  await signUp(page);
  await page.setViewportSize(PHONE);
  await page.goto("/settings");
  const zone = page.getByLabel("Time zone", { exact: true });
  await expect(zone).toHaveValue(TIME_ZONE);
  const search = page.getByLabel(/^Search by city, country or offset/);
  for (const query of ["Seoul", "Korea", "GMT+9"]) {
    await search.fill(query);
    await expect(zone.locator('option[value="Asia/Seoul"]'), query).toHaveCount(1);
  }
  await search.fill("New York");
  await expect(zone).toHaveValue("America/New_York");
  await search.fill("Seoul");
  await expect(zone).toHaveValue("Asia/Seoul");
  await expect(zone.locator("option:checked")).toHaveText(/^GMT\+09:00 · Seoul, Busan, Incheon — Korean Time \(South Korea\)$/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone", { exact: true })).toHaveValue("Asia/Seoul");
});

test("a note in Korean with emoji is drawn with real glyphs, not boxes, where the fonts exist; and the README's screenshots", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  await signUp(page);
  await seedHistory(page, baseURL!);
  // The week of the booked massage (two days from now), whose card shows the note.
  await page.goto(`/calendar?view=week&date=${addDays(localToday(), 2)}`);
  const note = page.getByText("종아리가 뻐근해요 🏃‍♀️ 東京 上海");
  await expect(note).toBeVisible();
  // The page asks for CJK and emoji families by name (no web fonts are downloaded).
  const family = await note.evaluate((el) => getComputedStyle(el).fontFamily);
  for (const wanted of ["Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", "Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji"]) expect(family).toContain(wanted);
  // Which fonts Chromium really drew the note with (DevTools protocol).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("DOM.enable");
  await cdp.send("CSS.enable");
  const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
  const { nodeIds } = await cdp.send("DOM.querySelectorAll", { nodeId: root.nodeId, selector: "dd" });
  const fontsUsed = new Set<string>();
  for (const nodeId of nodeIds) {
    const { outerHTML } = await cdp.send("DOM.getOuterHTML", { nodeId });
    if (!outerHTML.includes("종아리")) continue;
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    for (const font of fonts) fontsUsed.add(font.familyName);
  }
  expect(fontsUsed.size).toBeGreaterThan(0);
  const installed = (lang: string) => {
    try {
      return execFileSync("fc-list", [`:lang=${lang}`, "family"], { encoding: "utf8" }).trim().length > 0;
    } catch {
      return false;
    }
  };
  // Where the system has the fonts (.ci/run installs fonts-noto-cjk and fonts-noto-color-emoji), the
  // Korean and the emoji come from them: a real glyph, not the last-resort box.
  if (installed("ko")) expect([...fontsUsed].some((f) => /CJK|Gothic|Hangul|Nanum|Un /i.test(f)), [...fontsUsed].join(", ")).toBe(true);
  if (installed("und-zsye")) expect([...fontsUsed].some((f) => /Emoji/i.test(f)), [...fontsUsed].join(", ")).toBe(true);

  // The README's screenshots: Today and the body map, at 390 × 844, light and dark.
  await page.setViewportSize(PHONE);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/");
    await expect(page.locator("main h1").first()).toBeVisible();
    await page.screenshot({ path: path.join(SCREENSHOTS, `today-${scheme}.png`) });
    await page.goto("/soreness");
    await page.locator('[data-spot="calves.right"]').scrollIntoViewIfNeeded();
    await page.getByRole("group", { name: "Body map, back" }).evaluate((el) => el.scrollIntoView({ block: "center" }));
    await page.screenshot({ path: path.join(SCREENSHOTS, `body-map-${scheme}.png`) });
  }
});
