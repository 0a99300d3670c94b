-- The words of the listed projects, call topics, organisation names, themes and their vocabulary,
-- countries and NUTS regions, as written (unaccented, lower case), with how many of them have each:
-- what "Did you mean …" offers for a query word nothing has. Refreshed with the facet totals
-- (db/search/refresh.ts).
CREATE MATERIALIZED VIEW "public"."search_words" AS (select word, sum(ndoc)::int as n from (
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', acronym, title, description))) from public.projects where acronym is not null or title is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, title)) from public.topics where title is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', name, short_name))) from public.organisations where name is not null')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', label, array_to_string(synonyms, '' '')))) from public.theme_labels')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, label)) from public.themes')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, concat_ws('' '', name_en, name_de, name_fr, name_it, name_es, name_pl, name_iso))) from public.countries')
        union all
        select word, ndoc from ts_stat('select to_tsvector(''simple''::regconfig, public.unaccent(''public.unaccent''::regdictionary, name)) from (select distinct name from public.nuts_regions) r')
      ) w
      where length(word) >= 3 and word ~ '^[a-z]+$'
      group by word);--> statement-breakpoint
-- "Did you mean …": the words nearest a query word that matches nothing, by trigrams (db/search/spelling.ts).
CREATE INDEX "search_words_word_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "search_words_word_idx" ON "search_words" ("word");
