CREATE TABLE "emergency_access" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"partner_id" text NOT NULL,
	"reason" text NOT NULL,
	"granted_at" timestamp (3) with time zone NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL,
	CONSTRAINT "emergency_access_expiry_check" CHECK ("emergency_access"."expires_at" > "emergency_access"."granted_at")
);
--> statement-breakpoint
ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_case_fk" FOREIGN KEY ("site_id","case_id") REFERENCES "public"."cases"("site_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "emergency_access_case_user_idx" ON "emergency_access" USING btree ("site_id","case_id","user_id","expires_at");--> statement-breakpoint
CREATE INDEX "emergency_access_site_granted_idx" ON "emergency_access" USING btree ("site_id","granted_at","id");