CREATE TYPE "public"."organisation_type" AS ENUM('public_authority', 'development_agency', 'cluster_organisation', 'sme', 'large_enterprise', 'enterprise', 'higher_education', 'research_organisation', 'association_ngo', 'other');--> statement-breakpoint
CREATE TYPE "public"."participation_role" AS ENUM('coordinator', 'partner', 'associated_partner', 'third_party');--> statement-breakpoint
CREATE TYPE "public"."theme_scheme" AS ENUM('euroscivoc', 'keep');--> statement-breakpoint
CREATE TABLE "countries" (
	"code" text PRIMARY KEY NOT NULL,
	"iso_alpha2" text NOT NULL,
	"iso_alpha3" text,
	"iso_numeric" text,
	"name_en" text NOT NULL,
	"name_de" text,
	"name_fr" text,
	"name_it" text,
	"name_es" text,
	"name_pl" text,
	"name_iso" text,
	"nuts_scope" text
);
--> statement-breakpoint
CREATE TABLE "data_sources" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"publisher" text NOT NULL,
	"licence" text NOT NULL,
	"attribution" text NOT NULL,
	"url" text,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "nuts_regions" (
	"version" smallint NOT NULL,
	"code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"level" smallint NOT NULL,
	"country_code" text NOT NULL,
	"parent_code" text,
	"note" text,
	CONSTRAINT "nuts_regions_version_code_pk" PRIMARY KEY("version","code")
);
--> statement-breakpoint
CREATE TABLE "organisation_identifiers" (
	"scheme" text NOT NULL,
	"value" text NOT NULL,
	"organisation_id" integer NOT NULL,
	"source_id" text,
	CONSTRAINT "organisation_identifiers_scheme_value_pk" PRIMARY KEY("scheme","value")
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text,
	"short_name" text,
	"type" "organisation_type" DEFAULT 'other' NOT NULL,
	"source_type" text,
	"is_sme" boolean,
	"country_code" text,
	"nuts_code" text,
	"city" text,
	"post_code" text,
	"street" text,
	"website" text,
	"latitude" double precision,
	"longitude" double precision,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "participations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "participations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"project_id" integer NOT NULL,
	"organisation_id" integer NOT NULL,
	"role" "participation_role" NOT NULL,
	"position" smallint,
	"eu_contribution" numeric(16, 2),
	"total_cost" numeric(16, 2),
	"ended_early" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_parts" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "programme_parts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programmes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "programmes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"name" text NOT NULL,
	"full_name" text,
	"family" text NOT NULL,
	"period" text,
	"start_year" smallint,
	"end_year" smallint,
	"source_id" text,
	CONSTRAINT "programmes_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "project_themes" (
	"project_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "project_themes_project_id_theme_id_pk" PRIMARY KEY("project_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "projects" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "projects_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"source_id" text NOT NULL,
	"external_id" text NOT NULL,
	"acronym" text,
	"title" text,
	"description" text,
	"expected_results" text,
	"achievements" text,
	"start_date" date,
	"end_date" date,
	"status" text,
	"total_budget" numeric(16, 2),
	"eu_contribution" numeric(16, 2),
	"cofinancing_rate" numeric(5, 2),
	"programme_id" integer NOT NULL,
	"programme_part_id" integer,
	"topic_id" integer,
	"partner_count" smallint,
	"source_url" text,
	"website" text,
	"language" text DEFAULT 'en' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "theme_labels" (
	"theme_id" integer NOT NULL,
	"lang" text NOT NULL,
	"label" text NOT NULL,
	"synonyms" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "theme_labels_theme_id_lang_pk" PRIMARY KEY("theme_id","lang")
);
--> statement-breakpoint
CREATE TABLE "themes" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "themes_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"scheme" "theme_scheme" NOT NULL,
	"code" text NOT NULL,
	"parent_id" integer,
	"label" text NOT NULL,
	"path" text NOT NULL,
	"level" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"programme_id" integer NOT NULL,
	"code" text NOT NULL,
	"title" text
);
--> statement-breakpoint
ALTER TABLE "organisation_identifiers" ADD CONSTRAINT "organisation_identifiers_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_identifiers" ADD CONSTRAINT "organisation_identifiers_source_id_data_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."data_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participations" ADD CONSTRAINT "participations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_parts" ADD CONSTRAINT "programme_parts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programmes" ADD CONSTRAINT "programmes_source_id_data_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."data_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_themes" ADD CONSTRAINT "project_themes_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_themes" ADD CONSTRAINT "project_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_source_id_data_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."data_sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_programme_part_id_programme_parts_id_fk" FOREIGN KEY ("programme_part_id") REFERENCES "public"."programme_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "projects" ADD CONSTRAINT "projects_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "theme_labels" ADD CONSTRAINT "theme_labels_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "themes" ADD CONSTRAINT "themes_parent_id_themes_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."themes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "topics" ADD CONSTRAINT "topics_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "countries_iso_alpha2_index" ON "countries" USING btree ("iso_alpha2");--> statement-breakpoint
CREATE INDEX "nuts_regions_code_index" ON "nuts_regions" USING btree ("code");--> statement-breakpoint
CREATE INDEX "nuts_regions_country_code_level_index" ON "nuts_regions" USING btree ("country_code","level");--> statement-breakpoint
CREATE INDEX "nuts_regions_parent_code_index" ON "nuts_regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "organisation_identifiers_organisation_id_index" ON "organisation_identifiers" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "organisations_country_code_index" ON "organisations" USING btree ("country_code");--> statement-breakpoint
CREATE INDEX "organisations_type_index" ON "organisations" USING btree ("type");--> statement-breakpoint
CREATE INDEX "organisations_nuts_code_idx" ON "organisations" USING btree ("nuts_code" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin ((coalesce("name", '') || ' ' || coalesce("short_name", '')) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "participations_project_id_organisation_id_index" ON "participations" USING btree ("project_id","organisation_id");--> statement-breakpoint
CREATE INDEX "participations_organisation_id_role_index" ON "participations" USING btree ("organisation_id","role");--> statement-breakpoint
CREATE UNIQUE INDEX "programme_parts_programme_id_code_index" ON "programme_parts" USING btree ("programme_id","code");--> statement-breakpoint
CREATE INDEX "programmes_family_index" ON "programmes" USING btree ("family");--> statement-breakpoint
CREATE INDEX "programmes_source_id_index" ON "programmes" USING btree ("source_id");--> statement-breakpoint
CREATE INDEX "project_themes_theme_id_index" ON "project_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "projects_source_id_external_id_index" ON "projects" USING btree ("source_id","external_id");--> statement-breakpoint
CREATE INDEX "projects_programme_id_index" ON "projects" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "projects_programme_part_id_index" ON "projects" USING btree ("programme_part_id");--> statement-breakpoint
CREATE INDEX "projects_topic_id_index" ON "projects" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "projects_start_date_index" ON "projects" USING btree ("start_date");--> statement-breakpoint
CREATE INDEX "projects_acronym_lower_idx" ON "projects" USING btree (lower("acronym"));--> statement-breakpoint
CREATE INDEX "projects_text_trgm_idx" ON "projects" USING gin ((coalesce("acronym", '') || ' ' || coalesce("title", '')) gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "themes_scheme_code_index" ON "themes" USING btree ("scheme","code");--> statement-breakpoint
CREATE INDEX "themes_parent_id_index" ON "themes" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "topics_programme_id_code_index" ON "topics" USING btree ("programme_id","code");