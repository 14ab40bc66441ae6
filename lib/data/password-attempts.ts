import "server-only";
import { db } from "@/lib/db";

/**
 * Password-guessing limits that hold under concurrency and across app instances.
 *
 * Every door that checks a password (sign-in form, next-auth, POST /api/v1/tokens, change password,
 * delete account) first *reserves* an attempt here with one atomic statement in Postgres
 * (INSERT … ON CONFLICT DO UPDATE … WHERE, which locks the key's row), and only a reserved attempt
 * may verify the password. However many requests arrive at once, each key lets through its free
 * attempts and then one attempt per growing delay; the rest are refused with the time to wait.
 *
 * Policy (OWASP ASVS 5.0 V6.3 / V6.1.1, OWASP Authentication Cheat Sheet "Account lockout";
 * NIST SP 800-63B §5.2.2 allows at most 100 consecutive failures per account): slow down, never
 * lock. A key forgets its attempts after 15 quiet minutes; a successful sign-in gives its attempt
 * back to the account and clears the account+client key.
 */
export interface AttemptPolicy {
  /** Attempts allowed at once before any delay. */
  free: number;
  /** The first delay after the free attempts, doubling with each further attempt (ms). */
  firstDelayMs: number;
  /** The longest delay (ms). */
  maxDelayMs: number;
}

/** A key forgets its attempts after this long without one (ms). */
export const ATTEMPT_QUIET_RESET_MS = 15 * 60 * 1000;

export const POLICIES = {
  /**
   * One account, from anywhere. The delay stays short (≤ 1 minute) so strangers can slow an
   * account down but never lock its owner out; over 15 minutes at most about 30 verifications
   * (10 free, then 1, 2, 4 … 60 s apart) — far under NIST's 100.
   */
  account: { free: 10, firstDelayMs: 1_000, maxDelayMs: 60_000 },
  /** One account from one client (only with a trusted proxy): the owner's typos and nothing else. */
  accountClient: { free: 5, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  /** One client across every account (credential stuffing from one address). */
  client: { free: 30, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  /** Sign-ups from one client (each costs an argon2 hash). */
  signUpClient: { free: 20, firstDelayMs: 1_000, maxDelayMs: 15 * 60_000 },
  /** Sign-ups from anywhere when clients cannot be told apart (no trusted proxy). */
  signUpAnywhere: { free: 100, firstDelayMs: 1_000, maxDelayMs: 60_000 },
} as const satisfies Record<string, AttemptPolicy>;

export interface AttemptKey {
  key: string;
  policy: AttemptPolicy;
}

export type Reservation = { ok: true } | { ok: false; retryAfterSeconds: number };

/** The keys a password check for this account counts against. `client` is null without a trusted proxy. */
export function passwordKeys(email: string, client: string | null): AttemptKey[] {
  const account = email.trim().toLowerCase();
  const keys: AttemptKey[] = [{ key: `acct:${account}`, policy: POLICIES.account }];
  if (client) {
    keys.push({ key: `acct-client:${account}|${client}`, policy: POLICIES.accountClient });
    keys.push({ key: `client:${client}`, policy: POLICIES.client });
  }
  return keys;
}

export function signUpKeys(client: string | null): AttemptKey[] {
  return client ? [{ key: `signup-client:${client}`, policy: POLICIES.signUpClient }] : [{ key: "signup:anywhere", policy: POLICIES.signUpAnywhere }];
}

/**
 * Reserves one attempt on one key, atomically. The row lock taken by ON CONFLICT DO UPDATE makes
 * parallel reservations of one key queue up; clock_timestamp() (not now(), the transaction start)
 * is compared so a reservation that waited for the lock sees the delay its predecessor set.
 */
async function reserveOne({ key, policy }: AttemptKey): Promise<Reservation> {
  const rows = await db().$queryRaw<{ attempts: number }[]>`
    INSERT INTO "password_attempts" AS p ("key", "attempts", "last_attempt_at", "next_allowed_at")
    VALUES (${key}, 1, clock_timestamp(), clock_timestamp())
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = CASE WHEN p."last_attempt_at" < clock_timestamp() - ${ATTEMPT_QUIET_RESET_MS}::double precision * interval '1 millisecond'
        THEN 1 ELSE p."attempts" + 1 END,
      "last_attempt_at" = clock_timestamp(),
      "next_allowed_at" = clock_timestamp() + CASE
        WHEN p."last_attempt_at" < clock_timestamp() - ${ATTEMPT_QUIET_RESET_MS}::double precision * interval '1 millisecond' OR p."attempts" + 1 <= ${policy.free}::int
          THEN interval '0'
        ELSE LEAST(${policy.firstDelayMs}::double precision * power(2, LEAST(p."attempts" - ${policy.free}::int, 30)), ${policy.maxDelayMs}::double precision)
          * interval '1 millisecond'
      END
    WHERE p."next_allowed_at" <= clock_timestamp()
       OR p."last_attempt_at" < clock_timestamp() - ${ATTEMPT_QUIET_RESET_MS}::double precision * interval '1 millisecond'
    RETURNING p."attempts"`;
  if (rows.length === 1) return { ok: true };
  const [row] = await db().$queryRaw<{ wait_ms: number }[]>`
    SELECT GREATEST(EXTRACT(EPOCH FROM ("next_allowed_at" - clock_timestamp())) * 1000, 0)::double precision AS wait_ms
    FROM "password_attempts" WHERE "key" = ${key}`;
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(Number(row?.wait_ms ?? 1000) / 1000)) };
}

