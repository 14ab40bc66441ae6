// Generates the Prisma client offline: `prisma generate` with the prisma-client generator needs
// no engine binary, but Prisma checks for a schema engine path first, so we point it at a script
// that explains itself and exits 1 (generate never runs it).
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: path.join(root, "scripts", "no-schema-engine.sh"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "prisma", "build", "index.js"), "generate"], {
  cwd: root,
  env,
  stdio: "inherit",
});
process.exit(result.status ?? 1);
