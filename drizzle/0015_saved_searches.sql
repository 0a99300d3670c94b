CREATE TYPE "public"."alert_frequency" AS ENUM('none', 'daily', 'weekly');--> statement-breakpoint
CREATE TYPE "public"."saved_search_kind" AS ENUM('projects', 'organisations', 'interests', 'interest');--> statement-breakpoint
CREATE TABLE "alert_digests" (
	"user_id" text NOT NULL,
	"period" text NOT NULL,
	"mail_id" integer,
	"items" integer DEFAULT 0 NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_digests_user_id_period_pk" PRIMARY KEY("user_id","period")
);
--> statement-breakpoint
CREATE TABLE "interest_match_alerts" (
	"user_id" text NOT NULL,
	"interest_id" integer NOT NULL,
	"keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_match_alerts_user_id_interest_id_pk" PRIMARY KEY("user_id","interest_id")
);
--> statement-breakpoint
CREATE TABLE "saved_searches" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "saved_searches_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"user_id" text NOT NULL,
	"name" text NOT NULL,
	"kind" "saved_search_kind" NOT NULL,
	"path" text NOT NULL,
	"query" text DEFAULT '' NOT NULL,
	"interest_id" integer,
	"alert" "alert_frequency" DEFAULT 'none' NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"last_visited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"visited_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"alert_since" timestamp with time zone DEFAULT now() NOT NULL,
	"alerted_keys" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "alert_digests" ADD CONSTRAINT "alert_digests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_match_alerts" ADD CONSTRAINT "interest_match_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interest_match_alerts" ADD CONSTRAINT "interest_match_alerts_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_searches" ADD CONSTRAINT "saved_searches_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interest_match_alerts_interest_id_index" ON "interest_match_alerts" USING btree ("interest_id");--> statement-breakpoint
CREATE UNIQUE INDEX "saved_searches_user_id_path_query_index" ON "saved_searches" USING btree ("user_id","path","query");--> statement-breakpoint
CREATE INDEX "saved_searches_interest_id_index" ON "saved_searches" USING btree ("interest_id");--> statement-breakpoint
CREATE INDEX "saved_searches_alert_due_idx" ON "saved_searches" USING btree ("alert_since") WHERE "saved_searches"."alert" <> 'none';--> statement-breakpoint
CREATE INDEX "organisations_created_at_index" ON "organisations" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "projects_created_at_index" ON "projects" USING btree ("created_at");