CREATE TABLE "tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"site_id" text NOT NULL,
	"case_id" uuid NOT NULL,
	"instance_key" text NOT NULL,
	"definition_id" text NOT NULL,
	"kind" text NOT NULL,
	"role_id" text NOT NULL,
	"agency" text NOT NULL,
	"assignee_user_id" uuid,
	"due_at" timestamp (3) with time zone,
	"status" text DEFAULT 'open' NOT NULL,
	"overdue" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL,
	"completed_at" timestamp (3) with time zone,
	CONSTRAINT "tasks_case_instance_key" UNIQUE("case_id","instance_key"),
	CONSTRAINT "tasks_status_check" CHECK ("tasks"."status" in ('open', 'done', 'skipped', 'cancelled'))
);
--> statement-breakpoint
CREATE TABLE "login_attempts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"username" text NOT NULL,
	"ip" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"succeeded" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "workflow" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_case_fk" FOREIGN KEY ("site_id","case_id") REFERENCES "public"."cases"("site_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tasks_site_agency_role_open_idx" ON "tasks" USING btree ("site_id","agency","role_id","due_at") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_site_assignee_open_idx" ON "tasks" USING btree ("site_id","assignee_user_id","due_at") WHERE "tasks"."status" = 'open';--> statement-breakpoint
CREATE INDEX "tasks_case_idx" ON "tasks" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tasks_open_due_idx" ON "tasks" USING btree ("due_at") WHERE "tasks"."status" = 'open' and not "tasks"."overdue";--> statement-breakpoint
CREATE INDEX "login_attempts_username_at_idx" ON "login_attempts" USING btree ("username","at");--> statement-breakpoint
CREATE INDEX "login_attempts_ip_at_idx" ON "login_attempts" USING btree ("ip","at");