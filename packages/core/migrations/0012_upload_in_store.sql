-- An import's upload moves out of the jobs table into the data directory's store (issue 17): a job
-- names its file by sha256 (input_sha256; size and file name stay in the payload). Bytes still
-- waiting in a queued or running job cannot be moved by SQL: those jobs fail, asking for the file
-- again, rather than run without it.
UPDATE "jobs" SET "status" = 'failed', "finished_at" = now(), "locked_by" = null,
  "error" = jsonb_build_object('code', 'INTERNAL', 'issues', '[]'::jsonb, 'message',
    'The upload was stored the old way and the server was upgraded before the job ran; upload the file again')
  WHERE "input" IS NOT NULL AND "status" IN ('queued', 'running');--> statement-breakpoint
ALTER TABLE "jobs" DROP COLUMN "input";--> statement-breakpoint
ALTER TABLE "jobs" ADD COLUMN "input_sha256" text;--> statement-breakpoint
CREATE INDEX "jobs_input" ON "jobs" USING btree ("org_id","input_sha256");
