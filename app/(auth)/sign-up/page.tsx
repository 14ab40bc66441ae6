import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getSession } from "@/lib/auth";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { signUpAction } from "../actions";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage() {
  if (await getSession()) redirect("/");
  return (
    <div className="card auth-card">
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
