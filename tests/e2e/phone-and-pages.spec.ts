// What a runner on a 360 px phone, in light or dark, gets from the pages around the plan: no
// sideways scrolling, tap targets of 44 px, readable contrast, working scripts on the 404 page,
// and a word when a link asks for a day that cannot be shown.
import AxeBuilder from "@axe-core/playwright";
import { newOnboardedRunner } from "./support/runner";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

const TIME_ZONE = "Europe/Berlin";
test.use({ timezoneId: TIME_ZONE });

function localToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const signUp = (page: Page) => newOnboardedRunner(page, "phone");

async function post(request: APIRequestContext, baseURL: string, path: string, data: unknown): Promise<void> {
  const response = await request.post(path, { data, headers: { Origin: baseURL } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    what,
  ).toEqual([]);
}

test("on a 360 px phone, light and dark: no page scrolls sideways, the menu and sub-menu are 44 px tall, no axe violations", async ({ page, baseURL }) => {
  test.setTimeout(180_000); // ten pages × axe: over a minute on a busy 2-core machine.
  await signUp(page);
  const today = localToday();
  // Enough rows for the wide tables: runs, a sweat-rate test.
  for (let i = 1; i <= 3; i++) {
    await post(page.request, baseURL!, "/api/v1/runs", { startedAt: `${addDays(today, -i)}T07:00:00+01:00`, distanceM: 10000 + i * 1000, durationSec: 3300, rpe: 5, kind: "easy" });
  }
  await page.goto("/settings/sweat-rate");
  await page.getByLabel("Day of the test").fill(addDays(today, -2));
  await page.getByLabel("Duration of the run (minutes)").fill("60");
  await page.getByLabel("Body mass before (kg)").fill("70,4");
  await page.getByLabel("Body mass after (kg)").fill("69.5");
  await page.getByLabel("Drunk during the run (mL)").fill("300");
  await page.getByRole("button", { name: "Save test" }).click();
  await expect(page.getByText(/^Saved: \d\.\d\d L\/h\.$/)).toBeVisible();

  await page.setViewportSize({ width: 360, height: 800 });
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const path of ["/runs", "/settings/sweat-rate", "/settings/data", "/calendar", "/soreness"]) {
      await page.goto(path);
      const where = `${path}, ${scheme}`;
      // The tables scroll inside their own box (their hidden captions used to widen the page to 712 px).
      expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(360);
      for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) {
        expect((await link.boundingBox())!.height, `${where}: main menu`).toBeGreaterThanOrEqual(44);
      }
      expect((await page.getByRole("button", { name: "Sign out" }).boundingBox())!.height, where).toBeGreaterThanOrEqual(44);
      // The five main sections fit in one row under the brand.
      const tops = new Set<number>();
      for (const link of await page.getByRole("navigation", { name: "Main" }).getByRole("link").all()) tops.add(Math.round((await link.boundingBox())!.y));
      expect(tops.size, `${where}: menu rows`).toBe(1);
      await expectNoAxeViolations(page, where);
    }
  }
  // The settings sub-menu, and the export links (their bullets used to run into the links beside them).
  await page.goto("/settings/data");
  for (const link of await page.getByRole("navigation", { name: "Settings" }).getByRole("link").all()) {
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect((await page.getByRole("link", { name: "Runs (CSV)" }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
  // (Dark mode's red "Delete my account" button was white on light red, 2.3 : 1: axe's colour-contrast
  // rule above, on /settings/data in dark, checks it now.)
});

test("the 404 page runs its scripts (its CSP nonce is this response's), and a soreness link for a day to come says so", async ({ page }) => {
  const blocked: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/.test(message.text())) blocked.push(message.text());
  });
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  // React took over the page: its scripts ran (a blocked build would leave the server HTML alone).
  await expect.poll(() => page.evaluate(() => Boolean((window as unknown as { next?: unknown }).next))).toBe(true);
  expect(blocked).toEqual([]);
  // Twice, so a response cached at build time would show up as a repeated nonce.
  const nonces = new Set<string>();
  for (let i = 0; i < 2; i++) {
    const response = await page.request.get("/no-such-page");
    expect(response.status()).toBe(404);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()["content-security-policy"] ?? "")?.[1];
    expect(await response.text()).toContain(`nonce="${nonce}"`);
    nonces.add(nonce!);
  }
  expect(nonces.size).toBe(2);

  await signUp(page);
  await page.goto(`/soreness?date=${addDays(localToday(), 30)}`);
  await expect(page.getByText("That day is still to come. Choose today or an earlier day. Here is today instead.")).toBeVisible();
  await expect(page.getByRole("heading", { name: /^How sore, where — today/ })).toBeVisible();
  await page.goto("/soreness?date=someday");
  await expect(page.getByText("That is not a date we could read. Here is today instead.")).toBeVisible();
});
