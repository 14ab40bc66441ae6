import AxeBuilder from "@axe-core/playwright";
import { signUpAndSignIn } from "./support/runner";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

const TIME_ZONE = "Europe/Berlin";
// Screenshots to look at (light and dark, phone and desktop); SCREENSHOT_DIR moves them out of test-results/.
const SHOTS = process.env.SCREENSHOT_DIR ?? "test-results/screens";
test.use({ timezoneId: TIME_ZONE });

function localToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

const signUp = (page: Page, name: string) => signUpAndSignIn(page, "dash", name);

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, what).toEqual([]);
}

/** Cookie-authenticated API writes must come from our own origin. */
async function post(request: APIRequestContext, baseURL: string, path: string, data: unknown): Promise<void> {
  const response = await request.post(path, { data, headers: { Origin: baseURL } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
}

test("a new runner: onboarding, first run, first soreness, then the plan suggests what may help", async ({ page, baseURL }) => {
  await signUp(page, "Lea");
  // Onboarding: the time zone comes from the browser, then the runner is shown how to log a first run.
  await expect(page.getByLabel("Time zone")).toHaveValue(TIME_ZONE);
  await expect(page.getByRole("heading", { name: "Then, your first run" })).toBeVisible();
  await expectNoAxeViolations(page, "welcome");
  await page.getByLabel("Kilometres").check();
  await page.getByLabel("Body mass in kg (optional)").fill("58");
  await page.getByRole("button", { name: "Save and log my first run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);

  // The first run, through the form.
  await page.getByLabel("Distance (km)").fill("21");
  await page.getByLabel("Duration").fill("2:05:00");
  await page.locator("#rpe-6").check();
  await page.getByLabel("Kind of run").selectOption("long");
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/runs/);

  await page.getByRole("link", { name: "Today" }).click();
  await expect(page.getByRole("heading", { name: "Today's plan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plan starts with your first run" })).toHaveCount(0);
  await expect(page.getByRole("article", { name: /Stretch your quadriceps/ })).toHaveCount(0);
  // Before: the pre-run drinking plan from the body mass (5–7 mL/kg of 58 kg = 290–406 mL), rounded
  // as people measure (to 50 mL).
  await expect(page.getByRole("region", { name: "Drinking for your next run" })).toContainText("300–400 mL");
  await expect(page.getByRole("figure", { name: /Daily load/ })).toContainText("calibrating");

  // The first soreness (through the API with this browser's session).
  await post(page.request, baseURL!, "/api/v1/soreness", { date: localToday(), region: "quadriceps", side: "both", level: 4 });
  await page.reload();
  const stretch = page.getByRole("article", { name: "Stretch your quadriceps after your next run" });
  await expect(stretch).toBeVisible();
  await expect(stretch).toContainText("Quadriceps");
  await stretch.getByText("Why, and the evidence").click();
  await expect(stretch.getByText(/Blazevich/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Your legs today" })).toContainText("sore 4 of 10");

  // The suggestion links to its stretch guide.
  await stretch.getByRole("link", { name: "Standing quad stretch" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Standing quad stretch" })).toBeVisible();
  await expect(page.getByRole("img", { name: /standing quad stretch/i })).toBeVisible();
  await expect(page.getByRole("region", { name: "What to avoid" })).toBeVisible();
});

test("a runner with weeks of history: red flag first, countdowns, charts; accessible and readable at 360 and 1280 px, light and dark", async ({ page, baseURL }) => {
  await signUp(page, "Demo");
  await page.getByLabel("Body mass in kg (optional)").fill("62");
  await page.getByRole("button", { name: "Save and log my first run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);

  const today = localToday();
  const kinds = ["easy", "intervals", "easy", "tempo", "recovery", "easy", "long"] as const;
  for (let offset = -45; offset <= -1; offset++) {
    if (offset % 7 === 0) continue; // a rest day a week
    const date = addDays(today, offset);
    const kind = kinds[(offset + 45) % 7]!;
    await post(page.request, baseURL!, "/api/v1/runs", {
      startedAt: `${date}T06:00:00+00:00`,
      distanceM: kind === "long" ? 18000 : 9000,
      durationSec: kind === "long" ? 6300 : 3000,
      rpe: kind === "intervals" || kind === "tempo" ? 7 : 3,
      kind,
      ...(offset % 3 === 0 ? { temperatureC: 22 } : {}),
    });
  }
  await post(page.request, baseURL!, "/api/v1/races", { name: "Harbour Half", date: addDays(today, 12), distanceM: 21097, priority: "A" });
  await post(page.request, baseURL!, "/api/v1/massages", { date: addDays(today, 5), depth: "light", regions: ["calves"], status: "booked", therapist: "Maya", time: "17:30" });
  for (const [offset, level] of [[-3, 2], [-2, 4], [-1, 3]] as const) {
    await post(page.request, baseURL!, "/api/v1/soreness", { date: addDays(today, offset), region: "hamstrings", side: "both", level });
  }
  await post(page.request, baseURL!, "/api/v1/soreness", { date: today, region: "calves", side: "right", level: 6, sharp: true });

  await page.goto("/");
  const alert = page.getByRole("alert", { name: "See a physiotherapist or doctor first" });
  await expect(alert).toBeVisible();
  // The red flag comes before every other suggestion on the page.
  const firstCard = page.getByRole("article").first();
  await expect(firstCard).toHaveAttribute("data-suggestion", /^red-flag\//);
  const comingUp = page.getByRole("region", { name: "Coming up" });
  await expect(comingUp).toContainText("in 12 days");
  await expect(comingUp).toContainText("Harbour Half, 21.1 km");
  await expect(comingUp).toContainText("in 5 days");
  await expect(page.getByRole("figure", { name: "Weekly distance, last 16 weeks (km)" })).toBeVisible();
  await expect(page.getByRole("figure", { name: /Daily load/ })).toContainText(/Ratio \d\.\d\d/);
  await expect(page.getByRole("figure", { name: "Soreness by region, last 6 weeks" })).toContainText("Hamstrings (up to 4/10)");
  await expectNoAxeViolations(page, "dashboard, light");

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto("/");
      await expect(alert).toBeVisible();
      // Nothing wider than the window: no sideways scrolling on a phone.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width}px ${scheme}`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `${SHOTS}/dashboard-${width}-${scheme}.png`, fullPage: true });
    }
    await expectNoAxeViolations(page, `dashboard, ${scheme}`);
  }
  await page.emulateMedia({ colorScheme: "dark" });
  await page.setViewportSize({ width: 360, height: 900 });
  await page.goto("/stretches/wall-calf-stretch");
  await page.screenshot({ path: `${SHOTS}/stretch-360-dark.png`, fullPage: true });
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/stretches");
  await page.screenshot({ path: `${SHOTS}/stretches-1280-light.png`, fullPage: true });
});

test("stretch guide, settings and sign-in pages have no axe violations; an unknown stretch is a friendly 404", async ({ page }) => {
  await signUp(page, "Ida");
  await page.getByRole("button", { name: "Save and log my first run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);

  await page.goto("/stretches");
  await expect(page.getByRole("heading", { name: "Stretches and warm-up drills" })).toBeVisible();
  await expectNoAxeViolations(page, "stretches");
  await page.getByRole("link", { name: "Lying figure-four glute stretch" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Lying figure-four glute stretch" })).toBeVisible();
  await expect(page.getByText("Hold 30 s")).toBeVisible();
  await expectNoAxeViolations(page, "a stretch");
  await page.goto("/stretches/leg-swings-front-back");
  await expect(page.getByText("Before running", { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "a warm-up drill");

  const missing = await page.goto("/stretches/no-such-stretch");
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole("link", { name: "Back to today's plan" })).toBeVisible();
  await expectNoAxeViolations(page, "not found");

  await page.goto("/settings");
  await expectNoAxeViolations(page, "settings");
  await page.goto("/");
  await expectNoAxeViolations(page, "empty dashboard");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  // After the client-side redirect the document title is streamed in; wait for it, as a reader would.
  await expect(page).toHaveTitle("Sign in · Recovery Planner");
  await expectNoAxeViolations(page, "sign-in");
});
