CREATE TABLE "organisation_facets" (
	"organisation_id" integer PRIMARY KEY NOT NULL,
	"country_code" text,
	"type" "organisation_type" NOT NULL,
	"nuts1" text,
	"nuts2" text,
	"nuts3" text,
	"sort_name" text NOT NULL,
	"search_name" text NOT NULL,
	"project_count" integer DEFAULT 0 NOT NULL,
	"coordinator_count" integer DEFAULT 0 NOT NULL,
	"last_start" date,
	"programme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"theme_roots" integer[] DEFAULT '{}'::integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_facets" (
	"project_id" integer PRIMARY KEY NOT NULL,
	"programme_id" integer NOT NULL,
	"programme_part_id" integer,
	"sort_date" date,
	"budget" numeric(16, 2),
	"country_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"organisation_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"country_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"nuts1" text[] DEFAULT '{}'::text[] NOT NULL,
	"nuts2" text[] DEFAULT '{}'::text[] NOT NULL,
	"nuts3" text[] DEFAULT '{}'::text[] NOT NULL,
	"theme_ids" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"theme_roots" integer[] DEFAULT '{}'::integer[] NOT NULL
);
--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "search_related" "tsvector";--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "search_vector" "tsvector";--> statement-breakpoint
ALTER TABLE "organisation_facets" ADD CONSTRAINT "organisation_facets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_facets" ADD CONSTRAINT "project_facets_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organisation_facets_country_code_type_index" ON "organisation_facets" USING btree ("country_code","type");--> statement-breakpoint
CREATE INDEX "organisation_facets_type_index" ON "organisation_facets" USING btree ("type");--> statement-breakpoint
CREATE INDEX "organisation_facets_nuts2_index" ON "organisation_facets" USING btree ("nuts2");--> statement-breakpoint
CREATE INDEX "organisation_facets_nuts3_index" ON "organisation_facets" USING btree ("nuts3");--> statement-breakpoint
CREATE INDEX "organisation_facets_nuts1_index" ON "organisation_facets" USING btree ("nuts1");--> statement-breakpoint
CREATE INDEX "organisation_facets_activity_idx" ON "organisation_facets" USING btree ("project_count" desc,"sort_name","organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_facets_sort_name_idx" ON "organisation_facets" USING btree ("sort_name","organisation_id");--> statement-breakpoint
CREATE INDEX "organisation_facets_coordinated_idx" ON "organisation_facets" USING btree ("organisation_id") WHERE "organisation_facets"."coordinator_count" > 0;--> statement-breakpoint
CREATE INDEX "organisation_facets_search_name_trgm_idx" ON "organisation_facets" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "organisation_facets_programme_ids_idx" ON "organisation_facets" USING gin ("programme_ids");--> statement-breakpoint
CREATE INDEX "organisation_facets_theme_ids_idx" ON "organisation_facets" USING gin ("theme_ids");--> statement-breakpoint
CREATE INDEX "project_facets_programme_id_index" ON "project_facets" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "project_facets_programme_part_id_index" ON "project_facets" USING btree ("programme_part_id");--> statement-breakpoint
CREATE INDEX "project_facets_sort_date_idx" ON "project_facets" USING btree ("sort_date" desc nulls last,"project_id");--> statement-breakpoint
CREATE INDEX "project_facets_budget_idx" ON "project_facets" USING btree ("budget" desc nulls last,"project_id");--> statement-breakpoint
CREATE INDEX "project_facets_country_codes_idx" ON "project_facets" USING gin ("country_codes");--> statement-breakpoint
CREATE INDEX "project_facets_organisation_types_idx" ON "project_facets" USING gin ("organisation_types");--> statement-breakpoint
CREATE INDEX "project_facets_country_types_idx" ON "project_facets" USING gin ("country_types");--> statement-breakpoint
CREATE INDEX "project_facets_nuts1_idx" ON "project_facets" USING gin ("nuts1");--> statement-breakpoint
CREATE INDEX "project_facets_nuts2_idx" ON "project_facets" USING gin ("nuts2");--> statement-breakpoint
CREATE INDEX "project_facets_nuts3_idx" ON "project_facets" USING gin ("nuts3");--> statement-breakpoint
CREATE INDEX "project_facets_theme_ids_idx" ON "project_facets" USING gin ("theme_ids");--> statement-breakpoint
CREATE INDEX "projects_search_vector_idx" ON "projects" USING gin ("search_vector");