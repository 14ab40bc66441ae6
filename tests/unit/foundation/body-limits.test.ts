// The proxy (proxy.ts) must let through every body the routes promise to accept: Next buffers
// proxied bodies up to experimental.proxyClientMaxBodySize and cuts the rest off silently.
import { describe, expect, it } from "vitest";
import path from "node:path";
import { MAX_ACTIVITY_FILE_BYTES } from "@/lib/import";
import { MAX_IMPORT_REQUEST_BYTES } from "@/lib/validation/run";

// next.config.js is plain JavaScript (no types): imported by path.
const CONFIG = path.resolve(import.meta.dirname, "../../../next.config.js");
const { default: nextConfig, PROXY_CLIENT_MAX_BODY_BYTES } = (await import(/* @vite-ignore */ CONFIG)) as {
  default: { experimental?: { proxyClientMaxBodySize?: number } };
  PROXY_CLIENT_MAX_BODY_BYTES: number;
};

describe("body limits through the proxy", () => {
  it("buffers 1 MiB more than the largest request we accept, so the route itself sees an oversized body and answers 413", () => {
    expect(nextConfig.experimental?.proxyClientMaxBodySize).toBe(PROXY_CLIENT_MAX_BODY_BYTES);
    expect(PROXY_CLIENT_MAX_BODY_BYTES).toBe(MAX_IMPORT_REQUEST_BYTES + 1024 * 1024);
    expect(MAX_IMPORT_REQUEST_BYTES).toBeGreaterThanOrEqual(MAX_ACTIVITY_FILE_BYTES);
  });
});
