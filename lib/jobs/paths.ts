import path from "node:path";

/**
 * Where uploads wait while their import runs: `<data dir>/imports/<job id>/`. The data dir is
 * RECOVERY_PLANNER_DATA_DIR (default `.data` in the working directory); instances that share a
 * queue must share this folder too (one machine, or a shared volume).
 */
export function importsRoot(): string {
  const dataDir = process.env.RECOVERY_PLANNER_DATA_DIR ? path.resolve(process.env.RECOVERY_PLANNER_DATA_DIR) : path.join(process.cwd(), ".data");
  return path.join(dataDir, "imports");
}

export function importDir(jobId: string): string {
  if (!/^[0-9a-f-]{36}$/i.test(jobId)) throw new Error("not an import id");
  return path.join(importsRoot(), jobId);
}
