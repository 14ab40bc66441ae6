// @ts-check
// The Content-Security-Policy (with a per-request nonce) and HSTS (when NEXTAUTH_URL is https,
// read at run time) are set in proxy.ts; the headers here are the same on every response.
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// proxy.ts sees every request, so Next buffers the body for it — by default only the first 10 MB,
// silently cutting the rest (an import over 10 MiB then failed as "could not be read"). The largest
// body we accept is an import request of MAX_IMPORT_REQUEST_BYTES (lib/validation/run.ts, 100 MiB).
// 1 MiB more: Next drops the chunk that crosses its cap (chunks are ≤ 64 KiB), so whatever the body,
// the import route still receives more than its own limit when the body is over it, and answers
// 413 with the limit in the message (tests/faults/limits-and-bodies.test.ts sends one without
// Content-Length). tests/unit/foundation/body-limits.test.ts keeps the numbers together.
export const PROXY_CLIENT_MAX_BODY_BYTES = 101 * 1024 * 1024;

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A self-contained server in .next/standalone for deployment (see README, "Deploying").
  // Only for that build: `next start` (npm start) serves the ordinary build.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // NEXT_DIST_DIR lets two builds (say, two browser-test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // `npm run typecheck` (tsc over the whole project, tests included) runs in CI; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg"],
  experimental: { serverActions: { bodySizeLimit: "26mb" }, proxyClientMaxBodySize: PROXY_CLIENT_MAX_BODY_BYTES },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The therapist's private page (issue 16): never sent on as a referrer, never indexed,
      // never kept by a shared cache. Later entries override the same key above.
      {
        source: "/share/:path*",
        headers: [
          { key: "Referrer-Policy", value: "no-referrer" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
          { key: "Cache-Control", value: "private, no-store" },
        ],
      },
      // The archive upload route is outside proxy.ts (its body must stream): a JSON-only CSP here.
      { source: "/api/v1/imports", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
