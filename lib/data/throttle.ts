import "server-only";
import { recordSignInFailure, signInRetryAfterMs } from "./sign-in-throttle";

// Sign-ups per source address, with the same Postgres-backed counter as sign-in.
export const SIGN_UPS_PER_WINDOW = 20;

export async function signUpRetryAfterMs(ip: string | null): Promise<number> {
  if (!ip) return 0;
  return signInRetryAfterMs([`signup:${ip}`], new Date(), SIGN_UPS_PER_WINDOW);
}

export async function recordSignUp(ip: string | null): Promise<void> {
  if (ip) await recordSignInFailure([`signup:${ip}`]);
}
