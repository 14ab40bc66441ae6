// Every redirect target taken from input stays on our own site: parsed as a browser would with
// new URL(target, origin), same origin, no control characters; anything else is "/".
import { describe, expect, it } from "vitest";
import { safeRedirectTarget } from "@/lib/validation/redirect";

const ORIGIN = "http://localhost:3000";

describe("safeRedirectTarget", () => {
  it.each([
    ["/runs", "/runs"],
    ["/runs?from=2026-01-01#week", "/runs?from=2026-01-01#week"],
    ["/calendar/races/new", "/calendar/races/new"],
    [`${ORIGIN}/settings`, "/settings"],
    ["settings", "/settings"],
    ["/%E2%9C%93", "/%E2%9C%93"],
  ])("keeps our own path %j", (target, expected) => {
    expect(safeRedirectTarget(target, ORIGIN)).toBe(expected);
  });

  it.each([
    "//evil.example/",
    "/\\evil.example/",
    "\\\\evil.example",
    "/%09/evil.example/",
    "/\t/evil.example/",
    "/\n/evil.example/",
    "/\r\n/evil.example/",
    "\t//evil.example",
    " //evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "%2F%2Fevil.example",
    "https://evil.example/",
    "http://localhost:3001/",
    "https://localhost:3000/",
    "javascript:alert(1)",
    "data:text/html,hi",
    "/runs\u0000",
    "/runs%00",
    "/runs\u007f",
    "/runs\u0085",
    "/%0d%0aSet-Cookie:x=1",
    "/%E0%A4%A",
    "",
    "x".repeat(3000),
  ])("sends %j to /", (target) => {
    expect(safeRedirectTarget(target, ORIGIN)).toBe("/");
  });

  it("refuses anything that is not a string", () => {
    for (const value of [null, undefined, 42, {}, ["/runs"]]) expect(safeRedirectTarget(value, ORIGIN)).toBe("/");
  });
});
