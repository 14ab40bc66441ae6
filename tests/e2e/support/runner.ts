import { expect, type Page } from "@playwright/test";

export interface NewRunner {
  email: string;
  password: string;
}

/**
 * A new runner as a person makes one: the sign-up form (which answers the same whether or not
 * the email was taken), then the sign-in form, ending on the welcome page. `prefix` names the
 * spec in the email so a failing run's rows are easy to find.
 */
export async function signUpAndSignIn(page: Page, prefix: string, name?: string): Promise<NewRunner> {
  const email = `e2e-${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  const password = "hill repeats on tuesday";
  await page.goto("/sign-up");
  if (name) await page.getByLabel("Name (optional)").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?joined=1/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: name ? `Welcome, ${name}` : /^Welcome/ })).toBeVisible();
  return { email, password };
}

/** Signs up and in, and leaves the welcome page in kilometres, landing on the run form. */
export async function newOnboardedRunner(page: Page, prefix: string, name?: string): Promise<NewRunner> {
  const runner = await signUpAndSignIn(page, prefix, name);
  await page.getByLabel("Kilometres").check();
  await page.getByRole("button", { name: "Save and log my first run" }).click();
  await expect(page).toHaveURL(/\/runs\/new$/);
  return runner;
}
