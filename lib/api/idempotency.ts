import "server-only";
import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { ApiError } from "./errors";

export type DbClient = Prisma.TransactionClient;

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
    const result = await db().$transaction((tx) => create(tx));
    return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
  }
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw new ApiError(400, "bad_request", "Idempotency-Key must be 1–255 visible ASCII characters.");
  }
  const requestHash = createHash("sha256")
    .update(`${request.method} ${new URL(request.url).pathname}\n${JSON.stringify(body)}`)
    .digest("hex");

  const replay = (row: { requestHash: string; status: number; body: unknown }) => {
    if (row.requestHash !== requestHash) {
      throw new ApiError(422, "validation_failed", "This Idempotency-Key was already used with a different request.");
    }
    return Response.json(row.body, { status: row.status, headers: { "Cache-Control": "no-store", "Idempotent-Replayed": "true" } });
  };

  const existing = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
  if (existing) return replay(existing);
  try {
    const result = await db().$transaction(async (tx) => {
      await tx.idempotencyKey.create({ data: { userId, key, requestHash, status: 0, body: {} } });
      const outcome = await create(tx);
      await tx.idempotencyKey.update({
        where: { userId_key: { userId, key } },
        data: { status: outcome.status, body: outcome.body as Prisma.InputJsonValue },
      });
      return outcome;
    });
    return Response.json(result.body, { status: result.status, headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db().idempotencyKey.findUnique({ where: { userId_key: { userId, key } } });
      if (winner) return replay(winner);
    }
    throw error;
  }
}
