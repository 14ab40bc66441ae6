import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { ApiError } from "./errors";

export type DbClient = Prisma.TransactionClient;

// Concurrent creates queue for a connection (one, on the embedded database): wait for it longer
// than Prisma's 2 s default rather than fail a request that would succeed.
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 15_000 };

const jsonText = (text: string, status: number, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { "Content-Type": "application/json", "Cache-Control": "no-store", ...headers } });

/**
 * Creates honour an Idempotency-Key header: the same key and body again return the first answer
 * and store nothing new. The key row is inserted in the same transaction as the create, so
 * concurrent requests with one key wait on the unique index and then replay the winner's answer.
 * Inside `create`, use only the given transaction client.
 */
export async function idempotentCreate(
  request: Request,
  userId: string,
  body: unknown,
  create: (tx: DbClient) => Promise<{ status: number; body: unknown }>,
): Promise<Response> {
  const key = request.headers.get("idempotency-key");
  if (key === null) {
    const result = await db().$transaction((tx) => create(tx), TRANSACTION_OPTIONS);
    return jsonText(JSON.stringify(result.body), result.status);
  }
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ApiError(400, "bad_request", "Idempotency-Key must be 1–255 visible ASCII characters.");
  }
  const requestHash = createHash("sha256")
    .update(`${request.method} ${new URL(request.url).pathname}\n${JSON.stringify(body)}`)
    .digest("hex");

  // The answer is kept as the exact JSON text sent the first time (a JSON string in the jsonb
  // column: jsonb would reorder an object's keys), so a replay is byte-for-byte the same answer.
  const replay = (row: { requestHash: string; status: number; body: unknown }) => {
    if (row.requestHash !== requestHash) {
      throw new ApiError(422, "validation_failed", "This Idempotency-Key was already used with a different request.");
    }
    if (row.status === 0) throw new ApiError(409, "conflict", "A request with this Idempotency-Key is still being processed. Try again.");
    return jsonText(typeof row.body === "string" ? row.body : JSON.stringify(row.body), row.status, { "Idempotent-Replayed": "true" });
  };

  const existing = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (existing) return replay(existing);
  try {
    const result = await db().$transaction(async (tx) => {
      await tx.idempotencyKey.create({ data: { userId, key, requestHash, status: 0, body: "" } });
      const outcome = await create(tx);
      const text = JSON.stringify(outcome.body);
      await tx.idempotencyKey.update({ where: { userId_key: { userId, key } }, data: { status: outcome.status, body: text } });
      return { status: outcome.status, text };
    }, TRANSACTION_OPTIONS);
    return jsonText(result.text, result.status);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
      if (winner) return replay(winner);
    }
    throw error;
  }
}
