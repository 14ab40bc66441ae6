// Redirect targets from input — the sign-in form's `next`, next-auth's `callbackUrl`, the
// calendar's `back` — never leave our site and never cause a 500 (a newline used to).
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).nextHeaders(jar));
vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).nextCache);

const { signInAction } = await import("@/app/(auth)/actions");
const { massageIntentAction } = await import("@/app/(app)/calendar/actions");
const { authOptions } = await import("@/lib/auth");
const { createMassage } = await import("@/lib/data/massages");
const { todayFor } = await import("@/lib/data/plan");
const { addDaysIso } = await import("@/lib/format/dates");
const { newRunner } = await import("../support/api");

const HOSTILE = [
  "/%09/evil.example/",
  "/\t/evil.example/",
  "//evil.example/",
  "/\\evil.example/",
  "/\\/evil.example/",
  "\\/evil.example/",
  "/%5C%5Cevil.example/",
  "/%2F%2Fevil.example/",
  "https://evil.example/",
  "/\n/evil.example/",
  "/runs\r\nSet-Cookie: x=1",
  "/runs\u0000",
  "javascript:alert(1)",
];

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const redirectOf = (error: unknown) => /^NEXT_REDIRECT;[^;]*;([^;]*);/.exec(String((error as { digest?: string })?.digest ?? ""))?.[1] ?? null;

async function signInWithNext(next: string): Promise<string | null> {
  const { runner, password } = await newRunner();
  try {
    await signInAction({}, form({ email: runner.email, password, next }));
  } catch (error) {
    return redirectOf(error);
  }
  return null;
}

describe("after sign-in", () => {
  it("goes to a path on our site that was asked for", async () => {
    expect(await signInWithNext("/runs?from=2026-01-01")).toBe("/runs?from=2026-01-01");
  });

  it.each(HOSTILE)("goes home instead of to %j", async (next) => {
    expect(await signInWithNext(next)).toBe("/");
  });
});

describe("next-auth's callbackUrl", () => {
  it.each(HOSTILE)("stays on our origin for %j", async (url) => {
    const target = await authOptions.callbacks!.redirect!({ url, baseUrl: "http://localhost:3000" });
    expect(new URL(target).origin).toBe("http://localhost:3000");
    expect(target).toBe("http://localhost:3000/");
  });

  it("keeps a path of ours", async () => {
    expect(await authOptions.callbacks!.redirect!({ url: "/calendar", baseUrl: "http://localhost:3000" })).toBe("http://localhost:3000/calendar");
  });
});

describe("the calendar's way back after dismissing a massage day", () => {
  it("goes back under /calendar only", async () => {
    const signedIn = await newRunner();
    jar.cookie = signedIn.cookie;
    const today = todayFor(signedIn.runner);
    for (const back of [...HOSTILE, "/calendar/../runs", "/calendarx"]) {
      const massage = await createMassage(signedIn.runner, { date: addDaysIso(today, 3), depth: "light", regions: [], status: "accepted" });
      const outcome = await massageIntentAction({}, form({ id: massage.id, intent: "dismiss", version: massage.version, back })).then(
        () => null,
        (error: unknown) => redirectOf(error),
      );
      expect(outcome, back).toBe("/calendar?done=dismissed");
    }
  });
});
