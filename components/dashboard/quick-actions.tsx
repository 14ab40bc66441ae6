import Link from "next/link";

/** The things a runner does every day, one tap each. */
export function QuickActions() {
  return (
    <nav className="quick-actions actions" aria-label="Log">
      <Link className="button" href="/runs/new">
        <svg width="18" height="18" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 5v14M5 12h14" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
        </svg>
        Log today&apos;s run
      </Link>
      <Link className="button secondary" href="/soreness">
        Log soreness
      </Link>
      <Link className="button secondary" href="/check-in">
        Morning check-in
      </Link>
      <Link className="button secondary" href="/stretches">
        Stretch guide
      </Link>
    </nav>
  );
}
