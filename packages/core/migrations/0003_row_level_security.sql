-- Row-level security: every org-scoped table admits only the rows of the org the transaction names
-- (`set_config('trellis.org_id', …, true)`, done by db/scoped-database.ts). The application runs its
-- org work as the role trellis_app, which cannot bypass the policies; FORCE makes them apply to the
-- tables' owner too. Accounts, sessions, tokens and jobs are read before an org is known and stay
-- outside (every query of them names the user, token hash or job). See docs/tenancy.md.
DO $$ BEGIN
  CREATE ROLE trellis_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO trellis_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO trellis_app;
--> statement-breakpoint
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO trellis_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO trellis_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO trellis_app;
--> statement-breakpoint
DO $$ BEGIN
  EXECUTE format('GRANT trellis_app TO %I', current_user);
EXCEPTION WHEN others THEN NULL;
END $$;
--> statement-breakpoint
ALTER TABLE "partners" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "partners" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "partners_org" ON "partners" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "partner_people" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "partner_people" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "partner_people_org" ON "partner_people" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "opportunities" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "opportunities" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "opportunities_org" ON "opportunities" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "activities" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "activities" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "activities_org" ON "activities" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "surveys" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "surveys" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "surveys_org" ON "surveys" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "meetings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "meetings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "meetings_org" ON "meetings" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "frameworks" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "frameworks" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "frameworks_org" ON "frameworks" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "assessments" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "assessments" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "assessments_org" ON "assessments" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "assessment_scores" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "assessment_scores" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "assessment_scores_org" ON "assessment_scores" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "evaluations" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "evaluations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "evaluations_org" ON "evaluations" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "evaluation_evidence" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "evaluation_evidence_org" ON "evaluation_evidence" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "delivery_projects" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "delivery_projects" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "delivery_projects_org" ON "delivery_projects" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "customer_references" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "customer_references" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "customer_references_org" ON "customer_references" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "tier_history" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "tier_history" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "tier_history_org" ON "tier_history" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "remediation_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "remediation_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "remediation_items_org" ON "remediation_items" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "readiness_scorings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "readiness_scorings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "readiness_scorings_org" ON "readiness_scorings" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "audit_log_org" ON "audit_log" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "evidence_files" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "evidence_files" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "evidence_files_org" ON "evidence_files" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
