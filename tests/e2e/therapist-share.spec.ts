// The therapist's page as a runner and their therapist would use it: the runner makes a link,
// the therapist opens it in a fresh browser (no cookies) on a phone and a desk, prints it on one
// page, adds session notes; the runner revokes it and it is a 404 at once.
import AxeBuilder from "@axe-core/playwright";
import { newOnboardedRunner } from "./support/runner";
import { expect, test, type Browser, type Page } from "@playwright/test";

const TIME_ZONE = "Europe/Berlin";
const RUN_NOTE = "private run note: knee felt odd";
// Screenshots to look at (phone, desk, print); SCREENSHOT_DIR moves them out of test-results/.
const SHOTS = process.env.SCREENSHOT_DIR ?? "test-results/screens";
test.use({ timezoneId: TIME_ZONE });

function localToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
  expect(summary, what).toEqual([]);
}

async function post(page: Page, baseURL: string, path: string, data: unknown): Promise<{ id: string }> {
  const response = await page.request.post(path, { data, headers: { Origin: baseURL } });
  expect(response.status(), `${path}: ${await response.text()}`).toBe(201);
  return response.json();
}

/** A fresh browser context: no cookies, nothing shared with the runner's session. */
async function therapistPage(browser: Browser, baseURL: string, width: number, height: number): Promise<Page> {
  const context = await browser.newContext({ baseURL, viewport: { width, height }, timezoneId: TIME_ZONE });
  expect(await context.cookies()).toEqual([]);
  return context.newPage();
}

test("a runner shares a private page; the therapist reads it on a phone and a desk, prints it, adds notes; revoked, it is a 404", async ({ page, browser, baseURL }) => {
  const { email } = await newOnboardedRunner(page, "share", "Noor");

  // Three runs with the right calf sore after each (a one-sided red flag), and a private run note.
  const today = localToday();
  for (const offset of [-6, -4, -2]) {
    await post(page, baseURL!, "/api/v1/runs", {
      startedAt: `${addDays(today, offset)}T07:00:00+01:00`,
      distanceM: offset === -6 ? 24_000 : 10_000,
      durationSec: offset === -6 ? 8_400 : 3_300,
      rpe: offset === -4 ? 8 : 4,
      kind: offset === -6 ? "long" : offset === -4 ? "intervals" : "easy",
      notes: RUN_NOTE,
    });
    await post(page, baseURL!, "/api/v1/soreness", { date: addDays(today, offset), region: "calves", side: "right", level: 4 });
  }
  await post(page, baseURL!, "/api/v1/races", { name: "Harbour Marathon", date: addDays(today, 30), distanceM: 42_195, priority: "A" });
  const massage = await post(page, baseURL!, "/api/v1/massages", { date: today, depth: "light", regions: ["calves"], status: "booked", therapist: "Clinic North", time: "18:00" });

  // Imbalance monitoring for the runner: the one-sided red flag links to the comparison.
  await page.goto("/");
  await page.getByRole("link", { name: "Compare your left and right side over 4 weeks" }).click();
  await expect(page).toHaveURL(/\/soreness#left-right$/);
  await expect(page.locator("#left-right")).toContainText("Right calf sorer than the left on 3 of 3 logged days in the last 4 weeks (average 4.0 vs 0.0 out of 10).");

  // The runner makes a link from the booked massage, allowing session notes.
  await page.goto(`/settings/therapist?massage=${massage.id}`);
  await page.getByLabel("Label").fill("Clinic North");
  await page.getByLabel("Let the therapist add notes for this session").check();
  await page.getByLabel("Your note to the therapist").fill("The right calf has been tight since the intervals.");
  await page.getByRole("button", { name: "Create link" }).click();
  const urlField = page.locator("#new-share-url");
  await expect(urlField).toHaveValue(/\/share\/tp_[A-Za-z0-9_-]{43}$/);
  const shareUrl = await urlField.inputValue();
  const token = shareUrl.split("/share/")[1]!;

  // The therapist on a phone: a fresh browser, no account.
  const phone = await therapistPage(browser, baseURL!, 390, 844);
  const response = await phone.goto(shareUrl);
  expect(response!.status()).toBe(200);
  const headers = response!.headers();
  expect(headers["cache-control"]).toMatch(/private/);
  expect(headers["cache-control"]).toMatch(/no-store/);
  expect(headers["referrer-policy"]).toBe("no-referrer");
  expect(headers["x-robots-tag"]).toMatch(/noindex/);
  await expect(phone.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(phone.getByRole("heading", { name: /Red flags/ })).toBeVisible();
  await expect(phone.getByText(/the runner was advised to see a physiotherapist or doctor: the same one-sided spot/)).toBeVisible();
  await expect(phone.getByText("Right calf sorer than the left on 3 of 3 logged days", { exact: false }).first()).toBeVisible();
  await expect(phone.getByText("The right calf has been tight since the intervals.")).toBeVisible();
  await expect(phone.getByText(/Harbour Marathon/)).toBeVisible();
  const html = await phone.content();
  for (const secret of [email, RUN_NOTE, "Noor"]) expect(html).not.toContain(secret);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoAxeViolations(phone, "share page, phone");
  await phone.screenshot({ path: `${SHOTS}/share-phone.png`, fullPage: true });

  // The therapist adds notes for this session; nothing else on the page is a form.
  expect(await phone.locator("form").count()).toBe(1);
  await phone.getByLabel("Your findings").fill("Right soleus tight, left fine. Suggested calf raises.");
  await phone.getByRole("button", { name: "Save session notes" }).click();
  await expect(phone.getByText("Session notes saved.", { exact: false })).toBeVisible();
  const notes = await page.request.get(`/api/v1/massages/${massage.id}/notes`);
  expect((await notes.json()).note).toMatchObject({ author: "therapist", findings: "Right soleus tight, left fine. Suggested calf raises." });

  // On a desk, and printed: one A4 and one Letter page.
  const desk = await therapistPage(browser, baseURL!, 1280, 900);
  await desk.goto(shareUrl);
  await expect(desk.getByRole("heading", { name: "Training, last 6 weeks" })).toBeVisible();
  await expectNoAxeViolations(desk, "share page, desktop");
  await desk.screenshot({ path: `${SHOTS}/share-desk.png`, fullPage: true });
  await desk.emulateMedia({ media: "print" });
  await desk.screenshot({ path: `${SHOTS}/share-print.png`, fullPage: true });
  await expect(desk.getByRole("button", { name: "Save session notes" })).toBeHidden();
  for (const format of ["A4", "Letter"] as const) {
    const bytes = await desk.pdf({ format, printBackground: true, path: `${SHOTS}/share-${format}.pdf` });
    const pdf = bytes.toString("latin1");
    const pages = pdf.match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length, `${format} pages`).toBe(1);
  }

  // The runner sees when it was last opened, revokes it, and the page is a 404 at once.
  await page.goto("/settings/therapist");
  await expect(page.getByText(/last opened/)).toBeVisible();
  await page.getByRole("button", { name: "Revoke Clinic North" }).click();
  await expect(page.getByText("Clinic North — revoked")).toBeVisible();
  const gone = await phone.goto(shareUrl);
  expect(gone!.status()).toBe(404);
  expect(await phone.content()).not.toContain("Harbour Marathon");
  const guessed = await phone.goto(`/share/${token.slice(0, -2)}xy`);
  expect(guessed!.status()).toBe(404);
});
