/** The caller's address as the proxy in front of us reports it (X-Forwarded-For's first hop). */
export function requestIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || null;
}

