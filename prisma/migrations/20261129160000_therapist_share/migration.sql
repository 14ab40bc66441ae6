-- CreateEnum
CREATE TYPE "SessionNoteAuthor" AS ENUM ('runner', 'therapist');

-- CreateEnum
CREATE TYPE "MassageFeedbackAnswer" AS ENUM ('better', 'same', 'worse');

-- CreateTable
CREATE TABLE "therapist_shares" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "token_hash" TEXT NOT NULL,
    "massage_id" UUID,
    "allow_notes" BOOLEAN NOT NULL DEFAULT false,
    "show_name" BOOLEAN NOT NULL DEFAULT false,
    "note_to_therapist" TEXT,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "revoked_at" TIMESTAMPTZ(3),
    "last_opened_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "therapist_shares_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "massage_session_notes" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "massage_id" UUID NOT NULL,
    "regions_worked" "Region"[],
    "depth_worked" "MassageDepth",
    "findings" TEXT,
    "author" "SessionNoteAuthor" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "massage_session_notes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "massage_feedback" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "massage_id" UUID NOT NULL,
    "region" "Region" NOT NULL,
    "answer" "MassageFeedbackAnswer" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "massage_feedback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "therapist_shares_token_hash_key" ON "therapist_shares"("token_hash");

-- CreateIndex
CREATE INDEX "therapist_shares_user_id_created_at_idx" ON "therapist_shares"("user_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "massage_session_notes_massage_id_key" ON "massage_session_notes"("massage_id");

-- CreateIndex
CREATE INDEX "massage_session_notes_user_id_created_at_idx" ON "massage_session_notes"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "massage_feedback_user_id_massage_id_idx" ON "massage_feedback"("user_id", "massage_id");

-- CreateIndex
CREATE UNIQUE INDEX "massage_feedback_massage_id_region_key" ON "massage_feedback"("massage_id", "region");

-- AddForeignKey
ALTER TABLE "therapist_shares" ADD CONSTRAINT "therapist_shares_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "therapist_shares" ADD CONSTRAINT "therapist_shares_massage_id_fkey" FOREIGN KEY ("massage_id") REFERENCES "massage_sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "massage_session_notes" ADD CONSTRAINT "massage_session_notes_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "massage_session_notes" ADD CONSTRAINT "massage_session_notes_massage_id_fkey" FOREIGN KEY ("massage_id") REFERENCES "massage_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "massage_feedback" ADD CONSTRAINT "massage_feedback_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "massage_feedback" ADD CONSTRAINT "massage_feedback_massage_id_fkey" FOREIGN KEY ("massage_id") REFERENCES "massage_sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
