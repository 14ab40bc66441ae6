import { expect, test, type Page } from "@playwright/test";
import { newOnboardedRunner } from "./support/runner";
import { buildZip } from "../support/zip-builder";
import { gpxRun } from "../db/runs-files";

const signUp = (page: Page) => newOnboardedRunner(page, "imports");

test("upload an archive, watch its progress live, add efforts on one screen, and come back to it later", async ({ page }) => {
  await signUp(page);
  const days = ["2025-03-01", "2025-03-02", "2025-03-03", "2025-03-04", "2025-03-05", "2025-03-06"];
  const zip = await buildZip([
    ...days.map((d, i) => ({ name: `runs/${i}.gpx`, data: gpxRun({ start: `${d}T07:00:00Z`, points: 20 }) })),
    { name: "photos/summit.jpg", data: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), store: true },
  ]);

  await page.goto("/imports");
  await expect(page.getByRole("heading", { name: "Import a whole history" })).toBeVisible();
  await page.getByLabel("Archive or activity files").setInputFiles({ name: "my-export.zip", mimeType: "application/zip", buffer: zip });
  await page.getByRole("button", { name: "Import" }).click();

  await expect(page).toHaveURL(/\/imports\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Import of my-export.zip" })).toBeVisible();
  // The page updates itself (no reload) until the background job is done.
  await expect(page.getByTestId("count-imported")).toHaveText("6", { timeout: 60_000 });
  await expect(page.getByText("Finished")).toBeVisible();
  await expect(page.getByTestId("count-skipped")).toHaveText("1");
  await expect(page.getByTestId("import-done")).toHaveText("7 of 7 entries done");

  // The summary: the runs imported, and their efforts answerable on one screen.
  await expect(page.getByRole("heading", { name: "Runs imported" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /How hard were they\? \(6 without an effort\)/ })).toBeVisible();
  await page.getByLabel("Effort of the run on Saturday 1 March 2025").fill("4");
  await page.getByLabel("Effort of the run on Sunday 2 March 2025").fill("6");
  await page.getByRole("button", { name: "Save efforts" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved 2 efforts.");
  await expect(page.getByRole("heading", { name: /\(4 without an effort\)/ })).toBeVisible();
  await page.getByText(/Skipped entries and why/).click();
  await expect(page.getByText("photos/summit.jpg — a photo or video (not read)")).toBeVisible();

  // Leave and come back: the import is listed with its counts.
  await page.goto("/runs");
  await page.goto("/imports");
  await expect(page.getByRole("link", { name: "my-export.zip" })).toBeVisible();
  await expect(page.getByText("7 of 7 entries · 6 imported")).toBeVisible();
});
