import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import * as account from "@/app/api/v1/account/route";
import * as tokens from "@/app/api/v1/tokens/route";
import * as token from "@/app/api/v1/tokens/[id]/route";
import * as openapi from "@/app/api/v1/openapi.json/route";
import { POLICIES } from "@/lib/data/password-attempts";
import { SIGN_UP_ANSWER } from "@/lib/validation/account";
import { call, newRunner, ORIGIN } from "../../support/api";

describe("POST /api/v1/account", () => {
  it("creates an account (202, normalised email) that can then exchange its password for a token", async () => {
    const email = `New-${randomUUID()}@Example.com`;
    const res = await call(account.POST, { body: { email, password: "a fine passphrase" } });
    expect(res.status).toBe(202);
    expect(res.json).toEqual({ email: email.toLowerCase(), message: SIGN_UP_ANSWER });
    const exchanged = await call(tokens.POST, { body: { email, password: "a fine passphrase", name: "x" } });
    expect(exchanged.status).toBe(201);
  });

  it("answers exactly the same for an email that already has an account, and leaves that account as it was", async () => {
    const email = `dup-${randomUUID()}@example.com`;
    const first = await call(account.POST, { body: { email, password: "a fine passphrase" } });
    const again = await call(account.POST, { body: { email: email.toUpperCase(), password: "another passphrase" } });
    expect({ status: again.status, json: again.json }).toEqual({ status: first.status, json: first.json });
    expect((await call(tokens.POST, { body: { email, password: "another passphrase", name: "x" } })).status).toBe(401);
    expect((await call(tokens.POST, { body: { email, password: "a fine passphrase", name: "x" } })).status).toBe(201);
  });

  it.each([
    ["no JSON content type", { rawBody: "email=a", headers: { "content-type": "application/x-www-form-urlencoded" } }, 415],
    ["malformed JSON", { rawBody: "{", headers: { "content-type": "application/json" } }, 400],
    ["a weak password", { body: { email: "x@example.com", password: "password" } }, 422],
    ["an unknown field", { body: { email: "y@example.com", password: "a fine passphrase", admin: true } }, 422],
    ["a huge body", { rawBody: JSON.stringify({ email: "z@example.com", password: "p".repeat(100_000) }), headers: { "content-type": "application/json" } }, 413],
  ])("refuses %s with the error shape", async (_, options, status) => {
    const res = await call(account.POST, options as never);
    expect(res.status).toBe(status);
    expect(res.json).toEqual({ error: { code: expect.any(String), message: expect.any(String), ...(status === 422 ? { fields: expect.any(Object) } : {}) } });
  });
});

describe("personal API tokens", () => {
  it("exchanges credentials for a token shown once, lists it without the secret, and revokes it", async () => {
    const { runner, password, token: existing } = await newRunner();
    const created = await call(tokens.POST, { body: { email: runner.email, password, name: "watch sync" } });
    expect(created.status).toBe(201);
    expect(created.json.token).toMatch(/^rp_[A-Za-z0-9_-]{43}$/);

    const listed = await call(tokens.GET, { token: created.json.token });
    expect(listed.status).toBe(200);
    expect(listed.json.tokens.map((t: { name: string }) => t.name).sort()).toEqual(["tests", "watch sync"]);
    expect(JSON.stringify(listed.json)).not.toContain(created.json.token);
    expect(JSON.stringify(listed.json)).not.toContain(existing);

    const revoked = await call(token.DELETE, { method: "DELETE", token: existing, params: { id: created.json.id } });
    expect(revoked.status).toBe(204);
    expect((await call(tokens.GET, { token: created.json.token })).status).toBe(401);
  });

  it("answers 401 with the same message for a wrong password and an unknown email", async () => {
    const { runner } = await newRunner();
    const wrong = await call(tokens.POST, { body: { email: runner.email, password: "nope nope", name: "x" } });
    const unknown = await call(tokens.POST, { body: { email: `ghost-${randomUUID()}@example.com`, password: "nope nope", name: "x" } });
    expect(wrong.status).toBe(401);
    expect(unknown.json).toEqual(wrong.json);
  });

  it("throttles token creation like sign-in: 429 with Retry-After once the free attempts are used", async () => {
    const { runner, password } = await newRunner();
    for (let i = 0; i < POLICIES.account.free; i++) await call(tokens.POST, { body: { email: runner.email, password: `wrong ${i}`, name: "x" } });
    // At once: the first sets the first delay, the rest (the right password last) must wait.
    const burst = await Promise.all(
      [...Array.from({ length: 5 }, (_, i) => `wrong again ${i}`), password].map((p) => call(tokens.POST, { body: { email: runner.email, password: p, name: "x" } })),
    );
    const res = burst.at(-1)!;
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(res.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect(res.json.error.message).toMatch(/^Too many password attempts\. Try again in \d+ seconds?\.$/);
  });

  it("gives 404 when revoking another runner's token, and leaves it working", async () => {
    const a = await newRunner();
    const b = await newRunner();
    const aTokens = await call(tokens.GET, { token: a.token });
    const res = await call(token.DELETE, { method: "DELETE", token: b.token, params: { id: aTokens.json.tokens[0].id } });
    expect(res.status).toBe(404);
    expect((await call(tokens.GET, { token: a.token })).status).toBe(200);
  });

  it("gives 404, not 500, for an id that is not a uuid", async () => {
    const a = await newRunner();
    expect((await call(token.DELETE, { method: "DELETE", token: a.token, params: { id: "../../etc" } })).status).toBe(404);
  });
});

describe("API authentication", () => {
  it("answers 401 without credentials and with a bad token", async () => {
    expect((await call(tokens.GET)).status).toBe(401);
    const bad = await call(tokens.GET, { token: "rp_not-a-real-token" });
    expect(bad.status).toBe(401);
    expect(bad.headers.get("www-authenticate")).toMatch(/^Bearer/);
  });

  it("accepts the session cookie for reads, and for changes only from our own origin", async () => {
    const a = await newRunner();
    expect((await call(tokens.GET, { cookie: a.cookie })).status).toBe(200);
    const list = await call(tokens.GET, { cookie: a.cookie });
    const id = list.json.tokens[0].id;
    const crossSite = await call(token.DELETE, {
      method: "DELETE",
      cookie: a.cookie,
      params: { id },
      headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await call(token.DELETE, { method: "DELETE", cookie: a.cookie, params: { id }, headers: { origin: "null" } });
    expect(nullOrigin.status).toBe(403);
    const noOrigin = await call(token.DELETE, { method: "DELETE", cookie: a.cookie, params: { id } });
    expect(noOrigin.status).toBe(403);
    expect((await call(tokens.GET, { token: a.token })).json.tokens).toHaveLength(1);
    const sameOrigin = await call(token.DELETE, {
      method: "DELETE",
      cookie: a.cookie,
      params: { id },
      headers: { origin: ORIGIN, "sec-fetch-site": "same-origin" },
    });
    expect(sameOrigin.status).toBe(204);
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("describes the API as OpenAPI 3.1 from the same schemas the routes use", async () => {
    const res = await call(openapi.GET as never);
    expect(res.status).toBe(200);
    expect(res.json.openapi).toBe("3.1.0");
    const signUp = res.json.paths["/account"].post;
    expect(signUp.requestBody.content["application/json"].schema.required).toEqual(["email", "password"]);
    expect(signUp.requestBody.content["application/json"].schema.additionalProperties).toBe(false);
  });
});
