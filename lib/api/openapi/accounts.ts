import { z } from "zod";
import { signUpSchema } from "@/lib/validation/account";
import { createTokenWithCredentialsSchema } from "@/lib/validation/api-token";
import type { ApiOperation } from "./types";

const tokenSummary = z.object({ id: z.uuid(), name: z.string(), createdAt: z.iso.datetime(), lastUsedAt: z.iso.datetime().nullable() });

export const accountOperations: ApiOperation[] = [
  {
    method: "post",
    path: "/account",
    tag: "Account",
    summary: "Sign up (limited like sign-in). The same answer whether or not the email already had an account: then sign in, or exchange the password for a token",
    auth: false,
    body: signUpSchema,
    responses: {
      202: { description: "Accepted: the account exists now (new, or it already did)", schema: z.object({ email: z.string(), message: z.string() }) },
      429: { description: "Too many sign-ups; see Retry-After" },
    },
  },
  {
    method: "post",
    path: "/tokens",
    tag: "Tokens",
    summary: "Exchange email and password for a personal API token (shown once; throttled like sign-in)",
    auth: false,
    body: createTokenWithCredentialsSchema,
    responses: {
      201: { description: "Created", schema: z.object({ id: z.uuid(), token: z.string(), name: z.string() }) },
      401: { description: "Wrong email or password" },
      429: { description: "Too many password attempts for this account (or client); see Retry-After" },
    },
  },
  {
    method: "get",
    path: "/tokens",
    tag: "Tokens",
    summary: "List your tokens (no secrets)",
    responses: { 200: { description: "OK", schema: z.object({ tokens: z.array(tokenSummary) }) } },
  },
  {
    method: "delete",
    path: "/tokens/{id}",
    tag: "Tokens",
    summary: "Revoke a token",
    pathParams: ["id"],
    responses: { 204: { description: "Revoked" }, 404: { description: "No such token of yours" } },
  },
];
