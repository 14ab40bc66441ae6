-- CreateEnum
CREATE TYPE "ReturnToRunStatus" AS ENUM ('active', 'paused', 'stopped', 'ended', 'completed');

-- AlterTable
ALTER TABLE "wellness_entries" ADD COLUMN     "hrv_rmssd_ms" DOUBLE PRECISION,
ADD COLUMN     "resting_hr_bpm" INTEGER,
ADD COLUMN     "sleep_hours" DOUBLE PRECISION,
ALTER COLUMN "sleep" DROP NOT NULL,
ALTER COLUMN "stress" DROP NOT NULL,
ALTER COLUMN "fatigue" DROP NOT NULL,
ALTER COLUMN "soreness" DROP NOT NULL;

-- CreateTable
CREATE TABLE "return_to_run_programmes" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "region" "Region" NOT NULL,
    "side" "Side" NOT NULL,
    "status" "ReturnToRunStatus" NOT NULL DEFAULT 'active',
    "phase" INTEGER NOT NULL DEFAULT 1,
    "usual_rest_pain" INTEGER NOT NULL,
    "usual_test_pain" INTEGER NOT NULL,
    "started_on" DATE NOT NULL,
    "stopped_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "return_to_run_programmes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_to_run_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "programme_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "phase" INTEGER NOT NULL,
    "pain_during" INTEGER,
    "sharp" BOOLEAN NOT NULL DEFAULT false,
    "rest_pain" INTEGER,
    "test_pain" INTEGER,
    "decision" TEXT,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "return_to_run_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "return_to_run_programmes_user_id_created_at_idx" ON "return_to_run_programmes"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "return_to_run_sessions_user_id_date_idx" ON "return_to_run_sessions"("user_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "return_to_run_sessions_programme_id_date_key" ON "return_to_run_sessions"("programme_id", "date");

-- AddForeignKey
ALTER TABLE "return_to_run_programmes" ADD CONSTRAINT "return_to_run_programmes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_to_run_sessions" ADD CONSTRAINT "return_to_run_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_to_run_sessions" ADD CONSTRAINT "return_to_run_sessions_programme_id_fkey" FOREIGN KEY ("programme_id") REFERENCES "return_to_run_programmes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
