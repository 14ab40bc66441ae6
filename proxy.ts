import { NextResponse, type NextRequest } from "next/server";

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
