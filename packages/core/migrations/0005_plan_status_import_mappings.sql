CREATE TABLE "assessment_plan_status" (
	"org_id" text NOT NULL,
	"assessment_id" integer NOT NULL,
	"action" text NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "assessment_plan_status_org_id_assessment_id_action_pk" PRIMARY KEY("org_id","assessment_id","action"),
	CONSTRAINT "assessment_plan_status_status" CHECK ("assessment_plan_status"."status" in ('todo','in_progress','done'))
);
--> statement-breakpoint
CREATE TABLE "import_mappings" (
	"org_id" text NOT NULL,
	"name" text NOT NULL,
	"entity" text NOT NULL,
	"yaml" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" text NOT NULL,
	CONSTRAINT "import_mappings_org_id_name_pk" PRIMARY KEY("org_id","name")
);
--> statement-breakpoint
ALTER TABLE "assessment_plan_status" ADD CONSTRAINT "assessment_plan_status_assessment_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."assessments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_mappings" ADD CONSTRAINT "import_mappings_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;