// Revocation that means it: after sign-out-everywhere or a password change every cookie and every
// personal token of the runner is dead at once (and the page lists them); a password change gives
// the calendar feed a new address; a plain sign-out kills that cookie on the server; next-auth's
// /api/auth/session never re-issues a cookie for a killed session.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const [key, value] = jar.cookie.split(/=(.*)/s);
      return key === name ? { name, value } : undefined;
    },
    set: (name: string, value: string) => {
      jar.cookie = `${name}=${value}`;
    },
    delete: () => {},
    getAll: () => {
      const [name, value] = jar.cookie.split(/=(.*)/s);
      return name ? [{ name, value }] : [];
    },
  }),
  headers: async () => new Headers({ origin: "http://localhost:3000", host: "localhost:3000" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { changePasswordAction, signOutEverywhereAction } = await import("@/app/(app)/settings/actions");
const { signOutAction } = await import("@/app/(auth)/actions");
const nextAuth = await import("@/app/api/auth/[...nextauth]/route");
const runs = await import("@/app/api/v1/runs/route");
const feedRoute = await import("@/app/api/calendar/[token]/route");
const { createApiToken } = await import("@/lib/data/api-tokens");
const { feedTokenFor } = await import("@/lib/data/calendar-feed");
const { call, newRunner } = await import("../support/api");

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const settle = <T,>(p: Promise<T>) => p.then(() => undefined, () => undefined);

/** What the API says to a cookie and to a token: 200 while alive, 401 once revoked. */
const statusWithCookie = async (cookie: string) => (await call(runs.GET, { path: "/api/v1/runs", cookie })).status;
const statusWithToken = async (token: string) => (await call(runs.GET, { path: "/api/v1/runs", token })).status;
const feedStatus = async (token: string) =>
  (await call(feedRoute.GET, { path: `/api/calendar/${token}.ics`, params: { token: `${token}.ics` } })).status;

/**
 * GET /api/auth/session with a cookie, through the app's next-auth route with our options (called
 * the pages-router way next-auth also supports, which needs no Next request scope): next-auth's
 * answer and the session cookie it sets.
 */
async function authSession(cookie: string) {
  const [name, value] = cookie.split(/=(.*)/s) as [string, string];
  const headers = new Map<string, string | string[]>();
  let body: unknown;
  const res = {
    status: () => res,
    setHeader: (key: string, v: string | string[]) => {
      headers.set(key.toLowerCase(), v);
      return res;
    },
    getHeader: (key: string) => headers.get(key.toLowerCase()),
    send: (b: unknown) => void (body = b),
    json: (b: unknown) => void (body = b),
    end: () => undefined,
  };
  const req = { method: "GET", query: { nextauth: ["session"] }, cookies: { [name]: value }, headers: { host: "localhost:3000" }, body: {} };
  await (nextAuth.GET as unknown as (q: unknown, r: unknown) => Promise<void>)(req, res);
  const cookies = [headers.get("set-cookie") ?? []].flat();
  const setCookie = cookies.find((c) => c.startsWith("next-auth.session-token=")) ?? null;
  return { body: (typeof body === "string" ? JSON.parse(body) : body) as { user?: { id: string } }, setCookie };
}

describe("sign out everywhere", () => {
  it("kills every cookie and every personal token at once, lists the tokens, and offers to rotate the feed", async () => {
    const signedIn = await newRunner();
    const other = await createApiToken(signedIn.runner.id, "watch sync");
    await feedTokenFor(signedIn.runner.id);
    const otherDevice = signedIn.cookie;
    expect(await statusWithToken(other.token)).toBe(200);

    jar.cookie = signedIn.cookie;
    const state = await signOutEverywhereAction();
    expect(state.ok).toBe(true);
    expect([...(state.revokedTokens ?? [])].sort()).toEqual(["tests", "watch sync"]);
    expect(state.message).toMatch(/revoked: .*watch sync/);
    expect(state.offerFeedRotation).toBe(true);

    expect(await statusWithCookie(otherDevice)).toBe(401);
    expect(await statusWithToken(signedIn.token)).toBe(401);
    expect(await statusWithToken(other.token)).toBe(401);
    // This browser got a fresh session to read the result.
    expect(jar.cookie).not.toBe(otherDevice);
    expect(await statusWithCookie(jar.cookie)).toBe(200);
  });
});

describe("a password change", () => {
  it("kills every other cookie and every token, and gives the calendar feed a new address shown on the page", async () => {
    const signedIn = await newRunner();
    const oldFeed = await feedTokenFor(signedIn.runner.id);
    expect(await feedStatus(oldFeed)).toBe(200);

    jar.cookie = signedIn.cookie;
    const state = await changePasswordAction({}, form({ currentPassword: signedIn.password, newPassword: "a new long passphrase" }));
    expect(state.ok).toBe(true);
    expect(state.revokedTokens).toEqual(["tests"]);
    expect(state.newFeedUrl).toMatch(/^http:\/\/localhost:3000\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    expect(await statusWithCookie(signedIn.cookie)).toBe(401);
    expect(await statusWithToken(signedIn.token)).toBe(401);
    expect(await feedStatus(oldFeed)).toBe(404);
    const newFeed = /\/api\/calendar\/([^/]+)\.ics$/.exec(state.newFeedUrl!)![1]!;
    expect(await feedStatus(newFeed)).toBe(200);
    expect(await statusWithCookie(jar.cookie)).toBe(200);
  });
});

describe("a plain sign-out", () => {
  it("makes that cookie useless on the server too, and leaves the runner's other sessions alone", async () => {
    const signedIn = await newRunner();
    const { encodeSession } = await import("@/lib/auth");
    const phone = `next-auth.session-token=${await encodeSession({ sub: signedIn.runner.id, sv: signedIn.runner.sessionVersion, authTime: Math.floor(Date.now() / 1000) })}`;

    jar.cookie = signedIn.cookie;
    await settle(signOutAction());
    expect(await statusWithCookie(signedIn.cookie)).toBe(401);
    expect(await statusWithCookie(phone)).toBe(200);
    expect(await statusWithToken(signedIn.token)).toBe(200);
  });
});

describe("GET /api/auth/session", () => {
  it("renews a live session's cookie but issues none for a session that was signed out, signed out everywhere or whose password changed", async () => {
    const live = await newRunner();
    const alive = await authSession(live.cookie);
    expect(alive.body.user?.id).toBe(live.runner.id);
    expect(alive.setCookie).toMatch(/^next-auth\.session-token=[^;]+;/);

    const signedOut = await newRunner();
    jar.cookie = signedOut.cookie;
    await settle(signOutAction());
    const everywhere = await newRunner();
    jar.cookie = everywhere.cookie;
    await signOutEverywhereAction();
    const changed = await newRunner();
    jar.cookie = changed.cookie;
    await changePasswordAction({}, form({ currentPassword: changed.password, newPassword: "another long passphrase" }));

    for (const killed of [signedOut.cookie, everywhere.cookie, changed.cookie]) {
      const answer = await authSession(killed);
      expect(answer.body).toEqual({});
      // Either no cookie at all or one that clears it — never a fresh session.
      if (answer.setCookie) expect(answer.setCookie).toMatch(/^next-auth\.session-token=;/);
    }
  });
});
