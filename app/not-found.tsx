import Link from "next/link";
import { connection } from "next/server";

export default async function NotFound() {
  // Rendered per request, not once at build time: the page's scripts then carry this response's
  // CSP nonce (a prerendered copy carries the build's, and the browser blocks every script).
  await connection();
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
