import { mkdtempSync, writeFileSync } from "node:fs";
import { newOnboardedRunner } from "./support/runner";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { fitRun, gpxRun } from "../db/runs-files";

const signUp = (page: Page) => newOnboardedRunner(page, "runs");

test("log a run by hand: pace as you type, then the run in the list with its pace and load", async ({ page }) => {
  await signUp(page);
  await expect(page.getByRole("heading", { name: "Log a run" })).toBeVisible();
  await expect(page.getByLabel("Date")).not.toHaveValue("");
  await page.getByLabel("Date").fill("2025-05-04");
  await page.getByLabel("Start time").fill("07:30");
  await page.getByLabel("Distance (km)").fill("10");
  await page.getByLabel("Duration").fill("52:30");
  await expect(page.getByTestId("live-pace")).toHaveText("5:15 /km");
  await page.getByText("somewhat hard").click();
  await page.getByLabel("Kind of run").selectOption("easy");
  await page.getByRole("button", { name: "Save run" }).click();

  await expect(page).toHaveURL(/\/runs\?saved=/);
  await expect(page.getByRole("status").getByText("Run saved.")).toBeVisible();
  const row = page.getByRole("row", { name: /4 May 2025/ });
  await expect(row).toContainText("10.00 km");
  await expect(row).toContainText("52:30");
  await expect(row).toContainText("5:15 /km");
  await expect(row).toContainText("210"); // load: RPE 4 × 52.5 min

  // A field error is explained, and nothing is stored.
  await page.getByRole("link", { name: "Log a run" }).first().click();
  await page.getByLabel("Distance (km)").fill("ten");
  await page.getByLabel("Duration").fill("50");
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page.getByText("Enter the distance as a number of km, like 10.5.")).toBeVisible();
});

test("import a GPX and a FIT file, see a result per file, then delete a run and undo it", async ({ page }) => {
  await signUp(page);
  const dir = mkdtempSync(path.join(os.tmpdir(), "rp-e2e-files-"));
  const gpx = path.join(dir, "morning.gpx");
  const fit = path.join(dir, "watch.fit");
  const junk = path.join(dir, "photo.gpx");
  writeFileSync(gpx, gpxRun({ start: "2025-03-02T07:00:00Z", points: 11 }));
  writeFileSync(fit, fitRun({ start: "2025-03-04T05:45:00Z", records: 1801, speedMps: 3 }));
  writeFileSync(junk, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));

  await page.goto("/runs/import");
  await page.getByLabel("Choose files").setInputFiles([gpx, fit, junk]);
  const items = page.getByTestId("import-item");
  await expect(items).toHaveCount(3);
  await expect(items.filter({ hasText: "morning.gpx" })).toContainText("Imported");
  await expect(items.filter({ hasText: "watch.fit" })).toContainText("Imported");
  await expect(items.filter({ hasText: "photo.gpx" })).toContainText("Not imported");
  await expect(items.filter({ hasText: "photo.gpx" })).toContainText("PNG");

  // The same file again is recognised.
  await page.getByLabel("Choose files").setInputFiles([gpx]);
  await expect(items.first()).toContainText("Already imported");

  await page.getByRole("link", { name: "See your runs" }).click();
  const fitRow = page.getByRole("row", { name: /4 Mar 2025/ });
  await expect(fitRow).toContainText("5.40 km");
  await expect(fitRow).toContainText("FIT");
  await expect(page.getByRole("row", { name: /2 Mar 2025/ })).toContainText("GPX");

  // Delete asks once, then can be undone.
  await fitRow.getByRole("link", { name: /Edit/ }).click();
  await page.getByRole("link", { name: "Delete run…" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page).toHaveURL(/\/runs\?deleted=/);
  await expect(page.getByText("Run deleted.")).toBeVisible();
  await expect(page.getByRole("row", { name: /4 Mar 2025/ })).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByText("Run restored.")).toBeVisible();
  await expect(page.getByRole("row", { name: /4 Mar 2025/ })).toContainText("5.40 km");
});

test("the runs list explains a bad filter instead of failing", async ({ page }) => {
  await signUp(page);
  await page.goto("/runs/new");
  await page.getByLabel("Distance (km)").fill("5");
  await page.getByLabel("Duration").fill("25");
  await page.getByRole("button", { name: "Save run" }).click();
  await expect(page).toHaveURL(/\/runs\?saved=/);
  const response = await page.goto("/runs?from=2025-13-45&cursor=garbage");
  expect(response?.status()).toBe(200);
  await expect(page.getByText(/These filters could not be used, so all runs are shown/)).toBeVisible();
  await expect(page.getByRole("row")).toHaveCount(2); // header + the run
});

test("API tokens: create one (shown once), see it listed, revoke it", async ({ page }) => {
  await signUp(page);
  await page.goto("/settings/tokens");
  await page.getByLabel("Token name").fill("watch sync");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("Your new token").inputValue();
  expect(token).toMatch(/^rp_/);
  await expect(page.getByText("shown only this once")).toBeVisible();

  const api = await page.request.get("/api/v1/runs", { headers: { authorization: `Bearer ${token}` } });
  expect(api.status()).toBe(200);

  await expect(page.getByRole("listitem").filter({ hasText: "watch sync" })).toContainText("Created");
  await page.getByRole("button", { name: "Revoke watch sync" }).click();
  await expect(page.getByText("No tokens yet.")).toBeVisible();
  const revoked = await page.request.get("/api/v1/runs", { headers: { authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
});
