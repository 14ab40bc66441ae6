// Starts the built app (`next start`) as its own process on a loopback port, the way `npm start`
// runs it, for tests that need a real server: faults, two instances, load.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const FAULTS_DIST_DIR = ".next-faults";

export interface AppServer {
  url: string;
  port: number;
  process: ChildProcess;
  output: () => string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

export async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export async function startApp(options: { port: number; databaseUrl: string; secret?: string; env?: Record<string, string> }): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child = spawn(process.execPath, [path.join(ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(options.port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: FAULTS_DIST_DIR,
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: options.secret ?? "faults-secret-0123456789abcdef0123456789",
      NEXTAUTH_URL: url,
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(async () => (await fetch(`${url}/api/health`)).status < 500, 60_000, `the app on ${url}\n${log}`);
  return {
    url,
    port: options.port,
    process: child,
    output: () => log,
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}
