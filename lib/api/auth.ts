import "server-only";
import { decodeSession, runnerForClaims, sessionCookieName } from "@/lib/auth";
import { userIdForApiToken } from "@/lib/data/api-tokens";
import { findRunnerById, type Runner } from "@/lib/data/users";
import { ApiError } from "./errors";

export interface ApiCaller {
  runner: Runner;
  via: "token" | "cookie";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function cookieValue(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** Our own origin: NEXTAUTH_URL's when set (behind a proxy), else the request's. */
function ownOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      /* fall through */
    }
  }
  return new URL(request.url).origin;
}

/**
 * Route handlers have no CSRF protection of their own: a cookie-authenticated request that
 * changes data must come from our own pages. Bearer-token requests carry no ambient credential.
 */
function assertSameOrigin(request: Request) {
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") {
    throw new ApiError(403, "forbidden", "Cross-site requests cannot change data. Use a personal API token.");
  }
  const origin = request.headers.get("origin");
  const requestOrigin = new URL(request.url).origin;
  if (origin === null && !fetchSite) {
    throw new ApiError(403, "forbidden", "Requests signed in with a cookie must come from the app. Use a personal API token.");
  }
  if (origin !== null && origin !== ownOrigin(request) && origin !== requestOrigin) {
    throw new ApiError(403, "forbidden", "Cross-site requests cannot change data. Use a personal API token.");
  }
}

/** The caller: a personal token (Authorization: Bearer) or the session cookie. 401 otherwise. */
export async function authenticate(request: Request): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    const userId = match ? await userIdForApiToken(match[1]!) : null;
    const runner = userId ? await findRunnerById(userId) : null;
    if (!runner) {
      throw new ApiError(401, "unauthorized", "The API token is not valid (revoked, or mistyped).", undefined, {
        "WWW-Authenticate": 'Bearer realm="recovery-planner"',
      });
    }
    return { runner, via: "token" };
  }
  const claims = await decodeSession(cookieValue(request, sessionCookieName()));
  const runner = claims ? await runnerForClaims(claims) : null;
  if (!runner) {
    throw new ApiError(401, "unauthorized", "Sign in, or send a personal API token as Authorization: Bearer <token>.", undefined, {
      "WWW-Authenticate": 'Bearer realm="recovery-planner"',
    });
  }
  if (!SAFE_METHODS.has(request.method)) assertSameOrigin(request);
  return { runner, via: "cookie" };
}
