/**
 * Where to send the browser after sign-in (or any redirect whose target came from input:
 * `next`, `callbackUrl`, `returnTo`): only a path on our own site, or "/".
 *
 * The target is parsed the way a browser would parse it — `new URL(target, origin)` — and must
 * keep our origin, so "//evil.example", "/\\evil.example", "/%09/evil.example" (a tab the browser
 * drops) and "https://evil.example" all fall back to "/". Any control character (C0, DEL, C1) in
 * the raw or the percent-decoded text is refused as well, and the decoded text must keep our origin
 * too ("%2F%2Fevil.example"): browsers strip tabs and newlines from
 * URLs, and a newline in a Location header is a 500 or a header injection.
 *
 * Returns a path ("/runs?from=…#x"), never an absolute URL.
 */
export function safeRedirectTarget(target: unknown, origin: string, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2048) return fallback;
  if (hasControlCharacter(target)) return fallback;
  let decoded: string;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    return fallback;
  }
  if (hasControlCharacter(decoded) || decoded.includes("\\")) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(target, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin) return fallback;
  // Decoded once more (a proxy or a later redirect may decode it), it must still stay here.
  try {
    if (new URL(decoded, base).origin !== base.origin) return fallback;
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  // The path must itself stay on our origin when used as a relative Location ("//x" would not).
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  return path;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function hasControlCharacter(text: string): boolean {
  return CONTROL.test(text);
}

/** The origin redirect targets are checked against: NEXTAUTH_URL's, else a stand-in (only paths pass). */
export function ownOriginForRedirects(): string {
  try {
    return new URL(process.env.NEXTAUTH_URL ?? "").origin;
  } catch {
    return "http://localhost";
  }
}
