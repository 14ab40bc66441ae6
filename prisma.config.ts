import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from schema.prisma. Migrations are applied by
// the project's own runner (scripts/migrate.ts); `prisma migrate deploy` works too where
// Prisma's schema engine can be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "node --conditions=react-server --import tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/recovery_planner" },
});
