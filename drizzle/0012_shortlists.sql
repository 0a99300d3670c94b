CREATE TYPE "public"."shortlist_entry_status" AS ENUM('candidate', 'contacted', 'confirmed', 'declined');--> statement-breakpoint
CREATE TABLE "shortlist_entries" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shortlist_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"shortlist_id" integer NOT NULL,
	"organisation_id" integer,
	"profile_id" integer,
	"project_id" integer,
	"note" text,
	"status" "shortlist_entry_status" DEFAULT 'candidate' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"added_by_user_id" text,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlist_entries_item_check" CHECK (num_nonnulls("shortlist_entries"."organisation_id", "shortlist_entries"."profile_id", "shortlist_entries"."project_id") = 1)
);
--> statement-breakpoint
CREATE TABLE "shortlists" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "shortlists_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"profile_id" integer NOT NULL,
	"name" text NOT NULL,
	"interest_id" integer,
	"created_by_user_id" text,
	"creation_key" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shortlists_creationKey_unique" UNIQUE("creation_key")
);
--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_shortlist_id_shortlists_id_fk" FOREIGN KEY ("shortlist_id") REFERENCES "public"."shortlists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlist_entries" ADD CONSTRAINT "shortlist_entries_added_by_user_id_users_id_fk" FOREIGN KEY ("added_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shortlists" ADD CONSTRAINT "shortlists_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "shortlist_entries_shortlist_id_position_id_index" ON "shortlist_entries" USING btree ("shortlist_id","position","id");--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_organisation_idx" ON "shortlist_entries" USING btree ("shortlist_id","organisation_id") WHERE "shortlist_entries"."organisation_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_profile_idx" ON "shortlist_entries" USING btree ("shortlist_id","profile_id") WHERE "shortlist_entries"."profile_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "shortlist_entries_project_idx" ON "shortlist_entries" USING btree ("shortlist_id","project_id") WHERE "shortlist_entries"."project_id" is not null;--> statement-breakpoint
CREATE INDEX "shortlist_entries_organisation_id_index" ON "shortlist_entries" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "shortlist_entries_profile_id_index" ON "shortlist_entries" USING btree ("profile_id");--> statement-breakpoint
CREATE INDEX "shortlist_entries_project_id_index" ON "shortlist_entries" USING btree ("project_id");--> statement-breakpoint
CREATE INDEX "shortlist_entries_added_by_user_id_index" ON "shortlist_entries" USING btree ("added_by_user_id");--> statement-breakpoint
CREATE INDEX "shortlists_profile_id_created_at_index" ON "shortlists" USING btree ("profile_id","created_at");--> statement-breakpoint
CREATE INDEX "shortlists_interest_id_index" ON "shortlists" USING btree ("interest_id");--> statement-breakpoint
CREATE INDEX "shortlists_created_by_user_id_index" ON "shortlists" USING btree ("created_by_user_id");