/**
 * The client's address, for the sign-in and sign-up limits.
 *
 * `X-Forwarded-For` is written by whoever sends the request, so it is ignored unless the operator
 * says how many proxies of their own stand in front of the app: `TRUSTED_PROXY_HOPS=1` for one
 * load balancer or reverse proxy that appends the address it saw (nginx `$proxy_add_x_forwarded_for`,
 * most cloud load balancers). The client is then the entry that many places from the right; anything
 * further left was sent by the client and is not believed.
 *
 * Without it the app cannot tell clients apart (Next.js hands route handlers no socket address,
 * and it keeps a client-sent `X-Forwarded-For` as it is), so this returns null and the limits are
 * per account only.
 */
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.TRUSTED_PROXY_HOPS ?? "0");
  return Number.isInteger(value) && value > 0 && value <= 10 ? value : 0;
}

/** From the request headers (a Headers object or Node's plain object): the client address or null. */
export function clientAddress(headers: Headers | Record<string, string | string[] | undefined>, hops = trustedProxyHops()): string | null {
  if (hops === 0) return null;
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const value = Array.isArray(raw) ? raw.join(",") : raw;
  if (!value) return null;
  const hopsSeen = value.split(",").map((part) => part.trim());
  const client = hopsSeen[hopsSeen.length - hops];
  // An address is short and printable; anything else is not an address we can key on.
  return client && /^[0-9A-Za-z.:[\]%_-]{1,64}$/.test(client) ? client.toLowerCase() : null;
}

export function requestIp(request: Request): string | null {
  return clientAddress(request.headers);
}
