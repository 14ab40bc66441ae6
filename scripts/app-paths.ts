import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
// RECOVERY_PLANNER_DATA_DIR moves the embedded database and the generated secret elsewhere
// (the browser tests use a throwaway folder so they never touch your own .data/).
export const DATA_DIR = process.env.RECOVERY_PLANNER_DATA_DIR
  ? path.resolve(process.env.RECOVERY_PLANNER_DATA_DIR)
  : path.join(PROJECT_ROOT, ".data");
export const EMBEDDED_DATA_DIR = path.join(DATA_DIR, "pglite");
export const SECRET_FILE = path.join(DATA_DIR, "nextauth-secret");
