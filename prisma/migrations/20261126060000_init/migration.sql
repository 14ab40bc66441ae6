-- CreateEnum
CREATE TYPE "Units" AS ENUM ('km', 'mi');

-- CreateEnum
CREATE TYPE "RunKind" AS ENUM ('easy', 'long', 'tempo', 'intervals', 'race', 'recovery');

-- CreateEnum
CREATE TYPE "RunSource" AS ENUM ('manual', 'fit', 'gpx', 'tcx');

-- CreateEnum
CREATE TYPE "Region" AS ENUM ('calves', 'shins', 'achilles', 'feet', 'hamstrings', 'quadriceps', 'knees', 'it-band', 'hips', 'glutes', 'lower-back');

-- CreateEnum
CREATE TYPE "Side" AS ENUM ('left', 'right', 'both');

-- CreateEnum
CREATE TYPE "RacePriority" AS ENUM ('A', 'B', 'C');

-- CreateEnum
CREATE TYPE "MassageDepth" AS ENUM ('light', 'deep', 'self');

-- CreateEnum
CREATE TYPE "MassageStatus" AS ENUM ('proposed', 'accepted', 'booked', 'done', 'dismissed');

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "password_hash" TEXT NOT NULL,
    "name" TEXT,
    "units" "Units" NOT NULL DEFAULT 'km',
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "body_mass_kg" DOUBLE PRECISION,
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "onboarded_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_failures" (
    "id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_failures_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "last_used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "runs" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "local_date" DATE NOT NULL,
    "distance_m" INTEGER NOT NULL,
    "duration_sec" INTEGER NOT NULL,
    "elapsed_sec" INTEGER,
    "rpe" INTEGER,
    "kind" "RunKind",
    "temperature_c" DOUBLE PRECISION,
    "avg_heart_rate" INTEGER,
    "max_heart_rate" INTEGER,
    "elevation_gain_m" INTEGER,
    "notes" TEXT,
    "source" "RunSource" NOT NULL DEFAULT 'manual',
    "file_hash" TEXT,
    "file_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "runs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "soreness_entries" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "region" "Region" NOT NULL,
    "side" "Side" NOT NULL,
    "level" INTEGER NOT NULL,
    "sharp" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "soreness_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "wellness_entries" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "sleep" INTEGER NOT NULL,
    "stress" INTEGER NOT NULL,
    "fatigue" INTEGER NOT NULL,
    "soreness" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "wellness_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sweat_rate_tests" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "mass_before_kg" DOUBLE PRECISION NOT NULL,
    "mass_after_kg" DOUBLE PRECISION NOT NULL,
    "fluid_ml" INTEGER NOT NULL,
    "urine_ml" INTEGER NOT NULL DEFAULT 0,
    "duration_sec" INTEGER NOT NULL,
    "temperature_c" DOUBLE PRECISION,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sweat_rate_tests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "races" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "distance_m" INTEGER NOT NULL,
    "priority" "RacePriority" NOT NULL DEFAULT 'A',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "races_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "massage_sessions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "date" DATE NOT NULL,
    "depth" "MassageDepth" NOT NULL,
    "regions" "Region"[],
    "status" "MassageStatus" NOT NULL,
    "proposal_key" TEXT,
    "reason" TEXT,
    "therapist" TEXT,
    "starts_at" TIMESTAMPTZ(3),
    "place" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "massage_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_feeds" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "token" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_keys" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "request_hash" TEXT NOT NULL,
    "status" INTEGER NOT NULL,
    "body" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "sign_in_failures_key_created_at_idx" ON "sign_in_failures"("key", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_created_at_idx" ON "api_tokens"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "runs_user_id_local_date_idx" ON "runs"("user_id", "local_date");

-- CreateIndex
CREATE INDEX "runs_user_id_started_at_idx" ON "runs"("user_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "runs_user_id_file_hash_key" ON "runs"("user_id", "file_hash");

-- CreateIndex
CREATE INDEX "soreness_entries_user_id_region_date_idx" ON "soreness_entries"("user_id", "region", "date");

-- CreateIndex
CREATE UNIQUE INDEX "soreness_entries_user_id_date_region_side_key" ON "soreness_entries"("user_id", "date", "region", "side");

-- CreateIndex
CREATE UNIQUE INDEX "wellness_entries_user_id_date_key" ON "wellness_entries"("user_id", "date");

-- CreateIndex
CREATE INDEX "sweat_rate_tests_user_id_date_idx" ON "sweat_rate_tests"("user_id", "date");

-- CreateIndex
CREATE INDEX "races_user_id_date_idx" ON "races"("user_id", "date");

-- CreateIndex
CREATE INDEX "massage_sessions_user_id_date_idx" ON "massage_sessions"("user_id", "date");

-- CreateIndex
CREATE UNIQUE INDEX "massage_sessions_user_id_proposal_key_key" ON "massage_sessions"("user_id", "proposal_key");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_user_id_key" ON "calendar_feeds"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "calendar_feeds_token_key" ON "calendar_feeds"("token");

-- CreateIndex
CREATE UNIQUE INDEX "idempotency_keys_user_id_key_key" ON "idempotency_keys"("user_id", "key");

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "runs" ADD CONSTRAINT "runs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "soreness_entries" ADD CONSTRAINT "soreness_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "wellness_entries" ADD CONSTRAINT "wellness_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sweat_rate_tests" ADD CONSTRAINT "sweat_rate_tests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "races" ADD CONSTRAINT "races_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "massage_sessions" ADD CONSTRAINT "massage_sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
