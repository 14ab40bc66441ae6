// Stand-ins for next/headers and next/cache, so server actions can be called from db tests as the
// forms call them: a signed-in runner's session cookie from `jar`, a same-origin request.
// Use inside vi.mock factories (which are hoisted): the jar must come from vi.hoisted.
//
//   const jar = vi.hoisted(() => ({ cookie: "" }));
//   vi.mock("next/headers", async () => (await import("../support/next-request-mocks")).nextHeaders(jar));
//   vi.mock("next/cache", async () => (await import("../support/next-request-mocks")).nextCache);

export interface CookieJar {
  /** "name=value" of the one cookie the request carries, or "" for none. */
  cookie: string;
}

export function nextHeaders(jar: CookieJar, origin = "http://localhost:3000") {
  return {
    cookies: async () => ({
      get: (name: string) => {
        const [key, value] = jar.cookie.split(/=(.*)/s);
        return key === name ? { name, value } : undefined;
      },
      set: () => {},
      delete: () => {},
      getAll: () => [],
    }),
    headers: async () => new Headers({ origin }),
  };
}

export const nextCache = { revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} };
