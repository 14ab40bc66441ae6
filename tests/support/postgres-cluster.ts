// A throwaway Postgres cluster on its own loopback port, for the fault tests: it can be stopped
// and started without touching the machine's main Postgres. initdb refuses to run as root, so
// the commands run as the postgres user when we are root.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

function binDir(): string {
  const base = "/usr/lib/postgresql";
  const version = existsSync(base) ? readdirSync(base).sort().at(-1) : undefined;
  if (!version) throw new Error("PostgreSQL server binaries not found under /usr/lib/postgresql");
  return path.join(base, version, "bin");
}

const asPostgres = (cmd: string, args: string[]) => {
  if (process.getuid?.() === 0) return execFileSync("runuser", ["-u", "postgres", "--", cmd, ...args], { stdio: "pipe" });
  return execFileSync(cmd, args, { stdio: "pipe" });
};

export interface PostgresCluster {
  port: number;
  url: string;
  start(): void;
  stop(mode?: "fast" | "immediate"): void;
  destroy(): void;
}

export function createPostgresCluster(port: number): PostgresCluster {
  const bin = binDir();
  const dir = mkdtempSync(path.join(os.tmpdir(), "rp-pg-"));
  chmodSync(dir, 0o777);
  const data = path.join(dir, "data");
  const socketDir = dir;
  if (process.getuid?.() === 0) execFileSync("chown", ["postgres", dir]);
  asPostgres(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--no-sync"]);
  const pgCtl = path.join(bin, "pg_ctl");
  const cluster: PostgresCluster = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start() {
      asPostgres(pgCtl, ["-D", data, "-w", "-t", "30", "-l", path.join(dir, "log"), "-o", `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off`, "start"]);
    },
    stop(mode = "fast") {
      spawnSync(process.getuid?.() === 0 ? "runuser" : pgCtl, process.getuid?.() === 0 ? ["-u", "postgres", "--", pgCtl, "-D", data, "-m", mode, "-w", "stop"] : ["-D", data, "-m", mode, "-w", "stop"], { stdio: "pipe" });
    },
    destroy() {
      cluster.stop("immediate");
      rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
