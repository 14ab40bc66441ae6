import "server-only";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/password";
import { passwordHashOf } from "./users";

/**
 * Deletes the runner and, by cascade, every row they own (runs, soreness, tokens, the feed…).
 * Requires the password again. Their cookies die with the row (the session check finds no user).
 */
export async function deleteAccount(userId: string, password: string): Promise<"deleted" | "wrong-password"> {
  const hash = await passwordHashOf(userId);
  if (!hash || !(await verifyPassword(hash, password))) return "wrong-password";
  await db().user.delete({ where: { id: userId } });
  return "deleted";
}
