import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  if (await getSession()) redirect("/");
  const { deleted } = await searchParams;
  return (
    <div className="card auth-card">
      {deleted === "1" ? (
        <p className="form-message ok" role="status">
          Your account and all its data were deleted.
        </p>
      ) : null}
      <h1>Create your account</h1>
      <p className="muted">
        Recovery Planner turns your runs and sore spots into a daily plan: massage, stretches, hydration and load
        warnings, each with its reason. It is a training aid, not medical advice.
      </p>
      <SignUpForm action={signUpAction} />
      <p className="muted" style={{ marginTop: "1rem" }}>
        Already have an account? <Link href="/sign-in">Sign in</Link>
      </p>
    </div>
  );
}
