import Link from "next/link";
import { requireUser } from "@/lib/auth";
import { MainNav } from "@/components/layout/main-nav";
import { signOutAction } from "../(auth)/actions";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const runner = await requireUser();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link className="brand" href="/">
            <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24">
              <circle cx="12" cy="12" r="10" fill="currentColor" opacity="0.15" />
              <path d="M6 13l4 4 8-9" stroke="currentColor" strokeWidth="2.5" fill="none" strokeLinecap="round" />
            </svg>
            Recovery Planner
          </Link>
          <MainNav />
          <form action={signOutAction}>
            <button type="submit" className="link-button" title={`Signed in as ${runner.email}`}>
              Sign out
            </button>
          </form>
        </div>
      </header>
      <main className="page" id="main">
        {children}
      </main>
    </>
  );
}
