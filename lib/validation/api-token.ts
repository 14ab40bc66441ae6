import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";
import { emailSchema } from "./account";

export const tokenNameSchema = z.string({ error: "Name the token, e.g. “my watch script”." }).trim().min(1, "Name the token, e.g. “my watch script”.").max(60, "Use at most 60 characters.")
  .refine((t) => !hasControlCharacter(t), controlCharacterMessage("The token name"));

/** POST /api/v1/tokens: credentials in, a personal token out. */
export const createTokenWithCredentialsSchema = z
  .object({
    email: emailSchema,
    password: z.string().min(1, "Enter your password.").max(128),
    name: tokenNameSchema,
  })
  .strict();

/** The settings page creates tokens for the signed-in runner: only the name is asked. */
export const createTokenSchema = z.object({ name: tokenNameSchema }).strict();

export const idParamSchema = z.uuid({ error: "Not found." });
