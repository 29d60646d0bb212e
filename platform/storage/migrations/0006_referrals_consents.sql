CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"record" jsonb NOT NULL,
	"given_at" timestamp (3) with time zone NOT NULL,
	"withdrawn_at" timestamp (3) with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disclosures" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"person_id" uuid NOT NULL,
	"referral_id" uuid,
	"recipient_partner" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"entry" jsonb NOT NULL,
	"shared" jsonb
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"protocol_id" text NOT NULL,
	"sender_partner" text NOT NULL,
	"receiver_partner" text,
	"receiver_service" text,
	"status" text NOT NULL,
	"state" jsonb NOT NULL,
	"next_wake_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_site_id_key" UNIQUE("site_id","id"),
	CONSTRAINT "referrals_status_check" CHECK ("referrals"."status" in ('draft', 'requested', 'received', 'accepted', 'rejected', 'in_progress', 'on_hold', 'completed', 'cancelled', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_referral_fk" FOREIGN KEY ("site_id","referral_id") REFERENCES "public"."referrals"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_case_fk" FOREIGN KEY ("site_id","case_id") REFERENCES "public"."cases"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_person_fk" FOREIGN KEY ("site_id","person_id") REFERENCES "public"."persons"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "consents_person_idx" ON "consents" USING btree ("site_id","person_id","given_at");--> statement-breakpoint
CREATE INDEX "disclosures_person_idx" ON "disclosures" USING btree ("site_id","person_id","at");--> statement-breakpoint
CREATE INDEX "disclosures_referral_idx" ON "disclosures" USING btree ("site_id","referral_id","at");--> statement-breakpoint
CREATE INDEX "referrals_inbox_idx" ON "referrals" USING btree ("site_id","receiver_partner","status","updated_at");--> statement-breakpoint
CREATE INDEX "referrals_sender_idx" ON "referrals" USING btree ("site_id","sender_partner","updated_at");--> statement-breakpoint
CREATE INDEX "referrals_site_updated_idx" ON "referrals" USING btree ("site_id","updated_at","id");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("site_id","case_id");--> statement-breakpoint
CREATE INDEX "referrals_next_wake_idx" ON "referrals" USING btree ("next_wake_at") WHERE "referrals"."next_wake_at" is not null;