/**
 * Benchmark: gzipped first-load JavaScript of the dashboard route vs a bare Next.js page built
 * with the same versions, both measured in this run from the build manifests.
 * First load = the root main files every page loads + the client entry chunks of the route's
 * segments (layouts, page, error and not-found boundaries) from its client-reference manifest.
 * Budget: dashboard ≤ 1.25 × bare page. Prints figures; exits 0.
 *
 *   npm run bench -- first-load-js     (NEXT_DIST_DIR picks an existing build; default .next-bench)
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import { ROOT, ensureBuild } from "./_server";

const DIST_DIR = process.env.NEXT_DIST_DIR || ".next-bench";
const nextBin = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** The JS files a first visit to `route` downloads (paths relative to the dist dir). */
function firstLoadFiles(distDir: string, serverPagePath: string): string[] {
  const buildManifest = JSON.parse(readFileSync(path.join(distDir, "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const manifestFile = path.join(distDir, "server", "app", `${serverPagePath}_client-reference-manifest.js`);
  const sandbox = { globalThis: {} as Record<string, unknown> };
  vm.runInNewContext(readFileSync(manifestFile, "utf8"), sandbox);
  const manifests = (sandbox.globalThis.__RSC_MANIFEST ?? {}) as Record<string, { entryJSFiles?: Record<string, string[]> }>;
  const entry = Object.values(manifests)[0]?.entryJSFiles ?? {};
  const files = new Set(buildManifest.rootMainFiles);
  for (const chunks of Object.values(entry)) for (const chunk of chunks) files.add(chunk);
  return [...files];
}

function gzippedBytes(distDir: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(distDir, file)), { level: 9 }).length, 0);
}

function buildBarePage(): string {
  // Inside the project (git-ignored), so Turbopack finds the same node_modules without a symlink.
  const dir = mkdtempSync(path.join(ROOT, ".next-bare-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare", private: true, type: "module" }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default {};\n");
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify({ compilerOptions: { jsx: "react-jsx", strict: true, module: "esnext", moduleResolution: "bundler", target: "ES2022", skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, lib: ["dom", "ES2023"], plugins: [{ name: "next" }] }, include: ["**/*.ts", "**/*.tsx"] }),
  );
  writeFileSync(
    path.join(dir, "app", "layout.tsx"),
    'export default function RootLayout({ children }: { children: React.ReactNode }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  writeFileSync(path.join(dir, "app", "page.tsx"), "export default function Page() {\n  return <main><h1>Hello</h1></main>;\n}\n");
  const result = spawnSync(process.execPath, [nextBin, "build"], { cwd: dir, env: { ...process.env, NEXT_DIST_DIR: "", NEXT_TELEMETRY_DISABLED: "1" }, stdio: ["ignore", "ignore", "inherit"] });
  if (result.status !== 0) throw new Error("building the bare page failed");
  return dir;
}

function main() {
  ensureBuild(DIST_DIR);
  const appDist = path.join(ROOT, DIST_DIR);
  const dashboardFiles = firstLoadFiles(appDist, "(app)/page");
  const signInFiles = firstLoadFiles(appDist, "(auth)/sign-in/page");
  const dashboard = gzippedBytes(appDist, dashboardFiles);
  const signIn = gzippedBytes(appDist, signInFiles);

  console.log("Building a bare Next.js page with the same versions…");
  const bareDir = buildBarePage();
  try {
    const bareDist = path.join(bareDir, ".next");
    const bareFiles = firstLoadFiles(bareDist, "page");
    const bare = gzippedBytes(bareDist, bareFiles);
    const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
    console.log(`\nFirst-load JS, gzipped (level 9):`);
    console.log(`  bare page:        ${kb(bare)}  (${bareFiles.length} files)`);
    console.log(`  dashboard (/):    ${kb(dashboard)}  (${dashboardFiles.length} files)`);
    console.log(`  sign-in:          ${kb(signIn)}  (${signInFiles.length} files)`);
    console.log(`  ratio dashboard / bare: ${(dashboard / bare).toFixed(3)}   (budget ≤ 1.25)`);
    console.log(`  ratio sign-in / bare:   ${(signIn / bare).toFixed(3)}`);
  } finally {
    rmSync(bareDir, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error("bench/first-load-js failed:", error instanceof Error ? error.message : error);
}
process.exit(0);
