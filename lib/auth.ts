import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { decode, encode, type JWT } from "next-auth/jwt";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import {
  clearSignInFailures,
  recordSignInFailure,
  signInRetryAfterMs,
  throttleKeys,
} from "@/lib/data/sign-in-throttle";
import { findCredentialsByEmail, findRunnerForSession, type Runner } from "@/lib/data/users";
import { verifyAgainstNothing, verifyPassword } from "@/lib/password";
import { signInSchema } from "@/lib/validation/account";

// Session lifetimes: a cookie unused for IDLE expires; none lives longer than ABSOLUTE after the
// password was entered (OWASP Session Management Cheat Sheet).
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;
export const SESSION_REFRESH_AFTER_SECONDS = 24 * 60 * 60;

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
}

export function isSessionClaims(token: JWT | null): token is SessionClaims {
  return !!token && typeof token.sub === "string" && typeof token.sv === "number" && typeof token.authTime === "number";
}

export async function encodeSession(claims: SessionClaims): Promise<string> {
  return encode({ token: claims, secret: secret(), maxAge: SESSION_IDLE_SECONDS });
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

export async function clientIp(): Promise<string | null> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || null;
}

export type CredentialsCheck =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; reason: "invalid"; message: string }
  | { ok: false; reason: "throttled"; message: string; retryAfterSeconds: number };

/** Email and password → the runner, with the per-account and per-IP throttle. */
export async function checkCredentials(email: string, password: string, ip: string | null): Promise<CredentialsCheck> {
  const keys = throttleKeys(email, ip);
  const waitMs = await signInRetryAfterMs(keys);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return {
      ok: false,
      reason: "throttled",
      retryAfterSeconds: Math.ceil(waitMs / 1000),
      message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    };
  }
  const user = await findCredentialsByEmail(email);
  const valid = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstNothing(password);
  if (!user || !valid) {
    await recordSignInFailure(keys);
    return { ok: false, reason: "invalid", message: SIGN_IN_FAILED_MESSAGE };
  }
  await clearSignInFailures(email);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** Sets the session cookie (server actions and route handlers only). */
export async function startSession(userId: string, sessionVersion: number): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const value = await encodeSession({ sub: userId, sv: sessionVersion, authTime: now });
  (await cookies()).set(sessionCookieName(), value, { ...sessionCookieOptions(), maxAge: SESSION_IDLE_SECONDS });
}

export async function endSession(): Promise<void> {
  (await cookies()).delete({ name: sessionCookieName(), path: "/" });
}

/** Re-issues a cookie with the same claims and a fresh idle expiry (sliding sessions). */
export async function refreshedSessionCookie(value: string): Promise<{ name: string; value: string; maxAge: number } | null> {
  const claims = await decodeSession(value);
  if (!claims || typeof claims.iat !== "number") return null;
  if (Date.now() / 1000 - claims.iat < SESSION_REFRESH_AFTER_SECONDS) return null;
  const { sub, sv, authTime } = claims;
  return { name: sessionCookieName(), value: await encodeSession({ sub, sv, authTime }), maxAge: SESSION_IDLE_SECONDS };
}

/** The signed-in runner, or null. Checks the session version, so old cookies die at once. */
export const getSession = cache(async (): Promise<Runner | null> => {
  const claims = await decodeSession((await cookies()).get(sessionCookieName())?.value);
  if (!claims) return null;
  return findRunnerForSession(claims.sub, claims.sv);
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
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS, updateAge: SESSION_REFRESH_AFTER_SECONDS },
  jwt: { maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, req) {
        const parsed = signInSchema.safeParse({ email: credentials?.email, password: credentials?.password });
        if (!parsed.success) return null;
        const forwarded = req?.headers?.["x-forwarded-for"];
        const ip = typeof forwarded === "string" ? (forwarded.split(",")[0]?.trim() ?? null) : null;
        const result = await checkCredentials(parsed.data.email, parsed.data.password, ip);
        if (!result.ok) throw new Error(result.message);
        return { id: result.userId, sv: result.sessionVersion } as never;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as unknown as { id: string; sv: number };
        return { sub: u.id, sv: u.sv, authTime: Math.floor(Date.now() / 1000) };
      }
      if (!isSessionClaims(token) || token.authTime + SESSION_ABSOLUTE_SECONDS < Date.now() / 1000) return {};
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: isSessionClaims(token) ? { id: token.sub } : undefined } as typeof session;
    },
  },
};
