import "server-only";
import { ApiError } from "./errors";

/**
 * At most this many import requests of one runner are read at once, per app instance: the parser
 * pool (lib/import-worker) is shared by every runner, so one runner's many uploads cannot keep
 * the others waiting. Beyond it the answer is 429 with Retry-After.
 */
export const MAX_IMPORTS_IN_FLIGHT_PER_RUNNER = 2;

const inFlight = new Map<string, number>();

/** Runs `work` holding one of the runner's import slots; throws 429 when all are taken. */
export async function withImportSlot<T>(userId: string, work: () => Promise<T>): Promise<T> {
  const held = inFlight.get(userId) ?? 0;
  if (held >= MAX_IMPORTS_IN_FLIGHT_PER_RUNNER) {
    throw new ApiError(
      429,
      "too_many_requests",
      `You already have ${held} imports being read. Wait for them to finish, then send the next files.`,
      undefined,
      { "Retry-After": "5" },
    );
  }
  inFlight.set(userId, held + 1);
  try {
    return await work();
  } finally {
    const left = (inFlight.get(userId) ?? 1) - 1;
    if (left > 0) inFlight.set(userId, left);
    else inFlight.delete(userId);
  }
}
