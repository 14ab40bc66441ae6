/**
 * Where `next` listens: HOST when set; otherwise loopback (127.0.0.1) with the embedded database,
 * which is single-user and for trying the app — nobody else on the network should reach it —
 * and Next's default (every interface) with DATABASE_URL, where the app is meant to be served.
 */
export function listenHost(env: Record<string, string | undefined>, embedded: boolean): string | undefined {
  if (env.HOST) return env.HOST;
  return embedded ? "127.0.0.1" : undefined;
}

