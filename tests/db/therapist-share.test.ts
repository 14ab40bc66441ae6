// The therapist's link: tokens stored hashed, expiry, revocation at once, and what the page
// shows — and must never show (email, tokens, run and massage notes, the name unless chosen).
import { createHash, randomBytes } from "node:crypto";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": `203.0.113.${Math.floor(Math.random() * 250)}` }),
  cookies: async () => ({ get: () => undefined, getAll: () => [] }),
}));

import SharePage from "@/app/share/[token]/page";
import * as sharesRoute from "@/app/api/v1/shares/route";
import * as shareRoute from "@/app/api/v1/shares/[id]/route";
import { db } from "@/lib/db";
import { listShares, revokeShare, shareForToken } from "@/lib/data/shares";
import { SHARE_OPENS_PER_WINDOW, shareOpenRetryAfterMs } from "@/lib/data/share-throttle";
import { call, newRunner } from "../support/api";
import { MASSAGE_NOTE, RUN_NOTE, RUNNER_NAME, runnerWithHistory, shareOf } from "../support/therapist-share";

const DAY = 86_400_000;

async function renderPage(token: string): Promise<{ html: string } | { notFound: true }> {
  try {
    const element = await SharePage({ params: Promise.resolve({ token }) });
    return { html: renderToStaticMarkup(element) };
  } catch (error) {
    if (String((error as { digest?: string }).digest ?? "").includes("404")) return { notFound: true };
    throw error;
  }
}

