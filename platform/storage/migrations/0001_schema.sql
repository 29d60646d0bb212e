CREATE TABLE "case_team" (
	"site_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role_id" text NOT NULL,
	"added_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_team_pkey" PRIMARY KEY("case_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"sop_id" text NOT NULL,
	"definition_version_id" uuid NOT NULL,
	"stage" text NOT NULL,
	"stage_entered_at" timestamp (3) with time zone NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"owner_user_id" uuid,
	"agency" text NOT NULL,
	"priority" text,
	"weight" numeric,
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"closure_reason" text,
	"opened_at" timestamp (3) with time zone NOT NULL,
	"closed_at" timestamp (3) with time zone,
	"reopened_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_site_id_key" UNIQUE("site_id","id"),
	CONSTRAINT "cases_status_check" CHECK ("cases"."status" in ('open', 'passive', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"stream_type" text NOT NULL,
	"stream_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"type" text NOT NULL,
	"actor_user_id" uuid,
	"actor_partner" text,
	"at" timestamp (3) with time zone NOT NULL,
	"payload" jsonb NOT NULL,
	"visibility" jsonb,
	"prev_hash" text,
	"hash" text NOT NULL,
	CONSTRAINT "events_stream_seq_key" UNIQUE("stream_id","seq"),
	CONSTRAINT "events_stream_type_check" CHECK ("events"."stream_type" in ('case', 'person')),
	CONSTRAINT "events_seq_check" CHECK ("events"."seq" >= 1),
	CONSTRAINT "events_prev_hash_check" CHECK (("events"."seq" = 1) = ("events"."prev_hash" is null))
);
--> statement-breakpoint
CREATE TABLE "person_identifiers" (
	"site_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"type" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "person_identifiers_pkey" PRIMARY KEY("person_id","type")
);
--> statement-breakpoint
CREATE TABLE "person_links" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"related_person_id" uuid NOT NULL,
	"relation" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_links_person_related_key" UNIQUE("person_id","related_person_id"),
	CONSTRAINT "person_links_not_self_check" CHECK ("person_links"."person_id" <> "person_links"."related_person_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"data" jsonb NOT NULL,
	"display_name" text NOT NULL,
	"name_key" text NOT NULL,
	"birth_date" date,
	"sex" text,
	"language" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "persons_site_id_key" UNIQUE("site_id","id")
);
--> statement-breakpoint
CREATE TABLE "definition_versions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"version" integer NOT NULL,
	"content_hash" text NOT NULL,
	"bundle" jsonb NOT NULL,
	"published_by" uuid,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "definition_versions_site_version_key" UNIQUE("site_id","version"),
	CONSTRAINT "definition_versions_site_id_key" UNIQUE("site_id","id"),
	CONSTRAINT "definition_versions_version_check" CHECK ("definition_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" text PRIMARY KEY NOT NULL,
	"name" jsonb NOT NULL,
	"active_version_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "submissions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"case_id" uuid,
	"person_id" uuid,
	"referral_id" uuid,
	"form_id" text NOT NULL,
	"definition_version_id" uuid NOT NULL,
	"data" jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "submissions_status_check" CHECK ("submissions"."status" in ('draft', 'submitted', 'superseded'))
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"site_id" text NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp (3) with time zone,
	"revoked_at" timestamp (3) with time zone,
	CONSTRAINT "api_tokens_token_hash_key" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"site_id" text NOT NULL,
	"partner_id" text NOT NULL,
	"role_id" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_user_site_partner_role_key" UNIQUE("user_id","site_id","partner_id","role_id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"membership_id" uuid,
	"csrf_token_hash" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	"last_seen_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text,
	"locale" text DEFAULT 'en' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_username_key" UNIQUE("username"),
	CONSTRAINT "users_username_lower_check" CHECK ("users"."username" = lower("users"."username"))
);
--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_team" ADD CONSTRAINT "case_team_case_fk" FOREIGN KEY ("site_id","case_id") REFERENCES "public"."cases"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_definition_version_fk" FOREIGN KEY ("site_id","definition_version_id") REFERENCES "public"."definition_versions"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_identifiers" ADD CONSTRAINT "person_identifiers_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_links" ADD CONSTRAINT "person_links_related_fk" FOREIGN KEY ("site_id","related_person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "definition_versions" ADD CONSTRAINT "definition_versions_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_active_version_fk" FOREIGN KEY ("id","active_version_id") REFERENCES "public"."definition_versions"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_case_fk" FOREIGN KEY ("site_id","case_id") REFERENCES "public"."cases"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "submissions" ADD CONSTRAINT "submissions_definition_version_fk" FOREIGN KEY ("site_id","definition_version_id") REFERENCES "public"."definition_versions"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_team_site_user_idx" ON "case_team" USING btree ("site_id","user_id");--> statement-breakpoint
CREATE INDEX "cases_site_status_owner_idx" ON "cases" USING btree ("site_id","status","owner_user_id");--> statement-breakpoint
CREATE INDEX "cases_site_agency_status_idx" ON "cases" USING btree ("site_id","agency","status");--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "cases_site_updated_idx" ON "cases" USING btree ("site_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "events_site_at_idx" ON "events" USING btree ("site_id","at");--> statement-breakpoint
CREATE INDEX "person_identifiers_site_type_value_idx" ON "person_identifiers" USING btree ("site_id","type","value");--> statement-breakpoint
CREATE INDEX "person_links_related_idx" ON "person_links" USING btree ("related_person_id");--> statement-breakpoint
CREATE INDEX "persons_site_name_key_idx" ON "persons" USING btree ("site_id","name_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "persons_name_key_trgm_idx" ON "persons" USING gin ("name_key" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_site_birth_date_idx" ON "persons" USING btree ("site_id","birth_date");--> statement-breakpoint
CREATE INDEX "definition_versions_site_hash_idx" ON "definition_versions" USING btree ("site_id","content_hash");--> statement-breakpoint
CREATE INDEX "submissions_case_form_status_idx" ON "submissions" USING btree ("case_id","form_id","status");--> statement-breakpoint
CREATE INDEX "submissions_person_form_status_idx" ON "submissions" USING btree ("person_id","form_id","status");--> statement-breakpoint
CREATE INDEX "submissions_referral_idx" ON "submissions" USING btree ("referral_id");--> statement-breakpoint
CREATE INDEX "api_tokens_user_idx" ON "api_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "memberships_site_partner_idx" ON "memberships" USING btree ("site_id","partner_id");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "sessions_expires_idx" ON "sessions" USING btree ("expires_at");