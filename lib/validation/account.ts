import { z } from "zod";
import { controlCharacterMessage, hasControlCharacter } from "./text";
import { COMMON_PASSWORDS } from "./common-passwords";

// NIST SP 800-63B: at least 8 characters, long passphrases allowed, no composition rules,
// known-common passwords refused.
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .trim()
  .toLowerCase()
  .max(254, "That email address is too long.")
  .pipe(z.email({ error: "Enter a valid email address, like name@example.com." }));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((p) => !COMMON_PASSWORDS.has(p.toLowerCase()), {
    message: "That password is one of the most common ones. Choose something less guessable — a short phrase works well.",
  });

export const signUpSchema = z
  .object({
    email: emailSchema,
    password: newPasswordSchema,
    name: z
      .string()
      .trim()
      .max(80, "Use at most 80 characters.")
      .refine((t) => !hasControlCharacter(t), controlCharacterMessage("Name"))
      .optional()
      .transform((n) => (n ? n : undefined)),
  })
  .strict();
export type SignUpInput = z.infer<typeof signUpSchema>;

/**
 * What sign-up answers, whether or not the email already had an account (so it tells nobody
 * which emails are registered). The owner of an existing account signs in with its password.
 */
export const SIGN_UP_ANSWER =
  "If this email was new, your account is ready: sign in with it. If it already had an account, sign in with that account's password.";

export const signInSchema = z
  .object({
    email: emailSchema,
    password: z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(PASSWORD_MAX_LENGTH),
  })
  .strict();
export type SignInInput = z.infer<typeof signInSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password.").max(PASSWORD_MAX_LENGTH),
    newPassword: newPasswordSchema,
  })
  .strict();
