import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
export const DATA_DIR = path.join(PROJECT_ROOT, ".data");
export const EMBEDDED_DATA_DIR = path.join(DATA_DIR, "pglite");
export const SECRET_FILE = path.join(DATA_DIR, "nextauth-secret");
