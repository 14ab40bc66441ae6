import { SubmitButton } from "@/components/forms/submit-button";

export interface ApiTokenRow {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

/** The runner's tokens (never their secrets), each revocable. */
export function ApiTokenList({ tokens, timeZone, revoke }: { tokens: ApiTokenRow[]; timeZone: string; revoke: (formData: FormData) => Promise<void> }) {
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  if (!tokens.length) return <p className="muted">No tokens yet.</p>;
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {tokens.map((t) => (
        <li key={t.id} style={{ borderBottom: "1px solid var(--border)", padding: "0.6rem 0" }}>
          <div className="actions" style={{ justifyContent: "space-between" }}>
            <div>
              <strong>{t.name}</strong>
              <br />
              <span className="muted">
                Created {when.format(new Date(t.createdAt))} · {t.lastUsedAt ? `last used ${when.format(new Date(t.lastUsedAt))}` : "never used"}
              </span>
            </div>
            <form action={revoke}>
              <input type="hidden" name="id" value={t.id} />
              <SubmitButton pendingText="Revoking…" className="secondary">
                <span>
                  Revoke<span className="visually-hidden"> {t.name}</span>
                </span>
              </SubmitButton>
            </form>
          </div>
        </li>
      ))}
    </ul>
  );
}
