-- CreateEnum
CREATE TYPE "FluidUnits" AS ENUM ('ml', 'floz');

-- CreateEnum
CREATE TYPE "TemperatureUnits" AS ENUM ('c', 'f');

-- AlterTable
ALTER TABLE "massage_sessions" ADD COLUMN     "moved_at" TIMESTAMPTZ(3),
ADD COLUMN     "moved_from" DATE,
ADD COLUMN     "reason_data" JSONB;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "fluid_units" "FluidUnits",
ADD COLUMN     "massage_every_weeks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "massage_weekday" INTEGER,
ADD COLUMN     "temperature_units" "TemperatureUnits";

-- Data: proposals stored with a sentence as their reason get the reason as data, read from
-- their key's rule and the sentence's race (or run) date and distance, with the race's id when
-- that race still exists. Keys with several rules, or sentences that do not parse, keep their
-- sentence (shown as it was written, marked as an earlier wording).
UPDATE "massage_sessions" AS m
SET "reason_data" = jsonb_build_array(
  CASE split_part(m."proposal_key", '|', 3)
    WHEN 'after-long-run' THEN jsonb_build_object(
      'rule', 'after-long-run',
      'runDate', substring(m."reason" from '(\d{4}-\d{2}-\d{2})'),
      'distanceKm', round((substring(m."reason" from 'your ([0-9.]+) (?:km|mi) run')::numeric
        * CASE WHEN m."reason" ~ 'your [0-9.]+ mi run' THEN 1.609344 ELSE 1 END), 3))
    WHEN 'before-race-light' THEN jsonb_build_object('rule', 'before-race-light', 'race', race.ref, 'days', 2)
    WHEN 'before-race-deep' THEN jsonb_build_object('rule', 'before-race-deep', 'race', race.ref, 'fromDays', 5, 'toDays', 7)
    WHEN 'after-race-light' THEN jsonb_build_object('rule', 'after-race-light', 'race', race.ref, 'fromDays', 1, 'toDays', 2,
      'deepFromDate', to_char((race.ref->>'date')::date + 3, 'YYYY-MM-DD'))
    WHEN 'after-race-deep' THEN jsonb_build_object('rule', 'after-race-deep', 'race', race.ref, 'days', 3, 'soreRegions', '[]'::jsonb)
  END)
FROM (
  SELECT s."id" AS session_id,
         (SELECT jsonb_build_object('date', to_char(r."date", 'YYYY-MM-DD'), 'distanceKm', r."distance_m" / 1000.0, 'name', r."name", 'id', r."id")
            FROM "races" r
           WHERE r."user_id" = s."user_id" AND r."date" = substring(s."reason" from ' on (\d{4}-\d{2}-\d{2})')::date
           ORDER BY r."created_at", r."id" LIMIT 1) AS ref
    FROM "massage_sessions" s
   WHERE s."proposal_key" IS NOT NULL AND s."reason" IS NOT NULL
) AS race
WHERE race.session_id = m."id"
  AND m."reason_data" IS NULL
  AND split_part(m."proposal_key", '|', 3) IN ('after-long-run', 'before-race-light', 'before-race-deep', 'after-race-light', 'after-race-deep')
  AND (split_part(m."proposal_key", '|', 3) = 'after-long-run'
       OR race.ref IS NOT NULL)
  AND (split_part(m."proposal_key", '|', 3) <> 'after-long-run'
       OR (m."reason" ~ '\d{4}-\d{2}-\d{2}' AND m."reason" ~ 'your [0-9.]+ (km|mi) run'));

-- Converted rows keep no sentence: the data is worded when shown.
UPDATE "massage_sessions" SET "reason" = NULL WHERE "reason_data" IS NOT NULL;
