ALTER TABLE "business_areas" ADD COLUMN "submission" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sole_approvals" ADD COLUMN "submission" integer DEFAULT 1 NOT NULL;