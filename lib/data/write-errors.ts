import "server-only";
import { Prisma } from "@/lib/db";

/**
 * A write that failed because the runner's account was deleted while it was in flight: Postgres
 * refused a row pointing at a user that is gone (a foreign key on "user_id", P2003). The caller
 * answers as for a signed-out visitor (401 / sign in), never a 500.
 */
export function isRunnerGone(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2003") return false;
  const text = JSON.stringify(error.meta ?? {}) + error.message;
  return /user_id/.test(text);
}

/**
 * Two writes collided in a way Postgres resolved by aborting one (a deadlock, a serialisation
 * failure, P2034 / 40P01 / 40001), or a row this write needed vanished under it (P2025). Safe to
 * answer 409 "try again": nothing of the aborted write was stored.
 */
export function isWriteConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2034") return true;
    if (error.code === "P2003") return true; // a row it referred to (not the runner) was removed meanwhile
  }
  const text = String((error as { message?: string })?.message ?? "") + JSON.stringify((error as { meta?: unknown })?.meta ?? {});
  return /40P01|40001|deadlock detected|could not serialize access/.test(text);
}
