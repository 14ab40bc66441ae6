import "server-only";
import { db } from "@/lib/db";

/**
 * Deletes the runner and, by cascade, every row they own (runs, soreness, tokens, the feed…).
 * The caller has checked the password again (checkOwnPassword in lib/auth.ts, which counts the
 * attempt against the sign-in limits). Their cookies die with the row. A runner already gone is
 * not an error: the outcome — no account — is the same.
 */
export async function deleteAccount(userId: string): Promise<void> {
  await db().user.deleteMany({ where: { id: userId } });
}
