ALTER TABLE "case_team" ADD COLUMN "consent_id" uuid;--> statement-breakpoint
CREATE INDEX "submissions_site_form_idx" ON "submissions" USING btree ("site_id","form_id");