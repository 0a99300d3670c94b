CREATE TABLE "deferred_load_objects" (
	"name" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"table_name" text NOT NULL,
	"definition" text NOT NULL
);
