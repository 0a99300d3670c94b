DROP INDEX "project_facets_sort_date_idx";--> statement-breakpoint
DROP INDEX "project_facets_budget_idx";--> statement-breakpoint
CREATE INDEX "project_facets_recent_idx" ON "project_facets" USING btree ("sort_date" desc nulls last,"project_id" desc);--> statement-breakpoint
CREATE INDEX "project_facets_budget_recent_idx" ON "project_facets" USING btree ("budget" desc nulls last,"sort_date" desc nulls last,"project_id" desc);