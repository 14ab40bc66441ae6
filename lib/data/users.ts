import "server-only";
import { db, Prisma } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import type { SignUpInput } from "@/lib/validation/account";
import type { SettingsInput } from "@/lib/validation/settings";

export interface Runner {
  id: string;
  email: string;
  name: string | null;
  units: "km" | "mi";
  timeZone: string;
  bodyMassKg: number | null;
  /** bpm, as the runner entered it; null → load estimates use the highest heart rate seen. */
  maxHeartRate: number | null;
  /** Cross-training sports kept out of the session load. */
  loadExcludedSports: string[];
  sessionVersion: number;
  onboarded: boolean;
}

const runnerSelect = {
  id: true,
  email: true,
  name: true,
  units: true,
  timeZone: true,
  bodyMassKg: true,
  maxHeartRate: true,
  loadExcludedSports: true,
  sessionVersion: true,
  onboardedAt: true,
} as const;

function toRunner(row: Prisma.UserGetPayload<{ select: typeof runnerSelect }>): Runner {
  const { onboardedAt, ...rest } = row;
  return { ...rest, onboarded: onboardedAt !== null };
}

export class EmailTakenError extends Error {
  constructor() {
    super("An account with that email already exists. Sign in instead.");
    this.name = "EmailTakenError";
  }
}

export async function createRunner(input: Omit<SignUpInput, "name"> & { name?: string; timeZone?: string }): Promise<Runner> {
  const passwordHash = await hashPassword(input.password);
  try {
    const row = await db().user.create({
      data: { email: input.email.toLowerCase(), passwordHash, name: input.name ?? null, timeZone: input.timeZone ?? "UTC" },
      select: runnerSelect,
    });
    return toRunner(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new EmailTakenError();
    throw error;
  }
}

/** For sign-in only: the stored hash never leaves lib/auth. */
export async function findCredentialsByEmail(email: string) {
  return db().user.findUnique({
    where: { email: email.toLowerCase() },
    select: { id: true, passwordHash: true, sessionVersion: true },
  });
}

export async function findRunnerForSession(userId: string, sessionVersion: number): Promise<Runner | null> {
  const row = await db().user.findFirst({ where: { id: userId, sessionVersion }, select: runnerSelect });
  return row ? toRunner(row) : null;
}

export async function updateSettings(userId: string, input: SettingsInput): Promise<Runner> {
  const row = await db().user.update({
    where: { id: userId },
    data: {
      units: input.units,
      timeZone: input.timeZone,
      bodyMassKg: input.bodyMassKg ?? null,
      maxHeartRate: input.maxHeartRate ?? null,
      ...(input.name !== undefined ? { name: input.name || null } : {}),
      onboardedAt: new Date(),
    },
    select: runnerSelect,
  });
  return toRunner(row);
}

/** Makes every existing session cookie of this runner useless (sign out everywhere). */
export async function bumpSessionVersion(userId: string): Promise<number> {
  const row = await db().user.update({
    where: { id: userId },
    data: { sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return row.sessionVersion;
}

export async function changePasswordHash(userId: string, newPassword: string): Promise<number> {
  const passwordHash = await hashPassword(newPassword);
  const row = await db().user.update({
    where: { id: userId },
    data: { passwordHash, sessionVersion: { increment: 1 } },
    select: { sessionVersion: true },
  });
  return row.sessionVersion;
}

export async function passwordHashOf(userId: string): Promise<string | null> {
  const row = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  return row?.passwordHash ?? null;
}

export async function findRunnerById(userId: string): Promise<Runner | null> {
  const row = await db().user.findUnique({ where: { id: userId }, select: runnerSelect });
  return row ? toRunner(row) : null;
}

/** The cross-training sports kept out of the session load (lower-case sport names, no duplicates). */
export async function updateLoadExcludedSports(userId: string, sports: string[]): Promise<string[]> {
  const row = await db().user.update({
    where: { id: userId },
    data: { loadExcludedSports: [...new Set(sports)].sort() },
    select: { loadExcludedSports: true },
  });
  return row.loadExcludedSports;
}
