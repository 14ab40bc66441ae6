import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decode, encode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { randomUUID } from "node:crypto";
import { clientAddress } from "@/lib/api/client-ip";
import { guardedPasswordCheck } from "@/lib/data/password-attempts";
import { revokeSession } from "@/lib/data/sessions";
import { findCredentialsByEmail, findRunnerForSession, passwordHashOf, type Runner } from "@/lib/data/users";
import { verifyAgainstNothing, verifyPassword } from "@/lib/password";
import { safeRedirectTarget } from "@/lib/validation/redirect";
import { signInSchema } from "@/lib/validation/account";

// Session lifetimes (OWASP Session Management Cheat Sheet): a cookie lives IDLE seconds from
// when it was issued — page views do not renew it; only next-auth's /api/auth/session re-issues a
// live session's cookie — and never longer than ABSOLUTE after the password was entered.
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;

export const SIGN_IN_FAILED_MESSAGE = "Email or password is incorrect.";

function secret(): string {
  const value = process.env.NEXTAUTH_SECRET;
  if (!value) throw new Error("NEXTAUTH_SECRET is not set (npm start creates one in .data/).");
  return value;
}

const secureCookies = () => (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
export const sessionCookieName = () => (secureCookies() ? "__Secure-next-auth.session-token" : "next-auth.session-token");
const sessionCookieOptions = () => ({
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: secureCookies(),
});

export interface SessionClaims extends JWT {
  sub: string;
  sv: number; // the user's session version when the cookie was issued
  authTime: number; // seconds since epoch when the password was entered
  sid: string; // this session's id: a plain sign-out revokes it on the server
}

export function isSessionClaims(token: JWT | null): token is SessionClaims {
  return (
    !!token &&
    typeof token.sub === "string" &&
    typeof token.sv === "number" &&
    typeof token.authTime === "number" &&
    typeof token.sid === "string"
  );
}

/** A signed, encrypted session cookie value; a session id is made when none is given. */
export async function encodeSession(claims: Omit<SessionClaims, "sid"> & { sid?: string }): Promise<string> {
  return encode({ token: { ...claims, sid: claims.sid ?? randomUUID() }, secret: secret(), maxAge: SESSION_IDLE_SECONDS });
}

/** The runner whose session these claims are, if it is still alive (version, not signed out). */
export function runnerForClaims(claims: SessionClaims): Promise<Runner | null> {
  return findRunnerForSession(claims.sub, claims.sv, claims.sid);
}

export async function decodeSession(value: string | undefined): Promise<SessionClaims | null> {
  if (!value) return null;
  try {
    const token = await decode({ token: value, secret: secret() });
    if (!isSessionClaims(token)) return null;
    if (token.authTime + SESSION_ABSOLUTE_SECONDS < Date.now() / 1000) return null;
    return token;
  } catch {
    return null;
  }
}

/** The client's address as a trusted proxy reports it, or null (see lib/api/client-ip.ts). */
export async function clientIp(): Promise<string | null> {
  return clientAddress(await headers());
}

export type CredentialsCheck =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "throttled"; message: string; retryAfterSeconds: number };

/**
 * Email and password → the runner. An attempt is reserved for the account (and client) in
 * Postgres before the password is verified (lib/data/password-attempts.ts), so a burst of
 * parallel guesses gets at most the allowed number of verifications; the rest are "throttled".
 */
export async function checkCredentials(email: string, password: string, ip: string | null): Promise<CredentialsCheck> {
  let user: Awaited<ReturnType<typeof findCredentialsByEmail>> = null;
  const check = await guardedPasswordCheck(email, ip, async () => {
    user = await findCredentialsByEmail(email);
    return user ? verifyPassword(user.passwordHash, password) : verifyAgainstNothing(password);
  });
  if (check.outcome === "throttled") return { ok: false, reason: "throttled", retryAfterSeconds: check.retryAfterSeconds, message: check.message };
  const found = user as Awaited<ReturnType<typeof findCredentialsByEmail>>;
  if (check.outcome === "wrong" || !found) return { ok: false, reason: "invalid", message: SIGN_IN_FAILED_MESSAGE };
  return { ok: true, userId: found.id, sessionVersion: found.sessionVersion };
}

