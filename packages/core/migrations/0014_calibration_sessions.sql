CREATE TABLE "calibration_raters" (
	"org_id" text NOT NULL,
	"session_number" integer NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "calibration_raters_org_id_session_number_user_id_pk" PRIMARY KEY("org_id","session_number","user_id")
);
--> statement-breakpoint
CREATE TABLE "calibration_ratings" (
	"org_id" text NOT NULL,
	"session_number" integer NOT NULL,
	"unit" text NOT NULL,
	"rater" uuid NOT NULL,
	"value" smallint NOT NULL,
	"rated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calibration_ratings_org_id_session_number_unit_rater_pk" PRIMARY KEY("org_id","session_number","unit","rater")
);
--> statement-breakpoint
CREATE TABLE "calibration_sessions" (
	"org_id" text NOT NULL,
	"number" integer NOT NULL,
	"name" text NOT NULL,
	"level" text DEFAULT 'ordinal' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"seed" bigint NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"closed_by" text,
	"closed_at" timestamp with time zone,
	CONSTRAINT "calibration_sessions_org_id_number_pk" PRIMARY KEY("org_id","number"),
	CONSTRAINT "calibration_sessions_level" CHECK ("calibration_sessions"."level" in ('nominal','ordinal','interval')),
	CONSTRAINT "calibration_sessions_status" CHECK ("calibration_sessions"."status" in ('open','closed')),
	CONSTRAINT "calibration_sessions_closed" CHECK (("calibration_sessions"."status" = 'closed') = ("calibration_sessions"."closed_at" is not null)),
	CONSTRAINT "calibration_sessions_seed" CHECK ("calibration_sessions"."seed" between 0 and 4294967295)
);
--> statement-breakpoint
CREATE TABLE "calibration_units" (
	"org_id" text NOT NULL,
	"session_number" integer NOT NULL,
	"unit" text NOT NULL,
	"evaluation_id" integer NOT NULL,
	"competency" text NOT NULL,
	"rubric_version" text NOT NULL,
	CONSTRAINT "calibration_units_org_id_session_number_unit_pk" PRIMARY KEY("org_id","session_number","unit")
);
--> statement-breakpoint
ALTER TABLE "calibration_raters" ADD CONSTRAINT "calibration_raters_session_fk" FOREIGN KEY ("org_id","session_number") REFERENCES "public"."calibration_sessions"("org_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_ratings" ADD CONSTRAINT "calibration_ratings_unit_fk" FOREIGN KEY ("org_id","session_number","unit") REFERENCES "public"."calibration_units"("org_id","session_number","unit") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_ratings" ADD CONSTRAINT "calibration_ratings_rater_fk" FOREIGN KEY ("org_id","session_number","rater") REFERENCES "public"."calibration_raters"("org_id","session_number","user_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_sessions" ADD CONSTRAINT "calibration_sessions_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_units" ADD CONSTRAINT "calibration_units_session_fk" FOREIGN KEY ("org_id","session_number") REFERENCES "public"."calibration_sessions"("org_id","number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calibration_units" ADD CONSTRAINT "calibration_units_evaluation_fk" FOREIGN KEY ("org_id","evaluation_id") REFERENCES "public"."evaluations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Row-level security, appended by hand (as in 0013): the org view sees and writes only its org's rows.
GRANT SELECT, INSERT, UPDATE, DELETE ON "calibration_sessions", "calibration_units", "calibration_raters", "calibration_ratings" TO trellis_app;
--> statement-breakpoint
ALTER TABLE "calibration_sessions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "calibration_sessions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "calibration_sessions_org" ON "calibration_sessions" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "calibration_units" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "calibration_units" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "calibration_units_org" ON "calibration_units" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "calibration_raters" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "calibration_raters" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "calibration_raters_org" ON "calibration_raters" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
--> statement-breakpoint
ALTER TABLE "calibration_ratings" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "calibration_ratings" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "calibration_ratings_org" ON "calibration_ratings" USING (org_id = current_setting('trellis.org_id', true)) WITH CHECK (org_id = current_setting('trellis.org_id', true));
