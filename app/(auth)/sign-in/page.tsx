import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "../actions";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (await getSession()) redirect("/");
  const { next } = await searchParams;
  return (
    <div className="card auth-card">
      <h1>Sign in</h1>
      <p className="muted">Log today&apos;s run, tap the sore spots, read your recovery plan.</p>
      <SignInForm action={signInAction} next={typeof next === "string" ? next : undefined} />
      <p className="muted" style={{ marginTop: "1rem" }}>
        New here? <Link href="/sign-up">Create an account</Link>
      </p>
    </div>
  );
}
