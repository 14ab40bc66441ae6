"use client";

// Never shows the error's message or stack: those may carry SQL or internals.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="auth-shell">
      <div className="card auth-card" role="alert">
        <h1>Something went wrong</h1>
        <p>Nothing you saved was lost. Please try again in a moment.</p>
        <button type="button" onClick={reset}>
          Try again
        </button>
      </div>
    </main>
  );
}
