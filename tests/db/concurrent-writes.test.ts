// Concurrency without 500s: parallel saves of one runner's day are serialised (the last save wins
// whole, never a mix of two), parallel single-spot saves never collide, and deleting an account
// while its writes are in flight answers those writes 401/404 — never a 500.
import { describe, expect, it, vi } from "vitest";

const jar = vi.hoisted(() => ({ cookie: "" }));
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
  headers: async () => new Headers({ origin: "http://localhost:3000" }),
}));
// Deletes the account right after a request was authenticated: the moment a write is in flight.
const gone = vi.hoisted(() => ({ deleteAfterAuth: false }));
vi.mock("@/lib/data/users", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/data/users")>();
  return {
    ...real,
    findRunnerById: async (userId: string) => {
      const runner = await real.findRunnerById(userId);
      if (gone.deleteAfterAuth && runner) {
        const { db } = await import("@/lib/db");
        await db().user.deleteMany({ where: { id: userId } });
      }
      return runner;
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { logSorenessAction } = await import("@/app/(app)/soreness/actions");
const sorenessRoute = await import("@/app/api/v1/soreness/route");
const runsRoute = await import("@/app/api/v1/runs/route");
const accountRoute = await import("@/app/api/v1/account/route");
const { sorenessOn } = await import("@/lib/data/soreness");
const { todayFor } = await import("@/lib/data/plan");
const { levelFieldName } = await import("@/lib/validation/soreness-fields");
const { REGIONS } = await import("@/lib/rules");
const { call, newRunner } = await import("../support/api");

type Spot = { region: (typeof REGIONS)[number]; side: "left" | "right"; level: number };

/** Save number i: its own set of spots (different regions and levels), so a mix shows. */
const spotsOf = (i: number): Spot[] =>
  REGIONS.filter((_, r) => (r + i) % 3 !== 0).map((region, r) => ({ region, side: r % 2 ? "left" : "right", level: (i + r) % 9 + 1 }));
const key = (spots: { region: string; side: string; level: number }[]) =>
  spots
    .map((s) => `${s.region}/${s.side}=${s.level}`)
    .sort()
    .join(" ");

describe("parallel saves of one runner's day", () => {
  it("eight saves of the body map at once: every one answers, none fails, and the day holds exactly one save's spots", async () => {
    const signedIn = await newRunner();
    jar.cookie = signedIn.cookie;
    const date = todayFor(signedIn.runner);
    const saves = Array.from({ length: 8 }, (_, i) => spotsOf(i));
    const outcomes = await Promise.allSettled(
      saves.map((spots) => {
        const form = new FormData();
        form.set("date", date);
        for (const s of spots) form.set(levelFieldName(s.region, s.side), String(s.level));
        return logSorenessAction({}, form);
      }),
    );
    expect(outcomes.filter((o) => o.status === "rejected").map((o) => String((o as PromiseRejectedResult).reason))).toEqual([]);
    for (const o of outcomes) expect((o as PromiseFulfilledResult<{ ok?: boolean }>).value.ok).toBe(true);
    const day = key(await sorenessOn(signedIn.runner.id, date));
    expect(saves.map(key)).toContain(day);
  });

  it("eight API saves of the same spot at once: each answers 200 or 201, one entry remains", async () => {
    const r = await newRunner();
    const date = todayFor(r.runner);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(sorenessRoute.POST, { token: r.token, method: "POST", path: "/api/v1/soreness", body: { date, region: "calves", side: "left", level: i + 1 } }),
      ),
    );
    expect(answers.map((a) => a.status).filter((s) => s !== 200 && s !== 201)).toEqual([]);
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(await sorenessOn(r.runner.id, date)).toHaveLength(1);
  });
});

describe("deleting an account while its writes are in flight", () => {
  it("a write whose account vanished after it was authenticated gets 401, not 500, and stores nothing", async () => {
    const r = await newRunner();
    const date = todayFor(r.runner);
    gone.deleteAfterAuth = true;
    try {
      const run = await call(runsRoute.POST, { token: r.token, method: "POST", path: "/api/v1/runs", body: { startedAt: new Date().toISOString(), distanceM: 5000, durationSec: 1800 } });
      expect(run.status, run.text).toBe(401);
      const r2 = await newRunner();
      const spot = await call(sorenessRoute.POST, { token: r2.token, method: "POST", path: "/api/v1/soreness", body: { date, region: "calves", side: "left", level: 3 } });
      expect(spot.status, spot.text).toBe(401);
      expect(spot.json.error.message).toMatch(/no longer exists/);
    } finally {
      gone.deleteAfterAuth = false;
    }
  });

  it("answers every write 2xx, 401 or 404 — never a 500", async () => {
    const r = await newRunner();
    const date = todayFor(r.runner);
    const writes = Array.from({ length: 24 }, (_, i) =>
      i % 2 === 0
        ? call(runsRoute.POST, { token: r.token, method: "POST", path: "/api/v1/runs", body: { startedAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(), distanceM: 5000 + i, durationSec: 1800 } })
        : call(sorenessRoute.POST, { token: r.token, method: "POST", path: "/api/v1/soreness", body: { date, region: REGIONS[i % REGIONS.length], side: "left", level: 3 } }),
    );
    const deletion = call(accountRoute.DELETE, { token: r.token, method: "DELETE", path: "/api/v1/account", body: { password: r.password } });
    const answers = await Promise.all([...writes, deletion]);
    expect(answers.at(-1)!.status).toBe(204);
    const unexpected = answers.filter((a) => ![200, 201, 204, 401, 404].includes(a.status)).map((a) => `${a.status} ${a.text}`);
    expect(unexpected).toEqual([]);
  });
});

describe("the database going away under a raw query (the sign-in limits)", () => {
  it("answers 503 with Retry-After, as for any other query", async () => {
    const { Prisma } = await import("@/lib/db");
    const { toErrorResponse } = await import("@/lib/api/handler");
    const error = new Prisma.PrismaClientKnownRequestError("", {
      code: "P2010",
      clientVersion: "7",
      meta: { driverAdapterError: { name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 } } },
    });
    const res = toErrorResponse(error);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("5");
  });
});
