ALTER TABLE "users" ADD COLUMN "locale" text;--> statement-breakpoint
ALTER TABLE "reciprocal_matches" ADD COLUMN "explanations" jsonb DEFAULT '[]'::jsonb NOT NULL;