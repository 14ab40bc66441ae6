// `npm run build`: runs the Next.js CLI with telemetry off (NEXT_TELEMETRY_DISABLED=1) unless the
// environment says otherwise; the same on every platform (no shell syntax in package.json).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1" };
const result = spawnSync(process.execPath, [nextBin, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
