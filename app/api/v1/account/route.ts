import { ApiError } from "@/lib/api/errors";
import { apiRoute, json, publicRoute } from "@/lib/api/handler";
import { requestIp } from "@/lib/api/client-ip";
import { readJson } from "@/lib/api/request";
import { recordSignUp, signUpRetryAfterMs } from "@/lib/data/throttle";
import { deleteAccount } from "@/lib/data/account";
import { createRunner, EmailTakenError } from "@/lib/data/users";
import { deleteAccountSchema } from "@/lib/validation/export";
import { signUpSchema } from "@/lib/validation/account";

export const POST = publicRoute(async (request) => {
  const ip = requestIp(request);
  const wait = await signUpRetryAfterMs(ip);
  if (wait > 0) {
    throw new ApiError(429, "too_many_requests", `Too many sign-ups from this address. Try again in ${Math.ceil(wait / 60_000)} minutes.`, undefined, {
      "Retry-After": String(Math.ceil(wait / 1000)),
    });
  }
  const input = await readJson(request, signUpSchema);
  await recordSignUp(ip);
  try {
    const runner = await createRunner(input);
    return json({ id: runner.id, email: runner.email }, 201);
  } catch (error) {
    if (error instanceof EmailTakenError) throw new ApiError(409, "conflict", error.message, { email: [error.message] });
    throw error;
  }
});

/** Deletes the account and everything in it, after the password is entered again. */
export const DELETE = apiRoute(async (request, caller) => {
  const { password } = await readJson(request, deleteAccountSchema);
  if ((await deleteAccount(caller.runner.id, password)) === "wrong-password") {
    throw new ApiError(403, "forbidden", "That is not your password. Nothing was deleted.", { password: ["That is not your password."] });
  }
  return new Response(null, { status: 204 });
});
