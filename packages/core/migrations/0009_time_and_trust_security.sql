-- Row-level security for the tables of 0008, as 0003 does for the others (docs/tenancy.md), and the
-- dated attributes of the partners stored before now: each current value holds from the partner's
-- join date (the first import is the baseline; later imports that change a value close it).
GRANT SELECT, INSERT, UPDATE, DELETE ON "partner_attribute_history", "import_log" TO trellis_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE "import_log_id_seq" TO trellis_app;
--> statement-breakpoint
ALTER TABLE "partners" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
INSERT INTO "partner_attribute_history" ("org_id", "partner_id", "attribute", "value", "valid_from")
SELECT p."org_id", p."id", a."attribute", a."value", p."joined_on"
FROM "partners" p
CROSS JOIN LATERAL (VALUES ('tier', p."tier"), ('lifecycle', p."lifecycle"),
  ('executive_sponsor', p."executive_sponsor"), ('owner', p."owner")) AS a("attribute", "value");
--> statement-breakpoint
ALTER TABLE "partners" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "partner_attribute_history" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "partner_attribute_history" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "partner_attribute_history_org" ON "partner_attribute_history" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "import_log" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "import_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "import_log_org" ON "import_log" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
