-- Evidence files are kept per partner (issue 16): the key gains partner_id, so the same bytes
-- uploaded for two partners are two records and an upload no longer tells one partner that another
-- holds the file. Existing rows keep their partner; the primary key covers (org_id, partner_id)
-- lookups, and (org_id, sha256) finds whether any partner still holds a blob.
DROP INDEX "evidence_files_partner";--> statement-breakpoint
ALTER TABLE "evidence_files" DROP CONSTRAINT "evidence_files_org_id_sha256_pk";--> statement-breakpoint
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_org_id_partner_id_sha256_pk" PRIMARY KEY("org_id","partner_id","sha256");--> statement-breakpoint
CREATE INDEX "evidence_files_sha256" ON "evidence_files" USING btree ("org_id","sha256");
