import type { ReactNode } from "react";

/** What a new runner sees before there is any data: what this page is for and what to do first. */
export function EmptyState({ title, children, action }: { title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <section className="card empty-state" aria-labelledby="empty-state-title">
      <h2 id="empty-state-title">{title}</h2>
      {children}
      {action ? <div className="actions">{action}</div> : null}
    </section>
  );
}
