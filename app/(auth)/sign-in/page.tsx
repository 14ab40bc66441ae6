import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { SIGN_UP_ANSWER } from "@/lib/validation/account";
import { ownOriginForRedirects, safeRedirectTarget } from "@/lib/validation/redirect";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[]; joined?: string | string[] }> }) {
  const { next, joined } = await searchParams;
  // Only a path on this site survives; anything else (another site, control characters) is "/".
  const safeNext = typeof next === "string" ? safeRedirectTarget(next, ownOriginForRedirects()) : "/";
  if (await getSession()) redirect(safeNext);
  return (
    <div className="card auth-card">
      {joined === "1" ? (
        <p className="form-message ok">
          {SIGN_UP_ANSWER}
        </p>
      ) : null}
      <h1>Sign in</h1>
      <p className="muted">Log today&apos;s run, tap the sore spots, read your recovery plan.</p>
      <SignInForm action={signInAction} next={safeNext === "/" ? undefined : safeNext} />
      <p className="muted" style={{ marginTop: "1rem" }}>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </div>
  );
}
