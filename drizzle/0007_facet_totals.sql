CREATE MATERIALIZED VIEW "public"."organisation_facet_totals" AS (select 'total'::text as key, count(*)::int as n from organisation_facets
      union all select k, count(*)::int from (select unnest(facet_keys) as k from organisation_facets) keys group by k);--> statement-breakpoint
CREATE MATERIALIZED VIEW "public"."project_facet_totals" AS (select 'total'::text as key, count(*)::int as n from project_facets
      union all select k, count(*)::int from (select unnest(facet_keys) as k from project_facets) keys group by k);