ALTER TABLE "definition_drafts" ALTER COLUMN "json" SET DATA TYPE json;--> statement-breakpoint
ALTER TABLE "definition_versions" ALTER COLUMN "bundle" SET DATA TYPE json;