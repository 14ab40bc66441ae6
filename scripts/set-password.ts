// `npm run account:set-password -- runner@example.com`: the operator's way to give a runner who
// forgot their password a new one (the app sends no email). Reads the new password from the
// NEW_PASSWORD environment variable or the first line of standard input. Like a password change
// in the app, it signs the runner out everywhere, revokes their personal API tokens and gives
// their calendar feed a new address. With DATABASE_URL it works on that Postgres; without, on
// the embedded database in .data/ (stop the app first).
// Runs under `node --conditions=react-server` because lib/db and lib/data import "server-only".
import { mkdirSync } from "node:fs";
import { createInterface } from "node:readline/promises";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../lib/db/embedded";
import { emailSchema, newPasswordSchema } from "../lib/validation/account";
import { DATA_DIR, EMBEDDED_DATA_DIR } from "./app-paths";

async function readNewPassword(): Promise<string> {
  if (process.env.NEW_PASSWORD) return process.env.NEW_PASSWORD;
  const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: false });
  process.stderr.write("New password: ");
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return "";
}

async function main() {
  const email = emailSchema.safeParse(process.argv[2]);
  if (!email.success) throw new Error("Usage: npm run account:set-password -- runner@example.com (new password in NEW_PASSWORD or on stdin)");
  const password = newPasswordSchema.safeParse(await readNewPassword());
  if (!password.success) throw new Error(password.error.issues[0]?.message ?? "That password cannot be used.");
  let embedded: EmbeddedDatabase | undefined;
  if (!process.env.DATABASE_URL) {
    mkdirSync(DATA_DIR, { recursive: true });
    embedded = await startEmbeddedDatabase(EMBEDDED_DATA_DIR);
    process.env.DATABASE_URL = embedded.url;
    process.env.DATABASE_POOL_MAX = "1";
  }
  try {
    // Imported only now: lib/db reads DATABASE_URL when it first connects.
    const { db, disconnectDb } = await import("../lib/db");
    const { revokeEverything } = await import("../lib/data/sessions");
    const user = await db().user.findUnique({ where: { email: email.data }, select: { id: true } });
    if (!user) throw new Error(`No account has the email ${email.data}.`);
    const revoked = await revokeEverything(user.id, { newPassword: password.data });
    await db().$executeRaw`DELETE FROM "password_attempts" WHERE "key" LIKE ${`acct%:${email.data}%`}`;
    console.log(
      `New password set for ${email.data}. Every session was signed out; ${revoked.revokedTokens.length} personal API token(s) revoked` +
        (revoked.newFeedToken ? "; the calendar feed has a new address (shown in Settings → Calendar feed)." : "."),
    );
    await disconnectDb();
  } finally {
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