/**
 * Reserves an attempt on every key, in order; the first refusal stops (attempts already
 * reserved on earlier keys stay counted). Call before verifying a password or hashing a new one.
 */
export async function reserveAttempt(keys: readonly AttemptKey[]): Promise<Reservation> {
  for (const key of keys) {
    const reservation = await reserveOne(key);
    if (!reservation.ok) return reservation;
  }
  // Old rows are useless; trim them now and then instead of a cron job.
  if (Math.random() < 0.01) {
    await db().$executeRaw`DELETE FROM "password_attempts" WHERE "last_attempt_at" < clock_timestamp() - interval '1 day'`;
  }
  return { ok: true };
}

/** After the right password: the account+client key is cleared and the account and client keys get their attempt back. */
export async function forgiveAttempt(keys: readonly AttemptKey[]): Promise<void> {
  for (const { key } of keys) {
    if (key.startsWith("acct-client:")) await db().$executeRaw`DELETE FROM "password_attempts" WHERE "key" = ${key}`;
    else await db().$executeRaw`UPDATE "password_attempts" SET "attempts" = GREATEST("attempts" - 1, 0) WHERE "key" = ${key}`;
  }
}

export type GuardedCheck = { outcome: "right" } | { outcome: "wrong" } | { outcome: "throttled"; retryAfterSeconds: number; message: string };

export function throttledMessage(retryAfterSeconds: number): string {
  if (retryAfterSeconds < 60) return `Too many password attempts. Try again in ${retryAfterSeconds} second${retryAfterSeconds === 1 ? "" : "s"}.`;
  const minutes = Math.ceil(retryAfterSeconds / 60);
  return `Too many password attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`;
}

/**
 * The one way a password is checked: reserve an attempt for this account (and client), then
 * verify. `verify` runs only when the attempt was reserved.
 */
export async function guardedPasswordCheck(email: string, client: string | null, verify: () => Promise<boolean>): Promise<GuardedCheck> {
  const keys = passwordKeys(email, client);
  const reservation = await reserveAttempt(keys);
  if (!reservation.ok) {
    return { outcome: "throttled", retryAfterSeconds: reservation.retryAfterSeconds, message: throttledMessage(reservation.retryAfterSeconds) };
  }
  if (!(await verify())) return { outcome: "wrong" };
  await forgiveAttempt(keys);
  return { outcome: "right" };
}
