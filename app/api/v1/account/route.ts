import { checkOwnPassword } from "@/lib/auth";
import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, publicRoute } from "@/lib/api/handler";
import { requestIp } from "@/lib/api/client-ip";
import { readJson } from "@/lib/api/request";
import { deleteAccount } from "@/lib/data/account";
import { reserveAttempt, signUpKeys, throttledMessage } from "@/lib/data/password-attempts";
import { createRunner, EmailTakenError } from "@/lib/data/users";
import { deleteAccountSchema } from "@/lib/validation/export";
import { SIGN_UP_ANSWER, signUpSchema } from "@/lib/validation/account";

const tooMany = (retryAfterSeconds: number, message: string) =>
  new ApiError(429, "too_many_requests", message, undefined, { "Retry-After": String(retryAfterSeconds) });

/**
 * Sign-up. The answer is the same whether or not the email already has an account (202, the same
 * body), so sign-up cannot be used to learn who uses the app; the owner finds out by signing in.
 */
export const POST = publicRoute(async (request) => {
  const input = await readJson(request, signUpSchema);
  const reservation = await reserveAttempt(signUpKeys(requestIp(request)));
  if (!reservation.ok) throw tooMany(reservation.retryAfterSeconds, throttledMessage(reservation.retryAfterSeconds).replace("password attempts", "sign-ups"));
  try {
    await createRunner(input);
  } catch (error) {
    if (!(error instanceof EmailTakenError)) throw error;
  }
  return json({ email: input.email, message: SIGN_UP_ANSWER }, 202);
});

/** Deletes the account and everything in it, after the password is entered again (limited like sign-in). */
export const DELETE = apiRoute(async (request, caller) => {
  const { password } = await readJson(request, deleteAccountSchema);
  const check = await checkOwnPassword(caller.runner, password, requestIp(request));
  if (!check.ok && check.reason === "throttled") throw tooMany(check.retryAfterSeconds, `${check.message} Nothing was deleted.`);
  if (!check.ok) {
    throw new ApiError(403, "forbidden", "That is not your password. Nothing was deleted.", { password: ["That is not your password."] });
  }
  await deleteAccount(caller.runner.id);
  return new Response(null, { status: 204 });
});
