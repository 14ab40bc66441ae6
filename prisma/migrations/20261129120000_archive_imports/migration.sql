-- CreateEnum
CREATE TYPE "ImportJobStatus" AS ENUM ('queued', 'running', 'done', 'cancelled', 'failed');

-- CreateEnum
CREATE TYPE "ImportEntryStatus" AS ENUM ('pending', 'imported', 'already-there', 'cross-training', 'skipped', 'needs-details');

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "status" "ImportJobStatus" NOT NULL DEFAULT 'queued',
    "uploads" JSONB NOT NULL,
    "listed_at" TIMESTAMPTZ(3),
    "lease_until" TIMESTAMPTZ(3),
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_entries" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "job_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "status" "ImportEntryStatus" NOT NULL DEFAULT 'pending',
    "details" JSONB,
    "message" TEXT,
    "missing" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "run_id" UUID,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "import_jobs_user_id_created_at_idx" ON "import_jobs"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "import_entries_job_id_status_seq_idx" ON "import_entries"("job_id", "status", "seq");

-- CreateIndex
CREATE INDEX "import_entries_user_id_job_id_idx" ON "import_entries"("user_id", "job_id");

-- CreateIndex
CREATE UNIQUE INDEX "import_entries_job_id_key_key" ON "import_entries"("job_id", "key");

-- AddForeignKey
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_entries" ADD CONSTRAINT "import_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_entries" ADD CONSTRAINT "import_entries_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "import_jobs"("id") ON DELETE CASCADE ON UPDATE CASCADE;
