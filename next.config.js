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
  experimental: { serverActions: { bodySizeLimit: "26mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The archive upload route is outside proxy.ts (its body must stream): a JSON-only CSP here.
      { source: "/api/v1/imports", headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'" }] },
    ];
  },
};

export default nextConfig;
