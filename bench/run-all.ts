// `npm run bench`: runs every benchmark in bench/ one after another, each in its own process.
// They print figures as ratios against a baseline measured in the same run; none fails on time.
// `npm run bench -- plan-recovery fit-import` runs only those.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const all = readdirSync(dir)
  .filter((f) => f.endsWith(".ts") && f !== "run-all.ts" && !f.startsWith("_"))
  .map((f) => f.replace(/\.ts$/, ""))
  .sort();
const chosen = wanted.length ? all.filter((name) => wanted.includes(name)) : all;

let failed = 0;
for (const name of chosen) {
  console.log(`\n=== bench/${name}.ts`);
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(dir, `${name}.ts`)], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) {
    failed += 1;
    console.log(`bench/${name}.ts exited with ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);
