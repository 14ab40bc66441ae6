import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { checkCredentials, SIGN_IN_FAILED_MESSAGE } from "@/lib/auth";
import { db } from "@/lib/db";
import { POLICIES } from "@/lib/data/password-attempts";
import {
  bumpSessionVersion,
  changePasswordHash,
  createRunner,
  EmailTakenError,
  findRunnerForSession,
  updateSettings,
} from "@/lib/data/users";

const email = () => `runner-${randomUUID()}@example.com`;
const ip = () => `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID().slice(0, 8)}`;
const PASSWORD = "correct horse battery";

describe("accounts", () => {
  it("stores an argon2id hash with at least 19 MiB and 2 passes, never the password", async () => {
    const runner = await createRunner({ email: email(), password: PASSWORD });
    const row = await db().user.findUniqueOrThrow({ where: { id: runner.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=\d+\$/);
    const [, m, t] = /m=(\d+),t=(\d+)/.exec(row.passwordHash)!;
    expect(Number(m)).toBeGreaterThanOrEqual(19_456);
    expect(Number(t)).toBeGreaterThanOrEqual(2);
    expect(row.passwordHash).not.toContain(PASSWORD);
  });

  it("treats email addresses case-insensitively: one account per address", async () => {
    const address = email();
    await createRunner({ email: address, password: PASSWORD });
    await expect(createRunner({ email: address.toUpperCase(), password: PASSWORD })).rejects.toBeInstanceOf(EmailTakenError);
    const result = await checkCredentials(address.toUpperCase(), PASSWORD, null);
    expect(result.ok).toBe(true);
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const address = email();
    await createRunner({ email: address, password: PASSWORD });
    const wrongPassword = await checkCredentials(address, "not the password", ip());
    const unknownEmail = await checkCredentials(email(), PASSWORD, ip());
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid", message: SIGN_IN_FAILED_MESSAGE });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it(`slows an account down after ${POLICIES.account.free} wrong passwords instead of locking it for good`, async () => {
    const address = email();
    await createRunner({ email: address, password: PASSWORD });
    for (let i = 0; i < POLICIES.account.free; i++) {
      // Each attempt from another address: the per-account limit must hold on its own.
      expect((await checkCredentials(address, `wrong ${i}`, ip())).ok).toBe(false);
    }
    // At once: the first is still verified (and sets the first delay); the rest, the right password last, must wait.
    const burst = await Promise.all([...Array.from({ length: 5 }, (_, i) => `wrong again ${i}`), PASSWORD].map((p) => checkCredentials(address, p, ip())));
    const blocked = burst.at(-1)!;
    expect(blocked).toMatchObject({ ok: false, reason: "throttled" });
    if (blocked.ok || blocked.reason !== "throttled") throw new Error("expected throttled");
    expect(blocked.message).toMatch(/^Too many password attempts\. Try again in \d+ seconds?\.$/);
    expect(blocked.retryAfterSeconds).toBeLessThanOrEqual(POLICIES.account.maxDelayMs / 1000);
  });

  it(`slows one client down after ${POLICIES.client.free} wrong passwords across many accounts, not others`, async () => {
    const address = ip();
    const victim = email();
    await createRunner({ email: victim, password: PASSWORD });
    for (let i = 0; i < POLICIES.client.free; i++) await checkCredentials(email(), "guess", address);
    // Past the free attempts the client waits a growing delay: guess on until one is refused (a
    // racing burst could let the right password be the one attempt that still gets through).
    let throttled = false;
    for (let i = 0; i < 5 && !throttled; i++) {
      const guess = await checkCredentials(email(), "guess", address);
      throttled = !guess.ok && guess.reason === "throttled";
    }
    expect(throttled).toBe(true);
    // Refused before any password is checked, so this follows at once, inside the delay.
    expect(await checkCredentials(victim, PASSWORD, address)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await checkCredentials(victim, PASSWORD, ip())).toMatchObject({ ok: true });
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const address = email();
    await createRunner({ email: address, password: PASSWORD });
    for (let i = 0; i < POLICIES.account.free - 1; i++) await checkCredentials(address, "wrong", ip());
    expect((await checkCredentials(address, PASSWORD, ip())).ok).toBe(true);
    expect((await checkCredentials(address, "wrong again", ip())).ok).toBe(false);
    expect((await checkCredentials(address, PASSWORD, ip())).ok).toBe(true);
  });

  it("makes old sessions useless after sign-out-everywhere and after a password change", async () => {
    const runner = await createRunner({ email: email(), password: PASSWORD });
    expect(await findRunnerForSession(runner.id, runner.sessionVersion)).not.toBeNull();
    const v2 = await bumpSessionVersion(runner.id);
    expect(await findRunnerForSession(runner.id, runner.sessionVersion)).toBeNull();
    expect(await findRunnerForSession(runner.id, v2)).not.toBeNull();
    const v3 = await changePasswordHash(runner.id, "a brand new passphrase");
    expect(await findRunnerForSession(runner.id, v2)).toBeNull();
    expect(await findRunnerForSession(runner.id, v3)).not.toBeNull();
    expect((await checkCredentials(runner.email, PASSWORD, ip())).ok).toBe(false);
    expect((await checkCredentials(runner.email, "a brand new passphrase", ip())).ok).toBe(true);
  });

  it("makes sessions useless when the account is deleted", async () => {
    const runner = await createRunner({ email: email(), password: PASSWORD });
    await db().user.delete({ where: { id: runner.id } });
    expect(await findRunnerForSession(runner.id, runner.sessionVersion)).toBeNull();
  });

  it("saves units, time zone and body mass, and marks the runner as onboarded", async () => {
    const runner = await createRunner({ email: email(), password: PASSWORD, timeZone: "Europe/Berlin" });
    expect(runner).toMatchObject({ units: "km", timeZone: "Europe/Berlin", bodyMassKg: null, onboarded: false });
    const updated = await updateSettings(runner.id, { units: "mi", timeZone: "America/Denver", bodyMassKg: 61.5 });
    expect(updated).toMatchObject({ units: "mi", timeZone: "America/Denver", bodyMassKg: 61.5, onboarded: true });
  });
});
