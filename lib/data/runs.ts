import "server-only";
import { db } from "@/lib/db";

export async function countRuns(userId: string): Promise<number> {
  return db().run.count({ where: { userId } });
}
