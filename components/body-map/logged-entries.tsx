import type { Region, Side } from "@/lib/rules";
import { LEVEL_WORDS, levelPhrase, spotLabel } from "./words";

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export interface LoggedEntry {
  id: string;
  region: Region;
  side: Side;
  level: number;
  sharp: boolean;
}

/**
 * The entries already logged for a day, each editable in place (level, sharp) or removable.
 * Plain forms posting to server actions: they work without JavaScript.
 */
export function LoggedEntries({
  entries,
  updateAction,
  deleteAction,
}: {
  entries: readonly LoggedEntry[];
  updateAction: (formData: FormData) => Promise<void>;
  deleteAction: (formData: FormData) => Promise<void>;
}) {
  if (entries.length === 0) return <p className="muted">Nothing logged for this day yet.</p>;
  return (
    <ul className="stack" style={{ listStyle: "none", padding: 0, margin: 0 }}>
      {entries.map((e) => {
        const name = spotLabel(e.region, e.side);
        return (
          <li key={e.id} className="actions" style={{ justifyContent: "space-between", borderBottom: "1px solid var(--border)", paddingBottom: "0.5rem" }}>
            <span>
              <strong>{name}</strong>: {levelPhrase(e.level, e.sharp)}
            </span>
            <span className="actions">
              <form action={updateAction} className="actions">
                <input type="hidden" name="id" value={e.id} />
                <select name="level" defaultValue={String(e.level)} aria-label={`${name}: new level`} style={{ width: "auto", minHeight: "2.25rem", padding: "0.25rem 0.4rem" }}>
                  {LEVEL_WORDS.map((word, level) => (
                    <option key={level} value={level}>
                      {level} {word}
                    </option>
                  ))}
                </select>
                <label style={{ fontWeight: 400, display: "inline-flex", gap: "0.3rem", alignItems: "center" }}>
                  <input type="checkbox" name="sharp" defaultChecked={e.sharp} aria-label={`${name}: sharp or stabbing`} />
                  <span aria-hidden="true">sharp</span>
                </label>
                <button type="submit" className="secondary" aria-label={`Update ${lowerFirst(name)}`}>
                  Update
                </button>
              </form>
              <form action={deleteAction}>
                <input type="hidden" name="id" value={e.id} />
                <button type="submit" className="secondary" aria-label={`Remove ${lowerFirst(name)}`}>
                  Remove
                </button>
              </form>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
