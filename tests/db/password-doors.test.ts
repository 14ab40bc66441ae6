// An attacker's burst at every door that checks a password: 200 wrong passwords at once with the
// right one inside. The right one must not get through, at most the allowed number of password
// verifications may happen (counted on the real argon2 verify), and the rest are told to wait.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

const counter = vi.hoisted(() => ({ verifications: 0 }));
vi.mock("@/lib/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/password")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      counter.verifications++;
      return real.verifyPassword(hash, password);
    },
    verifyAgainstNothing: async (password: string) => {
      counter.verifications++;
      return real.verifyAgainstNothing(password);
    },
  };
});
const jar = vi.hoisted(() => ({ cookie: "", forwardedFor: "" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => {
      const [key, value] = jar.cookie.split(/=(.*)/s);
      return key === name ? { name, value } : undefined;
    },
    set: () => {},
    delete: () => {},
    getAll: () => [],
  }),
  headers: async () => new Headers({ origin: "http://localhost:3000", ...(jar.forwardedFor ? { "x-forwarded-for": jar.forwardedFor } : {}) }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { signInAction } = await import("@/app/(auth)/actions");
const { changePasswordAction } = await import("@/app/(app)/settings/actions");
const { deleteAccountAction } = await import("@/app/(app)/settings/data/actions");
const tokens = await import("@/app/api/v1/tokens/route");
const account = await import("@/app/api/v1/account/route");
const { authOptions, checkCredentials } = await import("@/lib/auth");
const { POLICIES } = await import("@/lib/data/password-attempts");
const { db } = await import("@/lib/db");
const { call, newRunner } = await import("../support/api");

const BURST = 200;
/**
 * The most verifications one burst may cause for one account: the free attempts, the one that
 * sets the first delay, and one more per doubling delay that can run out while the burst lasts
 * (1 + 2 + 4 + 8 + 16 s: a burst would have to take over 31 s to earn a sixth).
 */
const MOST_VERIFICATIONS = POLICIES.account.free + 1 + 5;

/** 200 attempts at once, the right password at the end (reserved last). */
const passwords = (right: string) => [...Array.from({ length: BURST - 1 }, (_, i) => `wrong guess ${i}`), right];

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};
const settle = <T,>(p: Promise<T>) => p.then((value) => ({ value, error: undefined as unknown }), (error: unknown) => ({ value: undefined, error }));
const redirectOf = (error: unknown) => /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(String((error as { digest?: string })?.digest ?? ""))?.[1] ?? null;

afterEach(() => {
  counter.verifications = 0;
  jar.forwardedFor = "";
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe("a burst of wrong passwords with the right one inside", () => {
  it("POST /api/v1/tokens: no token for the right password, at most the allowed verifications, 429 + Retry-After for the rest", async () => {
    const { runner, password } = await newRunner();
    counter.verifications = 0;
    const answers = await Promise.all(passwords(password).map((p) => call(tokens.POST, { body: { email: runner.email, password: p, name: "burst" } })));
    expect(counter.verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(0);
    expect(answers.at(-1)!.status).toBe(429);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(BURST - MOST_VERIFICATIONS);
    for (const a of refused) expect(Number(a.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status !== 429 && a.status !== 401)).toEqual([]);
    expect(await db().apiToken.count({ where: { userId: runner.id, name: "burst" } })).toBe(0);
  });

  it("with a rotating X-Forwarded-For (ignored by default, or trusted through one proxy): still limited per account", async () => {
    for (const hops of [undefined, "1"]) {
      if (hops) process.env.TRUSTED_PROXY_HOPS = hops;
      const { runner, password } = await newRunner();
      counter.verifications = 0;
      const answers = await Promise.all(
        passwords(password).map((p, i) =>
          call(tokens.POST, { body: { email: runner.email, password: p, name: "burst" }, headers: { "x-forwarded-for": `198.51.${i >> 8}.${i & 255}` } }),
        ),
      );
      expect(counter.verifications, `TRUSTED_PROXY_HOPS=${hops}`).toBeLessThanOrEqual(MOST_VERIFICATIONS);
      expect(answers.at(-1)!.status).toBe(429);
      expect(answers.filter((a) => a.status === 201)).toHaveLength(0);
    }
  });

  it("the sign-in form: the right password does not sign in, the rest are told how long to wait", async () => {
    const { runner, password } = await newRunner();
    counter.verifications = 0;
    const outcomes = await Promise.all(passwords(password).map((p) => settle(signInAction({}, form({ email: runner.email, password: p })))));
    expect(counter.verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);
    expect(outcomes.filter((o) => redirectOf(o.error) !== null)).toHaveLength(0);
    expect(outcomes.at(-1)!.value?.message).toMatch(/^Too many password attempts\. Try again in \d+ seconds?\.$/);
  });

  it("next-auth's credentials sign-in (/api/auth/callback/credentials): the same limits", async () => {
    const { runner, password } = await newRunner();
    const provider = authOptions.providers[0] as unknown as { options: { authorize: (c: unknown, r: unknown) => Promise<unknown> } };
    counter.verifications = 0;
    const outcomes = await Promise.all(passwords(password).map((p) => settle(provider.options.authorize({ email: runner.email, password: p }, { headers: {} }))));
    expect(counter.verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);
    expect(outcomes.filter((o) => o.value)).toHaveLength(0);
    expect(String((outcomes.at(-1)!.error as Error)?.message)).toMatch(/^Too many password attempts/);
  });

  it("change password: the right current password does not change it during the burst", async () => {
    const signedIn = await newRunner();
    jar.cookie = signedIn.cookie;
    counter.verifications = 0;
    const outcomes = await Promise.all(
      passwords(signedIn.password).map((p) => settle(changePasswordAction({}, form({ currentPassword: p, newPassword: `taken over ${randomUUID()}` })))),
    );
    expect(counter.verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);
    expect(outcomes.filter((o) => o.value?.ok)).toHaveLength(0);
    expect(outcomes.at(-1)!.value?.fieldErrors?.currentPassword?.[0]).toMatch(/^Too many password attempts/);
    // The password is still the old one: the burst's sign-in limits stop even the owner for a moment, so check the hash directly.
    const { verifyPassword } = await vi.importActual<typeof import("@/lib/password")>("@/lib/password");
    const row = await db().user.findUniqueOrThrow({ where: { id: signedIn.runner.id } });
    expect(await verifyPassword(row.passwordHash, signedIn.password)).toBe(true);
  });

  it("delete account (the settings form and DELETE /api/v1/account): nothing is deleted during the burst", async () => {
    const signedIn = await newRunner();
    jar.cookie = signedIn.cookie;
    counter.verifications = 0;
    const outcomes = await Promise.all(
      passwords(signedIn.password).map((p, i) =>
        i % 2 === 0
          ? settle(deleteAccountAction({}, form({ password: p })))
          : call(account.DELETE, { method: "DELETE", token: signedIn.token, body: { password: p } }).then((value) => ({ value, error: undefined })),
      ),
    );
    expect(counter.verifications).toBeLessThanOrEqual(MOST_VERIFICATIONS);
    expect(await db().user.count({ where: { id: signedIn.runner.id } })).toBe(1);
    const last = outcomes.at(-1)!.value as { status: number; headers: Headers };
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
  });
});

describe("strangers cannot lock a runner out", () => {
  it(`${POLICIES.account.free} wrong guesses from strangers leave the owner able to sign in at once`, async () => {
    process.env.TRUSTED_PROXY_HOPS = "1";
    const { runner, password } = await newRunner();
    for (let i = 0; i < POLICIES.account.free; i++) {
      expect(await checkCredentials(runner.email, `stranger ${i}`, `203.0.113.${i}`)).toMatchObject({ ok: false, reason: "invalid" });
    }
    expect(await checkCredentials(runner.email, password, "192.0.2.10")).toMatchObject({ ok: true });
  });

  it("a runner slowed down by a burst is asked to wait at most a minute, never locked for longer", async () => {
    const { runner, password } = await newRunner();
    const answers = await Promise.all(passwords(password).map((p) => checkCredentials(runner.email, p, null)));
    const waits = answers.flatMap((a) => (!a.ok && a.reason === "throttled" ? [a.retryAfterSeconds] : []));
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(60);
  });
});
