import { NextResponse, type NextRequest } from "next/server";
import { EARLIEST_YEAR, LATEST_YEAR } from "./lib/rules/dates";
import { farOffDateInQuery } from "./lib/validation/query-dates";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A page asked for a day in a year the app does not keep: 400 with the reason, as the API answers. */
function farOffDatePage(param: string, csp: string): NextResponse {
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>That date is out of range</title></head><body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5"><main><h1>That date is out of range</h1><p>Dates must be in the years ${EARLIEST_YEAR}–${LATEST_YEAR}; the address asked for <code>${escapeHtml(param)}</code>. Nothing was changed.</p><p><a href="/">Back to today</a></p></main></body></html>`;
  return new NextResponse(body, { status: 400, headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": csp, "Cache-Control": "no-store" } });
}

// Runs before every matched request: a fresh CSP nonce per response. Authorization is NOT
// decided here — every page, action and route calls requireUser() itself.
export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");

  // Pages cannot answer 4xx themselves; the JSON API refuses these in readQuery.
  if (!request.nextUrl.pathname.startsWith("/api/")) {
    const farOff = farOffDateInQuery(request.nextUrl.searchParams);
    if (farOff) return farOffDatePage(farOff, csp);
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if ((process.env.NEXTAUTH_URL ?? "").startsWith("https://")) {
    response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  }
  return response;
}

export const config = {
  // Not POST /api/v1/imports: with a proxy, Next.js copies the request body into memory for it
  // (and cuts it at proxyClientMaxBodySize, 10 MB) — an archive upload of up to 4 GiB must stream to
  // disk instead. That JSON-only route gets its CSP from next.config.js.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/v1/imports$).*)" }],
};
