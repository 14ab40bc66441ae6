import Link from "next/link";

export default function SignedInNotFound() {
  return (
    <div className="stack" style={{ maxWidth: "36rem" }}>
      <h1>Not found</h1>
      <p>That page does not exist, or it belongs to another account — the link may be old.</p>
      <div className="actions">
        <Link className="button" href="/">
          Back to today&apos;s plan
        </Link>
        <Link className="button secondary" href="/stretches">
          Stretch guide
        </Link>
      </div>
    </div>
  );
}
