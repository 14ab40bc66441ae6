// Every server action, found on the file system: without a session each one sends the visitor to
// sign in before it reads or changes anything. (Next's own origin check guards actions against
// cross-site posts; tests/faults covers that against a running server.)
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {}, getAll: () => [] }),
  headers: async () => new Headers({ origin: "http://localhost:3000" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const APP = path.resolve(import.meta.dirname, "../../app");
function findFiles(dir: string, name: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? findFiles(path.join(dir, e.name), name) : e.name === name ? [path.join(dir, e.name)] : [],
  );
}

/**
 * Actions a signed-out visitor may call, and why. saveTherapistNoteAction: the therapist has no
 * account — the share token is the credential, checked in the action (tests/db/therapist-notes.test.ts).
 */
const PUBLIC_ACTIONS = new Set(["signUpAction", "signInAction", "signOutAction", "saveTherapistNoteAction"]);

const actionFiles = findFiles(APP, "actions.ts");

describe("every server action", () => {
  it("is found on the file system", () => {
    expect(actionFiles.length).toBeGreaterThan(3);
  });

  for (const file of actionFiles) {
    const where = path.relative(APP, file);
    it(`${where}: redirects a signed-out visitor to sign in`, async () => {
      const mod = (await import(/* @vite-ignore */ file)) as Record<string, unknown>;
      const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [string, (...args: unknown[]) => Promise<unknown>][];
      expect(actions.length, where).toBeGreaterThan(0);
      for (const [name, action] of actions) {
        if (PUBLIC_ACTIONS.has(name)) continue;
        const form = new FormData();
        form.set("id", "00000000-0000-4000-8000-000000000000");
        const outcome = await action({}, form).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        const digest = String((outcome as { error?: { digest?: string } }).error?.digest ?? "");
        expect(digest, `${where} ${name} must call requireUser() first`).toMatch(/^NEXT_REDIRECT;[^;]*;\/sign-in;/);
      }
    });
  }
});
