import { SubmitButton } from "@/components/forms/submit-button";

export interface ShareRow {
  id: string;
  label: string;
  allowNotes: boolean;
  expiresAt: string;
  lastOpenedAt: string | null;
  createdAt: string;
  state: "active" | "expired" | "revoked";
}

const STATE_WORDS = { active: "works", expired: "expired", revoked: "revoked" } as const;

/** The runner's therapist links (never the links themselves): state, expiry, last opened, revoke. */
export function ShareList({ shares, timeZone, revoke }: { shares: readonly ShareRow[]; timeZone: string; revoke: (formData: FormData) => Promise<void> }) {
  const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  if (shares.length === 0) return <p className="muted">No links yet.</p>;
  return (
    <ul style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {shares.map((s) => (
        <li key={s.id} data-share-state={s.state} style={{ borderBottom: "1px solid var(--border)", padding: "0.6rem 0" }}>
          <div className="actions" style={{ justifyContent: "space-between" }}>
            <div>
              <strong>{s.label}</strong> — {STATE_WORDS[s.state]}
              {s.allowNotes ? " · therapist may add session notes" : ""}
              <br />
              <span className="muted">
                Created {when.format(new Date(s.createdAt))} · {s.state === "expired" ? "expired" : "expires"} {when.format(new Date(s.expiresAt))} ·{" "}
                {s.lastOpenedAt ? `last opened ${when.format(new Date(s.lastOpenedAt))}` : "never opened"}
              </span>
            </div>
            {s.state === "active" ? (
              <form action={revoke}>
                <input type="hidden" name="id" value={s.id} />
                <SubmitButton pendingText="Revoking…" className="secondary">
                  <span>
                    Revoke<span className="visually-hidden"> {s.label}</span>
                  </span>
                </SubmitButton>
              </form>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
