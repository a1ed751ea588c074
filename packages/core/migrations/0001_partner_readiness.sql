CREATE TABLE "customer_references" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "customer_references_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"customer" text NOT NULL,
	"referenced_on" date NOT NULL,
	"verified" boolean NOT NULL,
	"verified_by" text,
	CONSTRAINT "customer_references_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "customer_references_org_external" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "delivery_projects" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "delivery_projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"customer" text NOT NULL,
	"started_on" date NOT NULL,
	"planned_live_on" date NOT NULL,
	"actual_live_on" date,
	"csat" numeric(3, 1),
	"defects" integer,
	"renewed" boolean,
	"expanded" boolean,
	CONSTRAINT "delivery_projects_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "delivery_projects_org_external" UNIQUE("org_id","external_id"),
	CONSTRAINT "delivery_projects_defects" CHECK ("delivery_projects"."defects" >= 0)
);
--> statement-breakpoint
CREATE TABLE "evaluation_evidence" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "evaluation_evidence_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"evaluation_id" integer NOT NULL,
	"artifact_type" text NOT NULL,
	"uri" text NOT NULL,
	"sha256" text NOT NULL,
	CONSTRAINT "evaluation_evidence_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "evaluation_evidence_org_external" UNIQUE("org_id","external_id")
);
--> statement-breakpoint
CREATE TABLE "evaluations" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "evaluations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"external_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"competency" text NOT NULL,
	"level" smallint NOT NULL,
	"assessor" text NOT NULL,
	"rubric_version" text NOT NULL,
	"evaluated_on" date NOT NULL,
	"expires_on" date,
	"proctored" boolean DEFAULT false NOT NULL,
	CONSTRAINT "evaluations_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "evaluations_org_external" UNIQUE("org_id","external_id"),
	CONSTRAINT "evaluations_level" CHECK ("evaluations"."level" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "remediation_items" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "remediation_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"partner_id" integer NOT NULL,
	"gap_key" text NOT NULL,
	"gap_kind" text NOT NULL,
	"gap" text NOT NULL,
	"action" text NOT NULL,
	"owner" text,
	"mentor" text,
	"bucket" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	CONSTRAINT "remediation_items_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "remediation_items_gap" UNIQUE("org_id","partner_id","gap_key"),
	CONSTRAINT "remediation_items_status" CHECK ("remediation_items"."status" in ('open','in_progress','done','dropped')),
	CONSTRAINT "remediation_items_bucket" CHECK ("remediation_items"."bucket" in ('days30','days60','days90'))
);
--> statement-breakpoint
CREATE TABLE "tier_history" (
	"org_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"as_of" date NOT NULL,
	"policy_sha256" text NOT NULL,
	"earned" text,
	"effective" text,
	"periods_below" integer NOT NULL,
	"composite" double precision NOT NULL,
	CONSTRAINT "tier_history_org_id_partner_id_as_of_pk" PRIMARY KEY("org_id","partner_id","as_of")
);
--> statement-breakpoint
ALTER TABLE "customer_references" ADD CONSTRAINT "customer_references_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_projects" ADD CONSTRAINT "delivery_projects_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluation_evidence" ADD CONSTRAINT "evaluation_evidence_evaluation_fk" FOREIGN KEY ("org_id","evaluation_id") REFERENCES "public"."evaluations"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evaluations" ADD CONSTRAINT "evaluations_person_fk" FOREIGN KEY ("org_id","person_id") REFERENCES "public"."partner_people"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "remediation_items" ADD CONSTRAINT "remediation_items_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tier_history" ADD CONSTRAINT "tier_history_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_references_partner" ON "customer_references" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "delivery_projects_partner" ON "delivery_projects" USING btree ("org_id","partner_id");--> statement-breakpoint
CREATE INDEX "evaluation_evidence_evaluation" ON "evaluation_evidence" USING btree ("org_id","evaluation_id");--> statement-breakpoint
CREATE INDEX "evaluations_partner" ON "evaluations" USING btree ("org_id","partner_id");