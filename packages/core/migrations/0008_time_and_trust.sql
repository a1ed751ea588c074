CREATE TABLE "partner_attribute_history" (
	"org_id" text NOT NULL,
	"partner_id" integer NOT NULL,
	"attribute" text NOT NULL,
	"value" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	CONSTRAINT "partner_attribute_history_org_id_partner_id_attribute_valid_from_pk" PRIMARY KEY("org_id","partner_id","attribute","valid_from"),
	CONSTRAINT "partner_attribute_history_attribute" CHECK ("partner_attribute_history"."attribute" in ('tier','lifecycle','executive_sponsor','owner')),
	CONSTRAINT "partner_attribute_history_range" CHECK ("partner_attribute_history"."valid_to" is null or "partner_attribute_history"."valid_to" > "partner_attribute_history"."valid_from")
);
--> statement-breakpoint
CREATE TABLE "import_log" (
	"org_id" text NOT NULL,
	"id" integer GENERATED ALWAYS AS IDENTITY (sequence name "import_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"entity" text NOT NULL,
	"source" text NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"actor" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_log_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "opportunities" ALTER COLUMN "registered" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "opportunities" ALTER COLUMN "registered" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "orgs" ADD COLUMN "settings" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "partner_attribute_history" ADD CONSTRAINT "partner_attribute_history_partner_fk" FOREIGN KEY ("org_id","partner_id") REFERENCES "public"."partners"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_log" ADD CONSTRAINT "import_log_org_id_orgs_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."orgs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_log_org_at" ON "import_log" USING btree ("org_id","imported_at");