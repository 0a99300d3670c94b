-- Extensions the schema's indexes and search rely on. Both ship with PGlite (contrib) and with
-- PostgreSQL's contrib package.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS unaccent;
