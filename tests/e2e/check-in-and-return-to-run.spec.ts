import { expect, test, type Page } from "@playwright/test";
import { newOnboardedRunner } from "./support/runner";

const signUp = (page: Page, prefix: string) => newOnboardedRunner(page, prefix);

test("a runner checks in in the morning, edits it, and sees readiness and the 12-week history", async ({ page }) => {
  await signUp(page, "check-in");
  await page.goto("/");
  await expect(page.getByRole("heading", { name: "Readiness: No check-in yet this morning" })).toBeVisible();
  await page.getByRole("link", { name: "Check in", exact: true }).click();

  await expect(page.getByRole("heading", { name: "Morning check-in" })).toBeVisible();
  await page.getByLabel("Resting heart rate (bpm)").fill("52");
  await page.getByLabel("Hours slept").fill("7.5");
  await page.getByRole("group", { name: "Sleep quality last night" }).getByLabel("2 very good").check();
  await page.getByRole("group", { name: "Stress" }).getByLabel("3 low").check();
  await page.getByRole("group", { name: "Fatigue" }).getByLabel("4 average").check();
  await page.getByRole("group", { name: "Muscle soreness overall" }).getByLabel("3 low").check();
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Check-in saved. Your readiness is on Today.")).toBeVisible();

  // Bad input: a heart rate no one has at rest is refused with the reason.
  await page.getByLabel("Resting heart rate (bpm)").fill("400");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("A resting heart rate is between 25 and 220 bpm.")).toBeVisible();

  // Today's entry is editable: a new value replaces the old one.
  await page.goto("/check-in");
  await expect(page.getByLabel("Resting heart rate (bpm)")).toHaveValue("52");
  await page.getByLabel("Resting heart rate (bpm)").fill("55");
  await page.getByRole("button", { name: "Save check-in" }).click();
  await expect(page.getByText("Check-in saved. Your readiness is on Today.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Resting heart rate (bpm)")).toHaveValue("55");

  await page.goto("/");
  const card = page.locator("[data-readiness]");
  await expect(card).toHaveAttribute("data-readiness", "calibrating");
  await expect(card).toContainText("55 bpm this morning. Calibrating: 0 of the 10 readings");

  await page.getByRole("link", { name: "12-week history" }).click();
  await expect(page.getByRole("heading", { name: "Your check-ins, last 12 weeks" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Resting heart rate", exact: true })).toBeVisible();
  await expect(page.locator("#wellness-restingHrBpm-title + p")).toContainText("1 reading in 12 weeks; latest 55.0 bpm");
});

test("after a red-flagged calf, the runner starts the return-to-run programme; sharp pain stops it and see a professional leads", async ({ page, baseURL }) => {
  await signUp(page, "return-to-run");
  const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
  const logged = await page.request.post("/api/v1/soreness", {
    data: { date: today, region: "calves", side: "left", level: 6, sharp: true },
    headers: { origin: baseURL ?? "" },
  });
  expect(logged.status()).toBeLessThan(300);

  await page.goto("/");
  const redFlags = page.getByRole("alert").filter({ hasText: "See a physiotherapist or doctor first" });
  await expect(redFlags).toBeVisible();
  await redFlags.getByRole("link", { name: "calf" }).click();

  await expect(page.getByRole("heading", { name: "Return to running", exact: true })).toBeVisible();
  await expect(page.getByLabel("Region")).toHaveValue("calves");
  await page.getByLabel("Your usual pain at rest (0–10)").fill("1");
  await page.getByLabel("Your usual pain on the single-leg test (0–10)").fill("2");
  await page.getByRole("button", { name: "Start the programme" }).click();
  await expect(page.getByText("Phase 1: run 1 min, walk 4 min, 6 times (30 min)").first()).toBeVisible();
  await expect(page.getByText(/cross-training that spares your calf may help/)).toBeVisible();

  // The session is on the calendar.
  await page.goto("/calendar?view=week");
  await expect(page.getByRole("link", { name: "Walk–run, phase 1" }).first()).toBeVisible();

  // A low-pain session waits for the next morning to decide.
  await page.goto("/return-to-run");
  await page.getByLabel("Pain during the session (0–10)").fill("2");
  await page.getByRole("button", { name: "Log the session" }).click();
  await expect(page.getByText(/Tomorrow morning, log your pain at rest and on 10 single-leg heel raises/)).toBeVisible();

  // End it, start one for the right calf and log sharp pain: the programme stops.
  await page.getByRole("button", { name: "End the programme" }).click();
  await expect(page.locator('[data-programme-status="ended"]')).toBeVisible();
  await page.getByLabel("Side").selectOption("right");
  await page.getByLabel("Region").selectOption("calves");
  await page.getByLabel("Your usual pain at rest (0–10)").fill("0");
  await page.getByLabel("Your usual pain on the single-leg test (0–10)").fill("1");
  await page.getByRole("button", { name: "Start the programme" }).click();
  await page.getByLabel("Pain during the session (0–10)").fill("3");
  await page.getByLabel("The pain was sharp or stabbing").check();
  await page.getByRole("button", { name: "Log the session" }).click();
  const stopped = page.locator('[data-programme-status="stopped"]');
  await expect(stopped).toBeVisible();
  await expect(stopped.getByRole("alert")).toContainText("See a physiotherapist or doctor first");

  await page.goto("/");
  await expect(page.locator(".suggestion-card").first()).toHaveClass(/red-flag/);
});
