CREATE MATERIALIZED VIEW "public"."search_lexicon" AS (select word, ndoc, (select count(*) from projects where search_vector is not null)::int as docs
      from ts_stat('select search_vector from public.projects where search_vector is not null'));--> statement-breakpoint
-- One probe per word of a match query (db/matching/find-matches.ts prelude).
CREATE UNIQUE INDEX "search_lexicon_word_idx" ON "search_lexicon" ("word");
