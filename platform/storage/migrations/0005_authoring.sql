CREATE TABLE "case_migrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"from_version_id" uuid NOT NULL,
	"to_version_id" uuid NOT NULL,
	"mappings" jsonb NOT NULL,
	"dry_run" boolean NOT NULL,
	"status" text NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"migrated" integer DEFAULT 0 NOT NULL,
	"failed" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"started_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone,
	CONSTRAINT "case_migrations_status_check" CHECK ("case_migrations"."status" in ('running', 'completed', 'failed'))
);
--> statement-breakpoint
CREATE TABLE "definition_drafts" (
	"site_id" text NOT NULL,
	"kind" text NOT NULL,
	"definition_id" text NOT NULL,
	"json" jsonb,
	"deleted" boolean DEFAULT false NOT NULL,
	"base_version_id" uuid,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "definition_drafts_pkey" PRIMARY KEY("site_id","kind","definition_id"),
	CONSTRAINT "definition_drafts_kind_check" CHECK ("definition_drafts"."kind" in ('site', 'form', 'lookup', 'rule', 'sop', 'referral', 'service', 'indicator'))
);
--> statement-breakpoint
ALTER TABLE "case_migrations" ADD CONSTRAINT "case_migrations_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_migrations" ADD CONSTRAINT "case_migrations_from_version_id_definition_versions_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."definition_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_migrations" ADD CONSTRAINT "case_migrations_to_version_id_definition_versions_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."definition_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_migrations" ADD CONSTRAINT "case_migrations_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "definition_drafts" ADD CONSTRAINT "definition_drafts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "definition_drafts" ADD CONSTRAINT "definition_drafts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_migrations_site_idx" ON "case_migrations" USING btree ("site_id","created_at");