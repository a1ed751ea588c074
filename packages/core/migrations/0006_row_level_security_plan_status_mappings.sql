-- Row-level security for the tables of 0005, as 0003 does for the others: an org's plan progress and
-- saved import mappings are seen by that org only (docs/tenancy.md).
GRANT SELECT, INSERT, UPDATE, DELETE ON "assessment_plan_status", "import_mappings" TO trellis_app;
--> statement-breakpoint
ALTER TABLE "assessment_plan_status" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "assessment_plan_status" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "assessment_plan_status_org" ON "assessment_plan_status" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "import_mappings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "import_mappings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "import_mappings_org" ON "import_mappings" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
-- Plan items of the reports stored before now gain their status ("todo": nobody has set one). The
-- policies hold the tables' owner too, so they are lifted for this one statement, across all orgs.
ALTER TABLE "assessments" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE "assessments" SET
  "result" = jsonb_set("result", '{plan}', (
    SELECT jsonb_object_agg(k, CASE WHEN k IN ('days30', 'days60', 'days90', 'deferred') AND jsonb_typeof(v) = 'array'
      THEN (SELECT coalesce(jsonb_agg('{"status": "todo"}'::jsonb || i ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(v) WITH ORDINALITY AS t(i, n))
      ELSE v END)
    FROM jsonb_each("result"->'plan') AS e(k, v))),
  "dashboard" = CASE WHEN jsonb_typeof("dashboard"->'plan') = 'object' THEN jsonb_set("dashboard", '{plan}', (
    SELECT jsonb_object_agg(k, CASE WHEN k IN ('days30', 'days60', 'days90', 'deferred') AND jsonb_typeof(v) = 'array'
      THEN (SELECT coalesce(jsonb_agg('{"status": "todo"}'::jsonb || i ORDER BY n), '[]'::jsonb) FROM jsonb_array_elements(v) WITH ORDINALITY AS t(i, n))
      ELSE v END)
    FROM jsonb_each("dashboard"->'plan') AS e(k, v))) ELSE "dashboard" END
WHERE jsonb_typeof("result"->'plan') = 'object' AND "result"->'plan' <> '{}'::jsonb;
--> statement-breakpoint
ALTER TABLE "assessments" FORCE ROW LEVEL SECURITY;
