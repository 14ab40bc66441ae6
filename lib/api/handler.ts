import "server-only";
import { isRunnerGone, isWriteConflict } from "@/lib/data/write-errors";
import { DomainValidationError } from "@/lib/validation/domain-error";
import { ApiError, errorResponse } from "./errors";
import { authenticate, type ApiCaller } from "./auth";

type Context<P> = { params: Promise<P> };

/**
 * Wraps a route handler: errors become the API's error shape with the right status; anything
 * unexpected is logged and answered 500 without internals (no stack, no SQL).
 */
export function publicRoute<P = Record<string, never>>(fn: (request: Request, params: P) => Promise<Response>) {
  return async (request: Request, context: Context<P>): Promise<Response> => {
    try {
      return await fn(request, await context.params);
    } catch (error) {
      return toErrorResponse(error);
    }
  };
}

/** As publicRoute, for a signed-in caller (token or cookie). */
export function apiRoute<P = Record<string, never>>(fn: (request: Request, caller: ApiCaller, params: P) => Promise<Response>) {
  return publicRoute<P>(async (request, params) => fn(request, await authenticate(request), params));
}

export function toErrorResponse(error: unknown): Response {
  if (error instanceof ApiError) return errorResponse(error);
  if (error instanceof DomainValidationError) {
    return errorResponse(new ApiError(422, "validation_failed", error.message, { [error.field]: [error.message] }));
  }
  if (isRunnerGone(error)) {
    return errorResponse(new ApiError(401, "unauthorized", "This account no longer exists (it was deleted), so nothing was saved."));
  }
  if (isWriteConflict(error)) {
    return errorResponse(new ApiError(409, "conflict", "Another change to the same data happened at the same moment; nothing of this one was saved. Try again.", undefined, { "Retry-After": "1" }));
  }
  if (isDatabaseUnavailable(error)) {
    return errorResponse(new ApiError(503, "service_unavailable", "The database is not reachable right now. Try again in a moment.", undefined, { "Retry-After": "5" }));
  }
  console.error("Unexpected error in an API route", error);
  return errorResponse(new ApiError(500, "internal", "Something went wrong on our side. Nothing was changed."));
}

function isDatabaseUnavailable(error: unknown): boolean {
  // Raw queries (the sign-in limits) report it only in meta: P2010 with kind "DatabaseNotReachable".
  let meta = "";
  try {
    meta = JSON.stringify((error as { meta?: unknown })?.meta ?? "");
  } catch {
    /* a meta that cannot be printed says nothing */
  }
  const describe = (e: unknown) => String((e as { message?: string })?.message ?? "") + String((e as { code?: string })?.code ?? "");
  const text = describe(error) + describe((error as { cause?: unknown })?.cause) + meta;
  // 57P01–57P03: the server is shutting down, crashed or starting up (a restart); 08xxx: the connection failed.
  return /ECONNREFUSED|ECONNRESET|EPIPE|timeout exceeded when trying to connect|Connection terminated|P1001|P1017|57P0[123]|0800[136]|database system is (starting up|shutting down|in recovery)|DatabaseNotReachable|ConnectionClosed|SocketTimeout/i.test(text);
}

export const json = (body: unknown, status = 200, headers?: Record<string, string>) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
