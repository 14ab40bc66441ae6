import Link from "next/link";
import type { RevocationState } from "@/lib/validation/revocation";

/** After a password change or sign-out-everywhere: what was revoked, and the calendar feed's address. */
export function RevocationResult({ state }: { state: RevocationState }) {
  if (!state.ok) return null;
  return (
    <div className="stack">
      {state.revokedTokens && state.revokedTokens.length > 0 ? (
        <>
          <p>Revoked personal API tokens (scripts using them now get 401):</p>
          <ul aria-label="Revoked personal API tokens">
            {state.revokedTokens.map((name, i) => (
              <li key={`${i}-${name}`}>{name}</li>
            ))}
          </ul>
        </>
      ) : null}
      {state.newFeedUrl ? (
        <p>
          Your calendar feed&apos;s new address: <code>{state.newFeedUrl}</code>
        </p>
      ) : null}
      {state.offerFeedRotation ? (
        <p>
          Your calendar feed still has its old address. If someone else may have it,{" "}
          <Link href="/settings/calendar">make a new calendar feed address</Link>.
        </p>
      ) : null}
    </div>
  );
}
