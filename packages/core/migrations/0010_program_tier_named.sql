-- The performance rows of stored reports name their tier for what it is: `tier` (recorded in the
-- CRM) becomes `programTier`, apart from `readiness.tier` (computed). The policies hold the tables'
-- owner too, so they are lifted for this one statement, across all orgs.
ALTER TABLE "assessments" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE "assessments" SET "result" = jsonb_set("result", '{performance,partners}', (
  SELECT coalesce(jsonb_agg(CASE WHEN p ? 'tier' THEN (p - 'tier') || jsonb_build_object('programTier', p->'tier') ELSE p END ORDER BY n), '[]'::jsonb)
  FROM jsonb_array_elements("result"->'performance'->'partners') WITH ORDINALITY AS t(p, n)))
WHERE jsonb_typeof("result"->'performance'->'partners') = 'array';
--> statement-breakpoint
ALTER TABLE "assessments" FORCE ROW LEVEL SECURITY;
