-- AlterTable
ALTER TABLE "users" ADD COLUMN     "load_excluded_sports" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "max_heart_rate" INTEGER;

-- CreateTable
CREATE TABLE "cross_training" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "sport" TEXT NOT NULL,
    "sub_sport" TEXT,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "local_date" DATE NOT NULL,
    "duration_sec" INTEGER NOT NULL,
    "elapsed_sec" INTEGER,
    "distance_m" INTEGER,
    "avg_heart_rate" INTEGER,
    "max_heart_rate" INTEGER,
    "rpe" INTEGER,
    "notes" TEXT,
    "source" "RunSource" NOT NULL DEFAULT 'manual',
    "file_hash" TEXT,
    "file_name" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "cross_training_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "cross_training_user_id_local_date_idx" ON "cross_training"("user_id", "local_date");

-- CreateIndex
CREATE INDEX "cross_training_user_id_started_at_idx" ON "cross_training"("user_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "cross_training_user_id_file_hash_key" ON "cross_training"("user_id", "file_hash");

-- AddForeignKey
ALTER TABLE "cross_training" ADD CONSTRAINT "cross_training_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
