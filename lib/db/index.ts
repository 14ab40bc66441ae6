import "server-only";
export { db, disconnectDb } from "./client";
export { Prisma } from "./generated/client";
export type * from "./generated/client";
