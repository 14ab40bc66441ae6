"use client";

import { useActionState, useState } from "react";
import type { FormState } from "@/lib/validation/form";
import { FormMessage } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";

/** The private feed URL to copy, and the button that replaces it. */
export function FeedSettings({ url, rotate }: { url: string; rotate: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useActionState(rotate, {});
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const webcal = url.replace(/^https?:/, "webcal:");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  }

  return (
    <div className="stack">
      <div className="field" style={{ display: "flex", flexDirection: "column", gap: "0.3rem" }}>
        <label htmlFor="feed-url">Your private calendar URL</label>
        <span className="hint" id="feed-url-hint">
          Anyone with this address can see your races and massage days. Keep it to yourself.
        </span>
        <input id="feed-url" aria-describedby="feed-url-hint" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <div className="actions">
        <button type="button" onClick={copy}>
          Copy URL
        </button>
        <a className="button secondary" href={webcal}>
          Open in my calendar app
        </a>
        <span aria-live="polite" role="status">
          {copied === "copied" ? "Copied." : copied === "failed" ? "Could not copy: select the address and copy it yourself." : ""}
        </span>
      </div>
      <form action={formAction} className="stack">
        <FormMessage message={state.message} ok={state.ok} />
        <p>
          Shared it by mistake? Make a new URL: the current one stops working at once, and every calendar subscribed to it stops
          updating until you give it the new one.
        </p>
        <div>
          <SubmitButton pendingText="Making a new URL…" className="secondary">
            Regenerate URL
          </SubmitButton>
        </div>
      </form>
    </div>
  );
}
