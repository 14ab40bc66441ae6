import Link from "next/link";

export default function NotFound() {
  return (
    <main className="auth-shell">
      <div className="card auth-card">
        <h1>Page not found</h1>
        <p>That page does not exist, or it belongs to another account.</p>
        <Link className="button" href="/">
          Go to today&apos;s plan
        </Link>
      </div>
    </main>
  );
}
