"use client";

import { useEffect, useState } from "react";
import { SubmitButton } from "@/components/forms/submit-button";

/** How long the Undo button stays on screen after a delete (the server keeps the copy longer). */
export const UNDO_SHOWN_MS = 10_000;

/** "Run deleted. Undo" — for a few seconds; without JavaScript it stays until the page is left. */
export function UndoDelete({ runId, action }: { runId: string; action: (formData: FormData) => Promise<void> }) {
  const [secondsLeft, setSecondsLeft] = useState(Math.round(UNDO_SHOWN_MS / 1000));
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => {
      const left = Math.max(0, Math.ceil((UNDO_SHOWN_MS - (Date.now() - started)) / 1000));
      setSecondsLeft(left);
      if (left === 0) clearInterval(timer);
    }, 250);
    return () => clearInterval(timer);
  }, []);
  return (
    <div role="status" aria-live="polite" className="form-message ok">
      {secondsLeft > 0 ? (
        <form action={action} className="actions">
          <span>Run deleted.</span>
          <input type="hidden" name="runId" value={runId} />
          <SubmitButton pendingText="Restoring…" className="secondary">
            Undo
          </SubmitButton>
          <span className="muted" aria-hidden="true">
            {secondsLeft} s
          </span>
        </form>
      ) : (
        <span>Run deleted.</span>
      )}
    </div>
  );
}
