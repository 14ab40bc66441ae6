// Builds the app once into .next-faults for the fault tests (they start their own servers).
import { spawnSync } from "node:child_process";
import path from "node:path";
import { FAULTS_DIST_DIR, ROOT } from "../support/app-server";

export default function setup() {
  if (process.env.FAULTS_SKIP_BUILD === "1") return;
  const result = spawnSync(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "build"], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: FAULTS_DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  if (result.status !== 0) throw new Error("next build failed for the fault tests");
}
