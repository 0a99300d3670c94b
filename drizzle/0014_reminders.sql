CREATE TABLE "interest_expiry_reminders" (
	"interest_id" integer NOT NULL,
	"deadline" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "interest_expiry_reminders_interest_id_deadline_pk" PRIMARY KEY("interest_id","deadline")
);
--> statement-breakpoint
ALTER TABLE "interest_expiry_reminders" ADD CONSTRAINT "interest_expiry_reminders_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE cascade ON UPDATE no action;