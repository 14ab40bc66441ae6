import { expect, test } from "@playwright/test";

test("a new runner signs up, sees the empty dashboard, signs out and back in; a wrong password is explained", async ({ page }) => {
  const email = `e2e-${Date.now()}@example.com`;
  const password = "rainy sunday long run";

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByRole("link", { name: "Create an account" }).click();

  await page.getByLabel("Name (optional)").fill("Ana");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters.")).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up answers the same whether or not the email was taken; the new runner then signs in.
  await expect(page).toHaveURL(/\/sign-in\?joined=1/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();

  // Onboarding: units and time zone first (the zone comes from the browser).
  await expect(page.getByRole("heading", { name: "Welcome, Ana" })).toBeVisible();
  await page.getByLabel("Miles").check();
  await page.getByLabel("Body mass in kg (optional)").fill("61");
  await page.getByRole("button", { name: "Save and log my first run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);

  await page.getByRole("link", { name: "Today" }).click();
  await expect(page.getByRole("heading", { name: "Today's plan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your plan starts with your first run" })).toBeVisible();

  await page.getByRole("link", { name: "Settings" }).click();
  await expect(page.getByLabel("Miles")).toBeChecked();
  await expect(page.getByLabel("Body mass in kg (optional)")).toHaveValue("61");

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/sign-in$/);

  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status")).toHaveText("Email or password is incorrect.");

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Today's plan" })).toBeVisible();
});

test("every response carries the security headers and no X-Powered-By", async ({ request }) => {
  for (const path of ["/sign-in", "/api/health", "/api/auth/session"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["content-security-policy"], path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBeTruthy();
    expect(headers["x-powered-by"], path).toBeUndefined();
  }
});

test("health answers ok with the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "ok" });
});
