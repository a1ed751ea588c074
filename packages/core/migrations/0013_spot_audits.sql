-- Spot audits (issue 18, docs/governance.md, "Spot audits"): the draws and their items, each org's own —
-- under row-level security as 0003 puts the other org tables (docs/tenancy.md).
CREATE TABLE "spot_audit_items" (
	"org_id" text NOT NULL,
	"audit_number" integer NOT NULL,
	"evaluation_id" integer NOT NULL,
	"tier" text,
	"assessor" text NOT NULL,
	"competency" text NOT NULL,
	"level_drawn" smallint NOT NULL,
	"outcome" text,
	"new_level" smallint,
	"reason" text,
	"auditor" text,
	"decided_at" timestamp with time zone,
	CONSTRAINT "spot_audit_items_org_id_audit_number_evaluation_id_pk" PRIMARY KEY("org_id","audit_number","evaluation_id"),
	CONSTRAINT "spot_audit_items_outcome" CHECK ("spot_audit_items"."outcome" in ('upheld','overturned')),
	CONSTRAINT "spot_audit_items_decided" CHECK (("spot_audit_items"."outcome" is null) = ("spot_audit_items"."decided_at" is null) and ("spot_audit_items"."outcome" = 'overturned') = ("spot_audit_items"."new_level" is not null))
);
--> statement-breakpoint
CREATE TABLE "spot_audits" (
	"org_id" text NOT NULL,
	"number" integer NOT NULL,
	"as_of" date NOT NULL,
	"quarter_start" date NOT NULL,
	"share" double precision NOT NULL,
	"seed" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spot_audits_org_id_number_pk" PRIMARY KEY("org_id","number"),
	CONSTRAINT "spot_audits_share" CHECK ("spot_audits"."share" > 0 and "spot_audits"."share" <= 1),
	CONSTRAINT "spot_audits_seed" CHECK ("spot_audits"."seed" between 0 and 4294967295)
);
--> statement-breakpoint
ALTER TABLE "spot_audit_items" ADD CONSTRAINT "spot_audit_items_audit_fk" FOREIGN KEY ("org_id","audit_number") REFERENCES "public"."spot_audits"("org_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_audit_items" ADD CONSTRAINT "spot_audit_items_evaluation_fk" FOREIGN KEY ("org_id","evaluation_id") REFERENCES "public"."evaluations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "spot_audits" ADD CONSTRAINT "spot_audits_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "spot_audits", "spot_audit_items" TO trellis_app;
--> statement-breakpoint
ALTER TABLE "spot_audits" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "spot_audits" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "spot_audits_org" ON "spot_audits" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "spot_audit_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "spot_audit_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "spot_audit_items_org" ON "spot_audit_items" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
