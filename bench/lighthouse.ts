/**
 * Benchmark: Lighthouse 12.8 (default mobile settings, simulated throttling) with Debian's
 * Chromium against a production build (`next start`, .next-bench): the dashboard (signed in by a
 * session cookie, a runner with six months of history) and the sign-in page, median of 3 runs
 * each. Budget: performance ≥ 95, accessibility 100, best practices ≥ 95. Prints; exits 0.
 *
 *   npm run bench -- lighthouse
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { localDateOf } from "../lib/format/dates";
import { ensureBuild, median, seedRunner, sessionCookie, startApp, throwawayDatabase } from "./_server";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const RUNS = 3;
const CATEGORIES = ["performance", "accessibility", "best-practices"] as const;
// The flags of ARCHITECTURE.md for Debian's Chromium.
const CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function audit(url: string, cookie: string | undefined) {
  const chrome = await chromeLauncher.launch({ chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", chromeFlags: CHROME_FLAGS });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: [...CATEGORIES],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error("Lighthouse returned no result");
    if (lhr.finalDisplayedUrl.includes("/sign-in") && cookie) throw new Error("the dashboard redirected to sign-in");
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<(typeof CATEGORIES)[number], number>;
    const failing = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
      .map((a) => a.id);
    const consoleErrors = ((lhr.audits["errors-in-console"]?.details as { items?: { description?: string; url?: string }[] } | undefined)?.items ?? []).map(
      (item) => `${item.description ?? ""} ${item.url ?? ""}`.trim(),
    );
    return { scores, failing, consoleErrors, lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? NaN, cls: lhr.audits["cumulative-layout-shift"]?.numericValue ?? NaN };
  } finally {
    await chrome.kill();
  }
}

async function main() {
  ensureBuild(DIST_DIR);
  const database = await throwawayDatabase();
  const runner = await seedRunner(database.url, 182, localDateOf(new Date(), "Europe/Berlin"));
  const app = await startApp(DIST_DIR, database.url, database.embedded);
  try {
    const cookie = await sessionCookie(runner);
    for (const [name, path, withCookie] of [["dashboard", "/", true], ["sign-in", "/sign-in", false]] as const) {
      const runs: Awaited<ReturnType<typeof audit>>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await audit(`${app.url}${path}`, withCookie ? cookie : undefined));
      const med = (key: (typeof CATEGORIES)[number]) => median(runs.map((r) => r.scores[key]));
      console.log(`\n${name} (${path}), median of ${RUNS}:`);
      console.log(`  performance ${med("performance")}   accessibility ${med("accessibility")}   best practices ${med("best-practices")}`);
      console.log(`  runs: ${runs.map((r) => `${r.scores.performance}/${r.scores.accessibility}/${r.scores["best-practices"]}`).join("  ")}`);
      console.log(`  LCP ${median(runs.map((r) => r.lcp)).toFixed(0)} ms, CLS ${median(runs.map((r) => r.cls)).toFixed(3)}`);
      const failing = [...new Set(runs.flatMap((r) => r.failing))];
      if (failing.length) console.log(`  audits not passed: ${failing.join(", ")}`);
      const consoleErrors = [...new Set(runs.flatMap((r) => r.consoleErrors))];
      if (consoleErrors.length) console.log(`  console errors: ${consoleErrors.join(" | ")}`);
    }
    console.log("\nBudget: performance ≥ 95, accessibility 100, best practices ≥ 95.");
  } finally {
    await app.stop();
    await database.stop();
  }
}

main()
  .catch((error) => console.error("bench/lighthouse failed:", error instanceof Error ? error.message : error))
  .finally(() => process.exit(0));
