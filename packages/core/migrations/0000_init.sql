CREATE TABLE "activities" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "activities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"kind" text NOT NULL,
	"occurred_on" date NOT NULL,
	"person_external_id" text,
	"detail" text,
	CONSTRAINT "activities_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "activities_org_external" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "assessment_scores" (
	"org_id" text NOT NULL,
	"assessment_id" integer NOT NULL,
	"criterion_id" text NOT NULL,
	"signal_metric" text,
	"signal_value" double precision,
	"suggested" smallint,
	"manual" smallint,
	"manual_reason" text,
	"final" smallint NOT NULL,
	CONSTRAINT "assessment_scores_org_id_assessment_id_criterion_id_pk" PRIMARY KEY("org_id","assessment_id","criterion_id"),
	CONSTRAINT "assessment_scores_final" CHECK ("assessment_scores"."final" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "assessments" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "assessments_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"framework_sha256" text NOT NULL,
	"as_of" date NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"brief" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessments_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "assessments_status" CHECK ("assessments"."status" in ('draft','final'))
);
--> statement-breakpoint
CREATE TABLE "frameworks" (
	"org_id" text NOT NULL,
	"sha256" text NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"content" jsonb NOT NULL,
	CONSTRAINT "frameworks_org_id_sha256_pk" PRIMARY KEY("org_id","sha256")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "meetings_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"kind" text NOT NULL,
	"scheduled_on" date NOT NULL,
	"held_on" date,
	"notes" text,
	CONSTRAINT "meetings_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "meetings_org_external" UNIQUE("org_id","external_id"),
	CONSTRAINT "meetings_kind" CHECK ("meetings"."kind" in ('qbr','ops_sync','executive_review'))
);
--> statement-breakpoint
CREATE TABLE "opportunities" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "opportunities_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"name" text,
	"amount" numeric(16, 2) NOT NULL,
	"stage" text NOT NULL,
	"created_on" date NOT NULL,
	"closed_on" date,
	"sourced_by_partner" boolean NOT NULL,
	"registered" boolean DEFAULT false NOT NULL,
	"region" text,
	"segment" text,
	CONSTRAINT "opportunities_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "opportunities_org_external" UNIQUE("org_id","external_id"),
	CONSTRAINT "opportunities_stage" CHECK ("opportunities"."stage" in ('open','won','lost')),
	CONSTRAINT "opportunities_amount" CHECK ("opportunities"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "orgs" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_people" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "partner_people_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"role" text NOT NULL,
	"is_champion" boolean DEFAULT false NOT NULL,
	"started_on" date,
	"left_on" date,
	CONSTRAINT "partner_people_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "partner_people_org_external" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "partners" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "partners_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"tier" text,
	"region" text,
	"segment" text,
	"joined_on" date NOT NULL,
	"lifecycle" text NOT NULL,
	"executive_sponsor" text,
	"owner" text,
	CONSTRAINT "partners_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "partners_org_external" UNIQUE("org_id","external_id"),
	CONSTRAINT "partners_type" CHECK ("partners"."type" in ('strategic','channel','technology','referral')),
	CONSTRAINT "partners_lifecycle" CHECK ("partners"."lifecycle" in ('onboarding','active','retired'))
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "surveys_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"responded_on" date NOT NULL,
	"satisfaction" numeric(3, 1),
	"training" numeric(3, 1),
	"resources" numeric(3, 1),
	"support" numeric(3, 1),
	"comment" text,
	CONSTRAINT "surveys_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "surveys_org_external" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
ALTER TABLE "activities" ADD CONSTRAINT "activities_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_scores" ADD CONSTRAINT "assessment_scores_assessment_fk" FOREIGN KEY ("org_id","assessment_id") REFERENCES "public"."assessments"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_framework_fk" FOREIGN KEY ("org_id","framework_sha256") REFERENCES "public"."frameworks"("org_id","sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "frameworks" ADD CONSTRAINT "frameworks_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_people" ADD CONSTRAINT "partner_people_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners" ADD CONSTRAINT "partners_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "activities_partner" ON "activities" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "frameworks_kind" ON "frameworks" USING btree ("org_id","kind","version");--> statement-breakpoint
CREATE INDEX "meetings_partner" ON "meetings" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "opportunities_partner" ON "opportunities" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "partner_people_partner" ON "partner_people" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "surveys_partner" ON "surveys" USING btree ("org_id","partner_id");