export type PasswordCheck = { ok: true } | { ok: false; reason: "wrong" } | { ok: false; reason: "throttled"; retryAfterSeconds: number; message: string };

/**
 * A signed-in runner's password again (change password, delete account): the same limits as
 * sign-in, counted against the same account, so a stolen session cannot guess the password faster.
 */
export async function checkOwnPassword(runner: Pick<Runner, "id" | "email">, password: string, ip: string | null): Promise<PasswordCheck> {
  const check = await guardedPasswordCheck(runner.email, ip, async () => {
    const hash = await passwordHashOf(runner.id);
    return hash ? verifyPassword(hash, password) : verifyAgainstNothing(password);
  });
  if (check.outcome === "right") return { ok: true };
  if (check.outcome === "wrong") return { ok: false, reason: "wrong" };
  return { ok: false, reason: "throttled", retryAfterSeconds: check.retryAfterSeconds, message: check.message };
}

/** Sets the session cookie (server actions and route handlers only). */
export async function startSession(userId: string, sessionVersion: number): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const value = await encodeSession({ sub: userId, sv: sessionVersion, authTime: now });
  (await cookies()).set(sessionCookieName(), value, { ...sessionCookieOptions(), maxAge: SESSION_IDLE_SECONDS });
}

/** Plain sign-out: this cookie is revoked on the server (not only deleted in the browser). */
export async function endSession(): Promise<void> {
  const jar = await cookies();
  const claims = await decodeSession(jar.get(sessionCookieName())?.value);
  if (claims) await revokeSession(claims.sub, claims.sid, sessionExpiry(claims));
  jar.delete({ name: sessionCookieName(), path: "/" });
}

/** When a cookie with these claims dies anyway: its own expiry, or the absolute limit. */
function sessionExpiry(claims: SessionClaims): Date {
  const absolute = (claims.authTime + SESSION_ABSOLUTE_SECONDS) * 1000;
  const own = typeof claims.exp === "number" ? claims.exp * 1000 : absolute;
  return new Date(Math.min(absolute, Math.max(own, Date.now())));
}

/** The signed-in runner, or null. Checks the session version, so old cookies die at once. */
export const getSession = cache(async (): Promise<Runner | null> => {
  const claims = await decodeSession((await cookies()).get(sessionCookieName())?.value);
  if (!claims) return null;
  return runnerForClaims(claims);
});

/** Every page, action and data route calls this; signed-out visitors go to sign in. */
export async function requireUser(): Promise<Runner> {
  const runner = await getSession();
  if (!runner) redirect("/sign-in");
  return runner;
}

// next-auth 4 serves /api/auth/* (session, csrf, the credentials callback, sign-out) with the same
// cookie, secret and checks as our own sign-in action.
export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A killed session refused in the jwt callback is expected, not an error worth a log line.
  logger: {
    error(code, metadata) {
      if (code !== "JWT_SESSION_ERROR") console.error(`[next-auth] ${code}`, metadata);
    },
    warn(code) {
      console.warn(`[next-auth] ${code}`);
    },
    debug() {},
  },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, clientAddress(req?.headers ?? {}));
        if (!result.ok) throw new Error(result.message);
        return { id: result.userId, sv: result.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sv: number };
        return { sub: u.id, sv: u.sv, authTime: Math.floor(Date.now() / 1000), sid: randomUUID() };
      }
      // A killed session (signed out, signed out everywhere, password changed, account deleted,
      // too old) is refused here: next-auth then clears the cookie instead of re-issuing it.
      if (!isSessionClaims(token) || token.authTime + SESSION_ABSOLUTE_SECONDS < Date.now() / 1000 || !(await runnerForClaims(token))) {
        throw new Error("This session has ended.");
      }
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: isSessionClaims(token) ? { id: token.sub } : undefined } as typeof session;
    },
    // callbackUrl and every other redirect next-auth makes stay on our own origin.
    async redirect({ url, baseUrl }) {
      return new URL(safeRedirectTarget(url, baseUrl), baseUrl).toString();
    },
  },
  events: {
    async signOut({ token }) {
      if (isSessionClaims(token)) await revokeSession(token.sub, token.sid, sessionExpiry(token));
    },
  },
};
