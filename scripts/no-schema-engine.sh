#!/bin/sh
# Prisma's schema engine cannot be downloaded on this offline machine. `prisma generate` never
# runs it; migrations are applied by scripts/migrate.ts instead. If you see this, a Prisma
# command that needs the engine (migrate dev, db push, studio) was run: use `npm run db:migrate`.
echo "Prisma's schema engine is not installed here (offline). Use 'npm run db:migrate' to apply migrations." >&2
exit 1