describe("therapist link tokens", () => {
  it("are long and random, shown once, and stored only as a SHA-256 hash", async () => {
    const r = await newRunner();
    const res = await call(sharesRoute.POST, { token: r.token, body: { label: "Clinic North" } });
    expect(res.status).toBe(201);
    const token: string = res.json.token;
    expect(token).toMatch(/^tp_[A-Za-z0-9_-]{43}$/); // 256 random bits
    expect(res.json.url).toBe(`http://localhost:3000/share/${token}`);
    const row = await db().therapistShare.findUniqueOrThrow({ where: { id: res.json.id } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await call(sharesRoute.GET, { token: r.token });
    expect(list.json.shares).toHaveLength(1);
    expect(list.text).not.toContain(token);
    expect(list.text).not.toContain(row.tokenHash);
  });

  it("expire after 14 days by default, or the days the runner chose", async () => {
    const r = await newRunner();
    const now = new Date();
    const byDefault = await shareOf(r.runner.id, {}, now);
    expect(Date.parse(byDefault.expiresAt) - now.getTime()).toBe(14 * DAY);
    const short = await shareOf(r.runner.id, { expiresInDays: 3 }, now);
    expect(await shareForToken(short.token, new Date(now.getTime() + 3 * DAY - 1000))).not.toBeNull();
    expect(await shareForToken(short.token, new Date(now.getTime() + 3 * DAY))).toBeNull();
    const res = await call(sharesRoute.POST, { token: r.token, body: { label: "x", expiresInDays: 91 } });
    expect(res.status).toBe(422);
    expect(res.json.error.fields.expiresInDays).toBeDefined();
  });

  it("several links live side by side; revoking one stops it at once and leaves the others", async () => {
    const r = await newRunner();
    const a = await shareOf(r.runner.id, { label: "Clinic North" });
    const b = await shareOf(r.runner.id, { label: "Sports physio" });
    expect(await shareForToken(a.token)).not.toBeNull();
    const revoked = await call(shareRoute.DELETE, { method: "DELETE", token: r.token, params: { id: a.id } });
    expect(revoked.status).toBe(204);
    expect(await shareForToken(a.token)).toBeNull();
    expect(await shareForToken(b.token)).not.toBeNull();
    const states = Object.fromEntries((await listShares(r.runner.id)).map((s) => [s.label, s.state]));
    expect(states).toEqual({ "Clinic North": "revoked", "Sports physio": "active" });
    // Another runner cannot revoke it: 404, and it still works.
    const other = await newRunner();
    expect((await call(shareRoute.DELETE, { method: "DELETE", token: other.token, params: { id: b.id } })).status).toBe(404);
    expect(await shareForToken(b.token)).not.toBeNull();
  });

  it("record when the therapist last opened the page, for the runner to see", async () => {
    const r = await newRunner();
    const link = await shareOf(r.runner.id);
    expect((await listShares(r.runner.id))[0]!.lastOpenedAt).toBeNull();
    const opened = new Date();
    await shareForToken(link.token, opened);
    expect((await listShares(r.runner.id))[0]!.lastOpenedAt).toBe(opened.toISOString());
  });

  it("a link from a session must be one of the runner's own booked sessions; notes need a session", async () => {
    const r = await runnerWithHistory();
    const other = await newRunner();
    const foreign = await call(sharesRoute.POST, { token: other.token, body: { label: "x", massageId: r.bookedId } });
    expect(foreign.status).toBe(422);
    expect(foreign.json.error.fields.massageId).toEqual(["That massage session was not found."]);
    const noSession = await call(sharesRoute.POST, { token: r.token, body: { label: "x", allowNotes: true } });
    expect(noSession.status).toBe(422);
    expect(noSession.json.error.fields.allowNotes).toBeDefined();
    expect(await db().therapistShare.count({ where: { userId: other.runner.id } })).toBe(0);
  });

  it("honour Idempotency-Key on create", async () => {
    const r = await newRunner();
    const headers = { "idempotency-key": "share-once" };
    const first = await call(sharesRoute.POST, { token: r.token, body: { label: "Clinic" }, headers });
    const again = await call(sharesRoute.POST, { token: r.token, body: { label: "Clinic" }, headers });
    expect(again.text).toBe(first.text);
    expect(await db().therapistShare.count({ where: { userId: r.runner.id } })).toBe(1);
  });
});

describe("the therapist's page", () => {
  it("shows what a therapist needs, red flags first", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id, { noteToTherapist: "Please go easy on the right calf." });
    const page = await renderPage(link.token);
    if (!("html" in page)) throw new Error("expected the page");
    const text = page.html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Harbour Marathon");
    expect(text).toContain("Park 10K");
    expect(text).toMatch(/the runner was advised to see a physiotherapist or doctor: sharp pain in their right knee/);
    expect(text).toContain("Right calf sorer than the left on 3 of 3 logged days in the last 4 weeks (average 4.3 vs 0.3 out of 10).");
    expect(text).toContain("Please go easy on the right calf.");
    expect(text).toContain("Right soleus much tighter than left");
    expect(text).toContain("Next morning: calves better");
    expect(text).toMatch(/at 17:30: light \/ flush massage, Calves/);
    // Red flags come before everything else the page says about the runner.
    expect(page.html.indexOf("advised to see a physiotherapist")).toBeLessThan(page.html.indexOf("Harbour Marathon"));
    // Read-only: no form without the runner's permission.
    expect(page.html).not.toContain("<form");
  });

  it("never shows the email, any token, run or massage notes — nor the name unless chosen", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id);
    const feed = await db().calendarFeed.findUniqueOrThrow({ where: { userId: r.runner.id } });
    const page = await renderPage(link.token);
    if (!("html" in page)) throw new Error("expected the page");
    for (const secret of [r.runner.email, r.token, feed.token, RUN_NOTE, MASSAGE_NOTE, RUNNER_NAME, link.token, r.runner.id]) {
      expect(page.html).not.toContain(secret);
    }
    const named = await shareOf(r.runner.id, { showName: true });
    const withName = await renderPage(named.token);
    expect("html" in withName && withName.html).toContain(RUNNER_NAME);
  });

  it("is a 404 with no data once revoked, once expired, or for a guessed token", async () => {
    const r = await runnerWithHistory();
    const link = await shareOf(r.runner.id);
    expect("html" in (await renderPage(link.token))).toBe(true);
    await revokeShare(r.runner.id, link.id);
    expect(await renderPage(link.token)).toEqual({ notFound: true });
    const expired = await shareOf(r.runner.id, { expiresInDays: 1 }, new Date(Date.now() - 2 * DAY));
    expect(await renderPage(expired.token)).toEqual({ notFound: true });
    expect(await renderPage(`tp_${randomBytes(32).toString("base64url")}`)).toEqual({ notFound: true });
    expect(await renderPage("not-a-token")).toEqual({ notFound: true });
    expect(await renderPage(link.token.slice(0, -1) + (link.token.endsWith("A") ? "B" : "A"))).toEqual({ notFound: true });
  });

  it("opens are rate-limited per address, in Postgres", async () => {
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < SHARE_OPENS_PER_WINDOW; i++) expect(await shareOpenRetryAfterMs(ip)).toBe(0);
    expect(await shareOpenRetryAfterMs(ip)).toBeGreaterThan(0);
    expect(await shareOpenRetryAfterMs(`${ip}0`)).toBe(0);
  });
});
