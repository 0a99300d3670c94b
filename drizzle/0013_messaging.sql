CREATE TABLE "message_mail_settings" (
	"user_id" text PRIMARY KEY NOT NULL,
	"notify_by_mail" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "message_reports" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "message_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"message_id" integer NOT NULL,
	"reporter_user_id" text,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "message_threads" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "message_threads_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"starter_profile_id" integer NOT NULL,
	"recipient_profile_id" integer NOT NULL,
	"interest_id" integer,
	"subject" text NOT NULL,
	"started_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_message_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_reply_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	CONSTRAINT "message_threads_two_organisations" CHECK ("message_threads"."starter_profile_id" <> "message_threads"."recipient_profile_id")
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "messages_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"thread_id" integer NOT NULL,
	"sender_profile_id" integer NOT NULL,
	"sender_user_id" text,
	"body" text NOT NULL,
	"client_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "messages_clientKey_unique" UNIQUE("client_key")
);
--> statement-breakpoint
CREATE TABLE "organisation_blocks" (
	"blocker_profile_id" integer NOT NULL,
	"blocked_profile_id" integer NOT NULL,
	"blocked_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisation_blocks_blocker_profile_id_blocked_profile_id_pk" PRIMARY KEY("blocker_profile_id","blocked_profile_id")
);
--> statement-breakpoint
CREATE TABLE "organisation_mail_invitations" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "organisation_mail_invitations_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"organisation_id" integer NOT NULL,
	"invited_by_profile_id" integer,
	"invited_by_user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "thread_member_states" (
	"thread_id" integer NOT NULL,
	"user_id" text NOT NULL,
	"last_read_at" timestamp with time zone,
	"archived_at" timestamp with time zone,
	"last_notified_at" timestamp with time zone,
	CONSTRAINT "thread_member_states_thread_id_user_id_pk" PRIMARY KEY("thread_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "message_mail_settings" ADD CONSTRAINT "message_mail_settings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reports" ADD CONSTRAINT "message_reports_message_id_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_reports" ADD CONSTRAINT "message_reports_reporter_user_id_users_id_fk" FOREIGN KEY ("reporter_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_starter_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("starter_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_recipient_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("recipient_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_interest_id_interests_id_fk" FOREIGN KEY ("interest_id") REFERENCES "public"."interests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "message_threads" ADD CONSTRAINT "message_threads_started_by_user_id_users_id_fk" FOREIGN KEY ("started_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("sender_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_sender_user_id_users_id_fk" FOREIGN KEY ("sender_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_blocks" ADD CONSTRAINT "organisation_blocks_blocker_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("blocker_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_blocks" ADD CONSTRAINT "organisation_blocks_blocked_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("blocked_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_blocks" ADD CONSTRAINT "organisation_blocks_blocked_by_user_id_users_id_fk" FOREIGN KEY ("blocked_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_mail_invitations" ADD CONSTRAINT "organisation_mail_invitations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_mail_invitations" ADD CONSTRAINT "organisation_mail_invitations_invited_by_profile_id_organisation_profiles_id_fk" FOREIGN KEY ("invited_by_profile_id") REFERENCES "public"."organisation_profiles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_mail_invitations" ADD CONSTRAINT "organisation_mail_invitations_invited_by_user_id_users_id_fk" FOREIGN KEY ("invited_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_member_states" ADD CONSTRAINT "thread_member_states_thread_id_message_threads_id_fk" FOREIGN KEY ("thread_id") REFERENCES "public"."message_threads"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "thread_member_states" ADD CONSTRAINT "thread_member_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "message_reports_message_id_index" ON "message_reports" USING btree ("message_id");--> statement-breakpoint
CREATE INDEX "message_reports_reporter_user_id_index" ON "message_reports" USING btree ("reporter_user_id");--> statement-breakpoint
CREATE INDEX "message_reports_created_at_index" ON "message_reports" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "message_threads_starter_profile_id_last_message_at_index" ON "message_threads" USING btree ("starter_profile_id","last_message_at");--> statement-breakpoint
CREATE INDEX "message_threads_recipient_profile_id_last_message_at_index" ON "message_threads" USING btree ("recipient_profile_id","last_message_at");--> statement-breakpoint
CREATE INDEX "message_threads_interest_id_index" ON "message_threads" USING btree ("interest_id");--> statement-breakpoint
CREATE INDEX "message_threads_started_by_user_id_index" ON "message_threads" USING btree ("started_by_user_id");--> statement-breakpoint
CREATE INDEX "message_threads_starter_profile_id_created_at_index" ON "message_threads" USING btree ("starter_profile_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_thread_id_created_at_index" ON "messages" USING btree ("thread_id","created_at");--> statement-breakpoint
CREATE INDEX "messages_sender_profile_id_index" ON "messages" USING btree ("sender_profile_id");--> statement-breakpoint
CREATE INDEX "messages_sender_user_id_index" ON "messages" USING btree ("sender_user_id");--> statement-breakpoint
CREATE INDEX "organisation_blocks_blocked_profile_id_index" ON "organisation_blocks" USING btree ("blocked_profile_id");--> statement-breakpoint
CREATE INDEX "organisation_blocks_blocked_by_user_id_index" ON "organisation_blocks" USING btree ("blocked_by_user_id");--> statement-breakpoint
CREATE INDEX "organisation_mail_invitations_organisation_id_created_at_index" ON "organisation_mail_invitations" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "organisation_mail_invitations_invited_by_profile_id_index" ON "organisation_mail_invitations" USING btree ("invited_by_profile_id");--> statement-breakpoint
CREATE INDEX "organisation_mail_invitations_invited_by_user_id_index" ON "organisation_mail_invitations" USING btree ("invited_by_user_id");--> statement-breakpoint
CREATE INDEX "thread_member_states_user_id_index" ON "thread_member_states" USING btree ("user_id");