// `npm start` / `npm run dev`: everything a fresh machine needs before Next.js starts.
// - No DATABASE_URL: starts the embedded PGlite database (data in .data/pglite) on a loopback port.
// - Applies pending migrations (the same runner as `npm run db:migrate`).
// - No NEXTAUTH_SECRET: creates a random one once and keeps it in .data/nextauth-secret.
// - `start` builds first when there is no production build yet.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrations";
import { DATA_DIR, EMBEDDED_DATA_DIR, PROJECT_ROOT, SECRET_FILE } from "./app-paths";
import { listenHost } from "./listen-host";

const mode = process.argv[2] === "dev" ? "dev" : "start";
const nextBin = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");

function ensureSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  if (!existsSync(SECRET_FILE)) {
    writeFileSync(SECRET_FILE, randomBytes(32).toString("base64url"), { mode: 0o600 });
    console.log(`Created a random NEXTAUTH_SECRET in ${SECRET_FILE}`);
  }
  return readFileSync(SECRET_FILE, "utf8").trim();
}

/** The newest modification time among the files a build is made from (so a pull is never served stale). */
function newestSourceChange(): number {
  let newest = 0;
  const visit = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated" && entry.name !== "node_modules") visit(full);
      } else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  };
  for (const dir of ["app", "components", "lib", "public"]) visit(path.join(PROJECT_ROOT, dir));
  for (const file of ["next.config.js", "proxy.ts", "package-lock.json", "prisma/schema.prisma"]) {
    const full = path.join(PROJECT_ROOT, file);
    if (existsSync(full)) newest = Math.max(newest, statSync(full).mtimeMs);
  }
  return newest;
}

async function main() {
  const port = process.env.PORT ?? "3000";
  let embedded: EmbeddedDatabase | undefined;
  const env: NodeJS.ProcessEnv = { ...process.env, NEXTAUTH_SECRET: ensureSecret() };
  env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  // A health app sends nothing home: Next.js telemetry is off unless you turn it on (NEXT_TELEMETRY_DISABLED=0).
  env.NEXT_TELEMETRY_DISABLED ??= "1";

  if (!env.DATABASE_URL) {
    mkdirSync(DATA_DIR, { recursive: true });
    embedded = await startEmbeddedDatabase(EMBEDDED_DATA_DIR);
    env.DATABASE_URL = embedded.url;
    env.DATABASE_POOL_MAX = "1";
    console.log(
      `Using the embedded database in ${EMBEDDED_DATA_DIR} (for trying the app and development; set DATABASE_URL to use Postgres).`,
    );
  }
  const result = await migrate(env.DATABASE_URL, { log: (line) => console.log(line) });
  if (result.applied.length === 0) console.log("Database schema is up to date.");

  const buildId = path.join(PROJECT_ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  if (mode === "start" && (!existsSync(buildId) || newestSourceChange() > statSync(buildId).mtimeMs)) {
    console.log(existsSync(buildId) ? "The sources changed since the last build: running `next build`…" : "No production build yet: running `next build` once…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    if (build.status !== 0) throw new Error("next build failed");
  }

  // The import worker (lib/jobs) beside the web server, on the same database; IMPORT_WORKER=off
  // leaves it out (run `npm run worker` elsewhere). Restarted if it dies.
  let worker: ReturnType<typeof spawn> | undefined;
  let stopping = false;
  const startWorker = () => {
    if (env.IMPORT_WORKER === "off") return;
    worker = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(PROJECT_ROOT, "scripts", "worker.ts")], {
      cwd: PROJECT_ROOT,
      env,
      stdio: "inherit",
    });
    worker.on("exit", (_code, signal) => {
      if (!stopping && signal !== "SIGTERM") setTimeout(startWorker, 2000);
    });
  };
  startWorker();

  const hostname = listenHost(process.env, embedded !== undefined);
  if (hostname) console.log(`Listening on ${hostname}:${port}${embedded && !process.env.HOST ? " (loopback only: the embedded database is single-user; set HOST to change it)" : ""}.`);
  const child = spawn(process.execPath, [nextBin, mode, "--port", port, ...(hostname ? ["--hostname", hostname] : []), ...process.argv.slice(3)], {
    cwd: PROJECT_ROOT,
    env,
    stdio: "inherit",
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    worker?.kill(signal);
    child.kill(signal);
  };
  process.on("SIGINT", () => stop("SIGINT"));
  process.on("SIGTERM", () => stop("SIGTERM"));
  child.on("exit", async (code, signal) => {
    stopping = true;
    worker?.kill("SIGTERM");
    // Close PGlite cleanly so everything written is on disk before we exit.
    await embedded?.stop();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
