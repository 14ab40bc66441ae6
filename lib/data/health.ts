import "server-only";
import { db } from "@/lib/db";

const HEALTH_TIMEOUT_MS = 2_000;

/** SELECT 1 with a short timeout: false while the database is away, true again when it is back. */
export async function databaseIsReachable(): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), HEALTH_TIMEOUT_MS);
    });
    await Promise.race([db().$queryRaw`SELECT 1`, timeout]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
