CREATE TYPE "public"."budget_band" AS ENUM('under_500k', '500k_1m', '1m_3m', '3m_10m', 'over_10m');--> statement-breakpoint
CREATE TYPE "public"."interest_role" AS ENUM('coordinator', 'partner');--> statement-breakpoint
CREATE TYPE "public"."interest_status" AS ENUM('open', 'closed');--> statement-breakpoint
CREATE TYPE "public"."interest_visibility" AS ENUM('public', 'members');--> statement-breakpoint
CREATE TABLE "interest_dismissals" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interest_dismissals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"interest_id" integer NOT NULL,
	"organisation_id" integer,
	"profile_id" integer,
	"dismissed_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_dismissals_candidate_check" CHECK ("interest_dismissals"."organisation_id" is not null or "interest_dismissals"."profile_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "interest_matches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interest_matches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"interest_id" integer NOT NULL,
	"organisation_id" integer,
	"profile_id" integer,
	"rank" smallint NOT NULL,
	"score" double precision NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"evidence" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_matches_candidate_check" CHECK ("interest_matches"."organisation_id" is not null or "interest_matches"."profile_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "interest_themes" (
	"interest_id" integer NOT NULL,
	"theme_id" integer NOT NULL,
	CONSTRAINT "interest_themes_interest_id_theme_id_pk" PRIMARY KEY("interest_id","theme_id")
);
--> statement-breakpoint
CREATE TABLE "interests" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "interests_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"profile_id" integer NOT NULL,
	"author_user_id" text,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"programme_id" integer,
	"programme_other" text,
	"call_topic" text,
	"topic_id" integer,
	"programme_part_id" integer,
	"target_regions" text[] DEFAULT '{}'::text[] NOT NULL,
	"partner_types" "organisation_type"[] DEFAULT '{}'::organisation_type[] NOT NULL,
	"wanted_countries" text[] DEFAULT '{}'::text[] NOT NULL,
	"own_role" "interest_role" NOT NULL,
	"budget_band" "budget_band",
	"deadline" date NOT NULL,
	"visibility" "interest_visibility" DEFAULT 'members' NOT NULL,
	"status" "interest_status" DEFAULT 'open' NOT NULL,
	"creation_key" text,
	"matches_computed_at" timestamp with time zone,
	"match_error" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interests_creationKey_unique" UNIQUE("creation_key"),
	CONSTRAINT "interests_programme_check" CHECK ("interests"."programme_id" is null or "interests"."programme_other" is null)
);
--> statement-breakpoint
CREATE TABLE "reciprocal_matches" (
	"interest_id" integer NOT NULL,
	"other_interest_id" integer NOT NULL,
	"score" double precision NOT NULL,
	"reasons" text[] DEFAULT '{}'::text[] NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "reciprocal_matches_interest_id_other_interest_id_pk" PRIMARY KEY("interest_id","other_interest_id")
);
--> statement-breakpoint
ALTER TABLE "interest_dismissals" ADD CONSTRAINT "interest_dismissals_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_dismissals" ADD CONSTRAINT "interest_dismissals_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_dismissals" ADD CONSTRAINT "interest_dismissals_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_dismissals" ADD CONSTRAINT "interest_dismissals_dismissed_by_user_id_users_id_fk" FOREIGN KEY ("dismissed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_matches" ADD CONSTRAINT "interest_matches_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_matches" ADD CONSTRAINT "interest_matches_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_matches" ADD CONSTRAINT "interest_matches_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_themes" ADD CONSTRAINT "interest_themes_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_themes" ADD CONSTRAINT "interest_themes_theme_id_themes_id_fk" FOREIGN KEY ("theme_id") REFERENCES "public"."themes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_topic_id_topics_id_fk" FOREIGN KEY ("topic_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interests" ADD CONSTRAINT "interests_programme_part_id_programme_parts_id_fk" FOREIGN KEY ("programme_part_id") REFERENCES "public"."programme_parts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocal_matches" ADD CONSTRAINT "reciprocal_matches_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reciprocal_matches" ADD CONSTRAINT "reciprocal_matches_other_interest_id_interests_id_fk" FOREIGN KEY ("other_interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "interest_dismissals_organisation_idx" ON "interest_dismissals" USING btree ("interest_id","organisation_id") WHERE "interest_dismissals"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "interest_dismissals_profile_idx" ON "interest_dismissals" USING btree ("interest_id","profile_id") WHERE "interest_dismissals"."profile_id" is not null;--> statement-breakpoint
CREATE INDEX "interest_dismissals_organisation_id_index" ON "interest_dismissals" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "interest_dismissals_profile_id_index" ON "interest_dismissals" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "interest_dismissals_dismissed_by_user_id_index" ON "interest_dismissals" USING btree ("dismissed_by_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "interest_matches_interest_id_rank_index" ON "interest_matches" USING btree ("interest_id","rank");--> statement-breakpoint
CREATE UNIQUE INDEX "interest_matches_organisation_idx" ON "interest_matches" USING btree ("interest_id","organisation_id") WHERE "interest_matches"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "interest_matches_profile_idx" ON "interest_matches" USING btree ("interest_id","profile_id") WHERE "interest_matches"."profile_id" is not null;--> statement-breakpoint
CREATE INDEX "interest_matches_organisation_id_index" ON "interest_matches" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "interest_matches_profile_id_index" ON "interest_matches" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "interest_themes_theme_id_index" ON "interest_themes" USING btree ("theme_id");--> statement-breakpoint
CREATE INDEX "interests_profile_id_created_at_index" ON "interests" USING btree ("profile_id","created_at");--> statement-breakpoint
CREATE INDEX "interests_author_user_id_index" ON "interests" USING btree ("author_user_id");--> statement-breakpoint
CREATE INDEX "interests_programme_id_index" ON "interests" USING btree ("programme_id");--> statement-breakpoint
CREATE INDEX "interests_topic_id_index" ON "interests" USING btree ("topic_id");--> statement-breakpoint
CREATE INDEX "interests_programme_part_id_index" ON "interests" USING btree ("programme_part_id");--> statement-breakpoint
CREATE INDEX "interests_open_deadline_idx" ON "interests" USING btree ("deadline") WHERE "interests"."status" = 'open';--> statement-breakpoint
CREATE INDEX "reciprocal_matches_other_interest_id_index" ON "reciprocal_matches" USING btree ("other_interest_id");