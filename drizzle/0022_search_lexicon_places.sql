-- search_lexicon marks the countries' one-word English names (`place`): in a match query's text they say
-- where partners are sought, not what the project is about (lib/matching/text-terms). The names are
-- unaccented with the dictionary named at creation (a refresh may run with a restricted search path).
DROP MATERIALIZED VIEW "public"."search_lexicon";--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."search_lexicon" AS (select s.word, s.ndoc, (select count(*) from projects where search_vector is not null)::int as docs,
        s.word in (select a[1] from countries c, unnest(array[c.name_en, c.name_iso]) as n(name),
          tsvector_to_array(to_tsvector('english'::regconfig, unaccent('unaccent'::regdictionary, n.name))) as a
          where cardinality(a) = 1) as place
      from ts_stat('select search_vector from public.projects where search_vector is not null') s);--> statement-breakpoint
-- One probe per word of a match query (db/matching/find-matches.ts prelude).
CREATE UNIQUE INDEX "search_lexicon_word_idx" ON "search_lexicon" ("word");
