import { checkCredentials } from "@/lib/auth";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, publicRoute } from "@/lib/api/handler";
import { requestIp } from "@/lib/api/client-ip";
import { readJson } from "@/lib/api/request";
import { createApiToken, listApiTokens } from "@/lib/data/api-tokens";
import { createTokenWithCredentialsSchema } from "@/lib/validation/api-token";

/**
 * Exchange email and password for a personal token, shown once. Limited like sign-in: the attempt
 * is reserved before the password is verified; over the limit → 429 with Retry-After.
 */
export const POST = publicRoute(async (request) => {
  const input = await readJson(request, createTokenWithCredentialsSchema);
  const result = await checkCredentials(input.email, input.password, requestIp(request));
  if (!result.ok) {
    if (result.reason === "throttled") {
      throw new ApiError(429, "too_many_requests", result.message, undefined, { "Retry-After": String(result.retryAfterSeconds) });
    }
    throw new ApiError(401, "unauthorized", result.message);
  }
  const token = await createApiToken(result.userId, input.name);
  return json({ id: token.id, token: token.token, name: token.name }, 201);
});

export const GET = apiRoute(async (_request, caller) => json({ tokens: await listApiTokens(caller.runner.id) }));
