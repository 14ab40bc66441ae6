import type { Metadata } from "next";
import { requireUser } from "@/lib/auth";
import { listApiTokens } from "@/lib/data/api-tokens";
import { CreateApiTokenForm } from "@/components/settings/api-tokens-create";
import { ApiTokenList } from "@/components/settings/api-tokens-list";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const runner = await requireUser();
  const tokens = await listApiTokens(runner.id);
  return (
    <div className="stack">
      <h1>API tokens</h1>
      <p>
        Personal tokens let your own scripts and other apps log runs and soreness for you through the{" "}
        <a href="/api/v1/openapi.json">JSON API</a>. Treat a token like a password; revoke one you no longer use.
      </p>
      <section className="card" aria-labelledby="new-token-heading">
        <h2 id="new-token-heading">New token</h2>
        <CreateApiTokenForm action={createTokenAction} />
      </section>
      <section className="card" aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">Your tokens</h2>
        <ApiTokenList tokens={tokens} timeZone={runner.timeZone} revoke={revokeTokenAction} />
      </section>
    </div>
  );
}
