import { describe, expect, it } from "vitest";
import { databaseIsReachable } from "@/lib/data/health";
import { disconnectDb } from "@/lib/db";

describe("database health", () => {
  it("is reachable while the database answers", async () => {
    expect(await databaseIsReachable()).toBe(true);
  });

  it("reports unavailable, without throwing, when nothing answers at the address", async () => {
    const real = process.env.DATABASE_URL;
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/nothing";
    try {
      expect(await databaseIsReachable()).toBe(false);
    } finally {
      await disconnectDb();
      process.env.DATABASE_URL = real;
    }
    expect(await databaseIsReachable()).toBe(true);
  });
});
