// The only thing @prisma/dev imports from @prisma/streams-local, and only for `prisma dev` (Prisma's
// local development server), which this project does not use: it runs its own embedded database.
export async function startLocalDurableStreamsServer() {
  throw new Error("`prisma dev` is not part of Recovery Planner: use `npm run dev` (embedded PGlite) or DATABASE_URL. See README.");
}
