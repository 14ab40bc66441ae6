import { expect, test, type Page } from "@playwright/test";
import { newOnboardedRunner } from "./support/runner";

const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return "";
    const label = el.getAttribute("aria-label");
    if (label) return label;
    if (el instanceof HTMLInputElement) return el.labels?.[0]?.textContent?.trim() ?? "";
    return el.textContent?.trim() ?? "";
  });

async function pressUntilFocused(page: Page, key: string, name: RegExp, max = 60) {
  for (let i = 0; i < max; i++) {
    if (name.test(await focusedName(page))) return;
    await page.keyboard.press(key);
  }
  expect(await focusedName(page)).toMatch(name);
}

const signUp = (page: Page, prefix: string) => newOnboardedRunner(page, prefix);

test("a runner logs three sore spots with the keyboard only, sees them and their history, then changes one", async ({ page }) => {
  await signUp(page, "soreness");

  await page.goto("/soreness");
  await expect(page.getByRole("heading", { name: /^How sore, where — today/ })).toBeVisible();
  await expect(page.getByText("Nothing logged for this day yet.")).toBeVisible();

  // From the top of the page, Tab into the body map.
  await pressUntilFocused(page, "Tab", /^Right hip, not logged$/);

  // Left calf: 4, sharp (arrows pick the level, Tab to the sharp box, Space, Escape back to the map).
  await pressUntilFocused(page, "ArrowRight", /^Left calf, not logged$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Left calf", exact: true })).toBeVisible();
  for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "4 moderate" })).toBeChecked();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.keyboard.press("Escape");
  expect(await focusedName(page)).toBe("Left calf, sore 4 of 10 (moderate), sharp or stabbing");

  // Right knee: 6 by typing the digit, Enter to confirm.
  await pressUntilFocused(page, "ArrowLeft", /^Right knee, not logged$/);
  await page.keyboard.press("Space");
  await page.keyboard.press("6");
  await page.keyboard.press("Enter");
  expect(await focusedName(page)).toBe("Right knee, sore 6 of 10 (quite sore)");

  // Lower back, both sides: 2.
  await pressUntilFocused(page, "ArrowRight", /^Lower back, left side, not logged$/);
  await page.keyboard.press("Enter");
  await page.keyboard.press("2");
  await pressUntilFocused(page, "Tab", /^Left$/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("radio", { name: "Both sides" })).toBeChecked();
  await page.keyboard.press("Escape");
  expect(await focusedName(page)).toBe("Lower back, left side, sore 2 of 10 (mild) (logged for both sides)");

  // One Save for all three.
  await pressUntilFocused(page, "Tab", /^Save soreness$/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved 3 spots." })).toBeVisible();

  const logged = page.getByRole("region", { name: /^Logged for today/ });
  await expect(logged.getByRole("listitem")).toHaveText([
    "Left calf: sore 4 of 10 (moderate), sharp or stabbing",
    "Right knee: sore 6 of 10 (quite sore)",
    "Lower back (both sides): sore 2 of 10 (mild)",
  ].map((t) => new RegExp(`^${t.replace(/[()]/g, "\\$&")}`)));

  const history = page.getByRole("region", { name: "The last six weeks" });
  await expect(history.getByRole("heading", { name: "Calves" })).toBeVisible();
  await expect(history.getByRole("img", { name: /^Left calf, .*latest 4 of 10 on .*; sharp on 1 day\.$/ })).toBeVisible();
  await expect(history.getByRole("img", { name: /^Right knee, .*latest 6 of 10/ })).toBeVisible();
  await expect(history.getByRole("img", { name: /^Lower back \(both sides\), .*latest 2 of 10/ })).toBeVisible();

  // The map still shows what was saved after reloading.
  await page.reload();
  await expect(page.getByRole("button", { name: "Right knee, sore 6 of 10 (quite sore)" })).toBeVisible();

  // Change the left calf to 6 and not sharp, with the keyboard.
  await page.getByRole("button", { name: /^Left calf, sore 4/ }).focus();
  await pressUntilFocused(page, "Tab", /^Left calf: new level$/, 120);
  await page.keyboard.type("6");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space"); // untick sharp
  await page.keyboard.press("Tab");
  expect(await focusedName(page)).toBe("Update left calf");
  await page.keyboard.press("Enter");
  await expect(logged.getByText("Left calf")).toHaveCount(1);
  await expect(logged.getByRole("listitem").filter({ hasText: "Left calf" })).toContainText("Left calf: sore 6 of 10 (quite sore)");
  await expect(logged.getByRole("listitem").filter({ hasText: "Left calf" })).not.toContainText("sharp or stabbing");
  await expect(page.getByRole("button", { name: "Left calf, sore 6 of 10 (quite sore)" })).toBeVisible();

  // Remove the knee.
  await logged.getByRole("button", { name: "Remove right knee" }).focus();
  await page.keyboard.press("Enter");
  await expect(logged.getByRole("listitem")).toHaveCount(2);
  await expect(page.getByRole("button", { name: "Right knee, not logged" })).toBeVisible();
});

test("a runner records a sweat-rate test, sees the rate, and deletes it", async ({ page }) => {
  await signUp(page, "sweat");
  await page.goto("/settings/sweat-rate");
  await expect(page.getByText("No tests yet.", { exact: false })).toBeVisible();
  await page.getByLabel("Duration of the run (minutes)").fill("60");
  await page.getByLabel("Body mass before (kg)").fill("70.2");
  await page.getByLabel("Body mass after (kg)").fill("71");
  await page.getByLabel("Drunk during the run (mL)").fill("0");
  await page.getByRole("button", { name: "Save test" }).click();
  await expect(page.getByText(/These numbers give a sweat rate of -0\.80 L\/h/)).toBeVisible();

  await page.getByLabel("Body mass after (kg)").fill("69.4");
  await page.getByLabel("Drunk during the run (mL)").fill("400");
  await page.getByLabel("Temperature (°C, optional)").fill("22");
  await expect(page.getByText("That is a sweat rate of 1.20 L/h.")).toBeVisible();
  await page.getByRole("button", { name: "Save test" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved: 1.20 L/h." })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "1.20 L/h" });
  await expect(row).toContainText("22 °C");
  await expect(row).toContainText("(used by your plan)");

  await row.getByRole("button", { name: /^Delete the test of / }).click();
  await expect(page.getByText("No tests yet.", { exact: false })).toBeVisible();
});
