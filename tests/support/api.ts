// Calls Next.js route handlers directly, as the server would, with a real database behind them.
import { randomUUID } from "node:crypto";
import { encodeSession } from "@/lib/auth";
import { createApiToken } from "@/lib/data/api-tokens";
import { createRunner, type Runner } from "@/lib/data/users";

export const ORIGIN = "http://localhost:3000";

type Handler<P> = (request: Request, context: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  method?: string;
  path?: string;
  body?: unknown;
  rawBody?: BodyInit;
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
  params?: P;
}

export async function call<P = Record<string, never>>(handler: Handler<P>, options: CallOptions<P> = {}) {
  const headers = new Headers(options.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  if (options.cookie) headers.set("cookie", options.cookie);
  let body: BodyInit | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const request = new Request(`${ORIGIN}${options.path ?? "/api/v1/test"}`, {
    method: options.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
  const response = await handler(request, { params: Promise.resolve(options.params ?? ({} as P)) });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as any, text }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export interface TestRunner {
  runner: Runner;
  password: string;
  token: string;
  cookie: string;
}

/** A new runner with a personal token and a session cookie. */
export async function newRunner(overrides: { timeZone?: string } = {}): Promise<TestRunner> {
  const password = "test passphrase for runs";
  const runner = await createRunner({ email: `runner-${randomUUID()}@example.com`, password, timeZone: overrides.timeZone ?? "UTC" });
  const { token } = await createApiToken(runner.id, "tests");
  const session = await encodeSession({ sub: runner.id, sv: runner.sessionVersion, authTime: Math.floor(Date.now() / 1000) });
  return { runner, password, token, cookie: `next-auth.session-token=${session}` };
}
